#!/usr/bin/env bash
# HTTP load test with Gatling (bench/carga/): one node (config/nodo.sh) against the H2 server
# (config/h2-servidor.sh) with CARGA_PETICIONES petitions seeded (100,000 by default), then the simulation
# at each level of concurrent users (10, 50 and 100 by default, CARGA_SEGUNDOS each): p50/p95/p99 per
# request, throughput and errors, and the server's heap after a full GC before and after each level.
# Writes bench/resultados-carga.md (with the Gatling HTML reports' paths). Not part of the test suite.
#   bench/carga.sh            (CARGA_PETICIONES=100000, CARGA_USUARIOS="10 50 100", CARGA_SEGUNDOS=60)
set -euo pipefail
raiz="$(cd "$(dirname "$0")/.." && pwd)"
datos="$raiz/web/target/carga"
salida="$raiz/bench/resultados-carga.md"
puerto_bd=19292
puerto=18281
peticiones="${CARGA_PETICIONES:-100000}"
niveles="${CARGA_USUARIOS:-10 50 100}"
segundos="${CARGA_SEGUNDOS:-60}"
clave=siade-demo-clave-archivo

mvn -q -B -f "$raiz/pom.xml" -DskipTests -DskipITs install
h2jar="$raiz/target/herramientas/h2-2.2.224.jar"
[ -f "$h2jar" ] || mvn -B -q -f "$raiz/pom.xml" -N dependency:copy -Dartifact=com.h2database:h2:2.2.224 -DoutputDirectory="$raiz/target/herramientas"
rm -rf "$datos" && mkdir -p "$datos"
export SIADE_DATA_DIR="$datos" SIADE_BD_PUERTO=$puerto_bd SIADE_BD_SERVIDOR=localhost:$puerto_bd \
  SIADE_CLUSTER=tcpip:127.0.0.1:17090 SIADE_CLUSTER_PUERTO=17090 SIADE_CLAVE_BD=$clave
"$raiz/config/h2-servidor.sh" >"$datos/h2.log" 2>&1 &
bd=$!
nodo=
trap 'kill $nodo $bd 2>/dev/null || true; wait 2>/dev/null || true' EXIT
SIADE_JAVA_OPCIONES="-Xlog:gc:file=$datos/gc.log" NODO=1 PORT=$puerto "$raiz/config/nodo.sh" >"$datos/nodo.log" 2>&1 &
nodo=$!
for _ in $(seq 1 240); do
  curl -s -o /dev/null -w '%{http_code}' "http://localhost:$puerto/siade/login.xhtml" 2>/dev/null | grep -q 200 && break
  kill -0 $nodo 2>/dev/null || { tail -40 "$datos/nodo.log"; exit 1; }
  sleep 1
done
java -cp "$h2jar:$raiz/ejb/target/classes" "$raiz/bench/SembrarCarga.java" \
  "jdbc:h2:tcp://localhost:$puerto_bd/siade;CIPHER=AES;MODE=Oracle" siade "$clave siade" "$peticiones"

heap() { # used heap (MB) after a full GC
  jcmd $nodo GC.run >/dev/null
  jcmd $nodo GC.heap_info | sed -n 's/.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1 | awk '{printf "%d", $1/1024}'
}
# A first, short run warms the JIT and the caches; it is not reported.
mvn -B -q -f "$raiz/bench/carga/pom.xml" gatling:test -Dusuarios=10 -Dsegundos=20 -Dbase="http://localhost:$puerto/siade" >/dev/null
tablas=""
heaps=""
for u in $niveles; do
  antes=$(heap)
  mvn -B -q -f "$raiz/bench/carga/pom.xml" gatling:test -Dusuarios="$u" -Dsegundos="$segundos" \
    -Dbase="http://localhost:$puerto/siade" >"$datos/gatling-$u.log" 2>&1 || true
  informe=$(ls -dt "$raiz"/bench/carga/target/gatling/*/ | head -1)
  despues=$(heap)
  heaps="$heaps| $u | $antes MB | $despues MB |\n"
  tablas="$tablas\n### $u usuarios concurrentes ($segundos s)\n\nInforme HTML de Gatling: \`${informe#"$raiz"/}index.html\`\n\n$(python3 "$raiz/bench/carga/tabla.py" "$informe/js/stats.json" "$segundos")\n"
done
{
  echo "Carga por HTTP con Gatling contra un nodo de Payara Micro (config/nodo.sh, -Xmx1g) y el servidor H2"
  echo "(config/h2-servidor.sh) en la misma máquina, $(nproc) núcleos, con $(printf "%'d" "$peticiones") peticiones sembradas."
  echo "70 % de los usuarios leen (inician sesión, paginan y filtran la Bandeja por AJAX, abren un expediente y uno de"
  echo "sus documentos); 30 % son de correspondencia y registran escritos con dos archivos de 1 MB (PDF e imagen)."
  echo "Sin pausas entre pasos: cada usuario pide lo siguiente en cuanto recibe la respuesta. $(date -u +%Y-%m-%d)."
  printf "%b" "$tablas"
  echo
  echo "### Memoria del servidor (heap usado tras un GC completo, antes y después de cada nivel)"
  echo
  echo "| usuarios | antes | después |"
  echo "|---:|---:|---:|"
  printf "%b" "$heaps"
} >"$salida"
cat "$salida"
