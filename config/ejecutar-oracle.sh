#!/usr/bin/env bash
# Runs SIADE on Payara Micro against Oracle 19c+ (production settings, no demo data).
#   SIADE_MASTER_KEY=...  SIADE_DB_URL=jdbc:oracle:thin:@//host:1521/servicio  SIADE_DB_USER=siade \
#     config/ejecutar-oracle.sh
# The password comes encrypted from config/oracle/siade.properties (siade.db.password=ENC(...)).
# A cluster: the same command on each machine with SIADE_CLUSTER=tcpip:maquina1:6900,maquina2:6900 (the
# members, README «Clúster»), optionally SIADE_NODO (this node's name, the host name by default) and
# SIADE_CLUSTER_INTERFAZ (the address the data grid listens on). Without SIADE_CLUSTER the node runs alone.
set -euo pipefail
raiz="$(cd "$(dirname "$0")/.." && pwd)"
: "${SIADE_MASTER_KEY:?defina SIADE_MASTER_KEY (clave maestra de los secretos)}"
: "${SIADE_DB_URL:?defina SIADE_DB_URL, p. ej. jdbc:oracle:thin:@//host:1521/servicio}"
: "${SIADE_DB_USER:?defina SIADE_DB_USER}"
ajustes="${SIADE_AJUSTES:-$raiz/config/oracle/siade.properties}"
puerto="${PORT:-8080}"
war="$raiz/web/target/siade.war"
micro="$raiz/web/target/payara-micro.jar"
herramientas="$raiz/target/herramientas"

if [ ! -f "$war" ] || [ ! -f "$micro" ]; then
  mvn -B -q -f "$raiz/pom.xml" -DskipTests -pl web -am package
fi
if [ ! -f "$herramientas/ojdbc11-23.9.0.25.07.jar" ] || [ ! -f "$herramientas/jasypt-1.9.3.jar" ]; then
  mvn -B -q -f "$raiz/pom.xml" -N dependency:copy -Dartifact=com.oracle.database.jdbc:ojdbc11:23.9.0.25.07 -DoutputDirectory="$herramientas"
  mvn -B -q -f "$raiz/pom.xml" -N dependency:copy -Dartifact=org.jasypt:jasypt:1.9.3 -DoutputDirectory="$herramientas"
fi

cifrada=$(sed -n 's/^siade\.db\.password=ENC(\(.*\))$/\1/p' "$ajustes")
[ -n "$cifrada" ] || { echo "Falta siade.db.password=ENC(...) en $ajustes" >&2; exit 2; }
SIADE_DB_PASSWORD=$(java -cp "$herramientas/jasypt-1.9.3.jar" org.jasypt.intf.cli.JasyptPBEStringDecryptionCLI \
  input="$cifrada" password="$SIADE_MASTER_KEY" algorithm=PBEWITHHMACSHA512ANDAES_256 \
  ivGeneratorClassName=org.jasypt.iv.RandomIvGenerator verbose=false)
export SIADE_DB_URL SIADE_DB_USER SIADE_DB_PASSWORD SIADE_MASTER_KEY

if [ -n "${SIADE_CLUSTER:-}" ]; then
  cluster=(--clustername "${SIADE_CLUSTER_NOMBRE:-siade}" --clustermode "$SIADE_CLUSTER"
    --startport "${SIADE_CLUSTER_PUERTO:-6900}" --name "${SIADE_NODO:-$(hostname)}")
  if [ -n "${SIADE_CLUSTER_INTERFAZ:-}" ]; then
    cluster+=(--interfaces "$SIADE_CLUSTER_INTERFAZ")
  fi
  arranque="$raiz/config/micro/oracle.asadmin"
else
  cluster=(--nocluster)
  # One server: sessions in memory (see config/micro/h2.asadmin), the same post-boot commands otherwise.
  arranque="$(mktemp)"
  cat "$raiz/config/micro/oracle.asadmin" >"$arranque"
  echo "set configs.config.server-config.availability-service.web-container-availability.availability-enabled=false" >>"$arranque"
fi

raiz_payara="${SIADE_DATA_DIR:-$raiz/data-oracle}/payara"
rm -rf "$raiz_payara"
# The embedded search index lives on this server's disk (one node; a cluster uses OpenSearch, README).
exec java -Xmx2g -Dsiade.indice.dir="${SIADE_INDICE_DIR:-${SIADE_DATA_DIR:-$raiz/data-oracle}/indice}" \
  -Dsiade.digitalizacion.carpeta="${SIADE_CARPETA_DIGITALIZACION:-${SIADE_DATA_DIR:-$raiz/data-oracle}/digitalizacion}" -jar "$micro" --deploy "$war" --contextroot siade --port "$puerto" \
  --rootDir "$raiz_payara" "${cluster[@]}" --addLibs "$herramientas/ojdbc11-23.9.0.25.07.jar" \
  --postbootcommandfile "$arranque" --logProperties "$raiz/config/micro/logging.properties" \
  --systemProperties "$ajustes"
