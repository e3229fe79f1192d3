#!/usr/bin/env bash
# Runs SIADE on Payara Micro with the embedded default: H2 in Oracle mode in a file under
# data/ (kept across restarts), schema from ddl/ through Flyway, demo data and demo users.
# Builds what is missing first. Ctrl-C stops it cleanly.
#   config/ejecutar.sh            (PORT=8080 and SIADE_DATA_DIR=./data by default)
set -euo pipefail
raiz="$(cd "$(dirname "$0")/.." && pwd)"
puerto="${PORT:-8080}"
datos="${SIADE_DATA_DIR:-$raiz/data}"
war="$raiz/web/target/siade.war"
micro="$raiz/web/target/payara-micro.jar"

# shellcheck source=config/claves-demo.sh
. "$raiz/config/claves-demo.sh"
# Everything this run writes (database, uploads waiting, logs) is readable by this user only.
umask 077

if [ ! -f "$war" ] || [ ! -f "$micro" ] || [ -n "$(find "$raiz/ejb/src" "$raiz/web/src" "$raiz/ddl" "$raiz"/pom.xml "$raiz"/*/pom.xml -newer "$war" -print -quit)" ]; then
  echo "Construyendo SIADE (mvn package, sin pruebas)…"
  mvn -B -q -f "$raiz/pom.xml" -DskipTests -pl web -am package
fi

mkdir -p "$datos/db"
chmod 700 "$datos" "$datos/db"
# A database written before the file was encrypted is encrypted in place, once, with H2's own tool.
if [ -f "$datos/db/siade.mv.db" ] && [ "$(head -c 9 "$datos/db/siade.mv.db")" != "H2encrypt" ]; then
  h2jar="$raiz/target/herramientas/h2-2.2.224.jar"
  if [ ! -f "$h2jar" ]; then
    mvn -B -q -f "$raiz/pom.xml" -N dependency:copy -Dartifact=com.h2database:h2:2.2.224 -DoutputDirectory="$raiz/target/herramientas" >&2
  fi
  echo "Cifrando la base de datos existente ($datos/db)…"
  java -cp "$h2jar" org.h2.tools.ChangeFileEncryption -dir "$datos/db" -db siade -cipher AES -encrypt "$SIADE_CLAVE_BD" -quiet
fi
rm -f "$datos/db/siade.trace.db"
# A reused root dir makes Payara Micro deploy the application twice: start from a clean one.
rm -rf "$datos/payara"
log="$datos/siade.log"
# Keep the log of earlier runs (a crash's log is what one needs afterwards): the last 10, numbered.
if [ -f "$log" ]; then
  for n in 9 8 7 6 5 4 3 2 1; do
    [ -f "$log.$n" ] && mv -f "$log.$n" "$log.$((n + 1))"
  done
  mv -f "$log" "$log.1"
fi
# The demo PKI (demo CA, CRL, time stamps, demo e.firma files) is created once in $datos/pki-demo.
# The QR of a signed oficio points to SIADE_URL_PUBLICA (this machine's address by default).
# Scans dropped into $datos/digitalizacion are taken in (QR of an acuse/oficio → its folio; else «Por clasificar»).
# SIADE_JAVA_OPCIONES: extra JVM options (bench/carga.sh adds a GC log and JFR settings).
# shellcheck disable=SC2086
java -Xmx1g ${SIADE_JAVA_OPCIONES:-} -Dsiade.data.dir="$datos/db" -Dsiade.spool.dir="$datos/spool" -Dsiade.pki.dir="$datos/pki-demo" \
  -Dsiade.indice.dir="$datos/indice" -Dsiade.digitalizacion.carpeta="$datos/digitalizacion" \
  -Dsiade.url-publica="${SIADE_URL_PUBLICA:-http://localhost:$puerto/siade}" -jar "$micro" \
  --deploy "$war" --contextroot siade --port "$puerto" --nocluster \
  --rootDir "$datos/payara" \
  --postbootcommandfile "$raiz/config/micro/h2.asadmin" --logProperties "$raiz/config/micro/logging.properties" \
  --systemProperties "$raiz/config/embedded/siade.properties" >"$log" 2>&1 &
pid=$!
trap 'echo; echo "Deteniendo SIADE…"; kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; exit 0' INT TERM

echo "Iniciando Payara Micro (bitácora del servidor en $log)…"
for _ in $(seq 1 180); do
  if ! kill -0 $pid 2>/dev/null; then
    echo "Payara Micro terminó al arrancar; últimas líneas de $log:" >&2
    tail -40 "$log" >&2
    exit 1
  fi
  if grep -q "Payara Micro .* ready" "$log" 2>/dev/null; then
    break
  fi
  sleep 1
done
if grep -q "SEVERE" "$log"; then
  echo "Atención: el servidor registró errores (SEVERE) al desplegar; revise $log" >&2
fi
cat <<EOT

  SIADE Correspondencia y Gestión está listo:  http://localhost:$puerto/siade/

  Usuarios de demostración (contraseña para todos: Demo.2026)
    correspondencia   Correspondencia (área Correspondencia)
    consultor         Consultor (área Correspondencia)
    consultora        Consultor (área Correspondencia)
    supervisor        Supervisor (área Correspondencia)
    jefe              Jefe de área (área Correspondencia)
    gestion           Consultor (área Gestión)
    titular.dac       Titular de la División (DAC)
    titular.cao       Titular de la Coordinación (CAO)
    suplente          Supervisor que firma en ausencia de un titular (5.70)
    juridico          Jurídico (consulta de expedientes)
    admin             Administrador

  e.firma de demostración (contraseña Demo.2026): $datos/pki-demo/<usuario>.cer y .key
  (titular.dac, titular.cao, suplente; revocado.* y vencido.* para probar los rechazos).
  Verificación pública de oficios firmados: http://localhost:$puerto/siade/verificar.xhtml

  Base de datos: H2 en modo Oracle en $datos/db  ·  Ctrl-C para detener.
EOT
wait $pid
