#!/usr/bin/env bash
# One node of a SIADE cluster on the embedded database: Payara Micro with the same WAR, joined to the
# other nodes through Payara's data grid (Hazelcast, TCP/IP discovery), against the H2 server that
# config/h2-servidor.sh runs. The HTTP session lives in the grid: put any load balancer in front (sticky
# by cookie, failing over to another node) and a user whose node dies continues on another.
#   config/h2-servidor.sh &            # once: the shared database
#   NODO=1 config/nodo.sh &            # http://localhost:8081/siade/
#   NODO=2 config/nodo.sh &            # http://localhost:8082/siade/  (the second node)
# Start the first node alone and the others once it is ready (the first start creates the schema and
# the demo data). Settings (environment): NODO (1), PORT (8080+NODO), SIADE_DATA_DIR (./data: demo PKI
# shared, each node's own files under nodo-N/), SIADE_BD_SERVIDOR (localhost:9092), SIADE_CLUSTER
# (tcpip:127.0.0.1:6900, the members to look for), SIADE_CLUSTER_PUERTO (6900, the first port this node
# tries for the grid), SIADE_JAVA_OPCIONES (extra JVM options). The log goes to standard output.
# Production runs the nodes on Oracle: config/ejecutar-oracle.sh with SIADE_CLUSTER (README «Clúster»).
set -euo pipefail
raiz="$(cd "$(dirname "$0")/.." && pwd)"
nodo="${NODO:-1}"
puerto="${PORT:-$((8080 + nodo))}"
datos="${SIADE_DATA_DIR:-$raiz/data}"
propios="$datos/nodo-$nodo"
war="$raiz/web/target/siade.war"
micro="$raiz/web/target/payara-micro.jar"

# shellcheck source=config/claves-demo.sh
. "$raiz/config/claves-demo.sh"
umask 077
if [ ! -f "$war" ] || [ ! -f "$micro" ]; then
  echo "Construyendo SIADE (mvn package, sin pruebas)…" >&2
  mvn -B -q -f "$raiz/pom.xml" -DskipTests -pl web -am package >&2
fi
mkdir -p "$propios"
chmod 700 "$datos" "$propios"
# A reused root dir makes Payara Micro deploy the application twice: start from a clean one.
rm -rf "$propios/payara"
# exec: this script's process becomes the server's, so stopping it (or killing it) stops the node.
# shellcheck disable=SC2086
servidor="${SIADE_BD_SERVIDOR:-localhost:9092}"
exec java -Xmx1g ${SIADE_JAVA_OPCIONES:-} -Dsiade.bd.host="${servidor%:*}" -Dsiade.bd.puerto="${servidor##*:}" \
  -Dsiade.spool.dir="$propios/spool" -Dsiade.indice.dir="$propios/indice" \
  -Dsiade.digitalizacion.carpeta="$propios/digitalizacion" -Dsiade.pki.dir="$datos/pki-demo" \
  -Dsiade.url-publica="${SIADE_URL_PUBLICA:-http://localhost:$puerto/siade}" -jar "$micro" \
  --deploy "$war" --contextroot siade --port "$puerto" --name "nodo-$nodo" \
  --clustername siade --clustermode "${SIADE_CLUSTER:-tcpip:127.0.0.1:6900}" --startport "${SIADE_CLUSTER_PUERTO:-6900}" \
  --rootDir "$propios/payara" \
  --postbootcommandfile "$raiz/config/micro/h2-servidor.asadmin" --logProperties "$raiz/config/micro/logging.properties" \
  --systemProperties "$raiz/config/embedded/siade.properties"
