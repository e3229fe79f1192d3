#!/usr/bin/env bash
# HTTP load test with Gatling (bench/carga/) against the application as the README runs it (config/ejecutar.sh,
# embedded H2) with CARGA_PETICIONES petitions seeded (100,000 by default), then the simulation
# at each level of concurrent users (10, 50 and 100 by default, CARGA_SEGUNDOS each): p50/p95/p99 per
# request, throughput and errors, and the server's heap after a full GC before and after each level.
# Writes bench/resultados-carga.md (with the Gatling HTML reports' paths). Not part of the test suite.
#   bench/carga.sh            (CARGA_PETICIONES=100000, CARGA_USUARIOS="10 50 100", CARGA_SEGUNDOS=60)
set -euo pipefail
raiz="$(cd "$(dirname "$0")/.." && pwd)"
datos="$raiz/web/target/carga"
salida="$raiz/bench/resultados-carga.md"
puerto=18281
peticiones="${CARGA_PETICIONES:-100000}"
niveles="${CARGA_USUARIOS:-10 50 100}"
segundos="${CARGA_SEGUNDOS:-60}"
clave=siade-demo-clave-archivo

mvn -q -B -f "$raiz/pom.xml" -DskipTests -DskipITs install
herramientas="$raiz/target/herramientas"
h2jar="$herramientas/h2-2.2.224.jar"
validador="$herramientas/commons-validator-1.9.0.jar"
[ -f "$h2jar" ] || mvn -B -q -f "$raiz/pom.xml" -N dependency:copy -Dartifact=com.h2database:h2:2.2.224 -DoutputDirectory="$herramientas"
[ -f "$validador" ] || mvn -B -q -f "$raiz/pom.xml" -N dependency:copy -Dartifact=commons-validator:commons-validator:1.9.0 -DoutputDirectory="$herramientas"
rm -rf "$datos" && mkdir -p "$datos"
# The application as the README runs it: config/ejecutar.sh, H2 in Oracle mode inside the server's JVM.
export SIADE_DATA_DIR="$datos" PORT=$puerto SIADE_CLAVE_BD=$clave
export SIADE_JAVA_OPCIONES="-Xlog:gc:file=$datos/gc.log -XX:FlightRecorderOptions:stackdepth=512"
servidor=
trap 'kill -TERM $servidor 2>/dev/null || true; wait 2>/dev/null || true' EXIT
arrancar() {
  "$raiz/config/ejecutar.sh" >>"$datos/ejecutar.log" 2>&1 &
  servidor=$!
  for _ in $(seq 1 240); do
    curl -s -o /dev/null -w '%{http_code}' "http://localhost:$puerto/siade/login.xhtml" 2>/dev/null | grep -q 200 && return 0
    kill -0 $servidor 2>/dev/null || { tail -40 "$datos/siade.log"; exit 1; }
    sleep 1
  done
  echo "SIADE no respondió" >&2; exit 1
}
detener() {
  kill -TERM $servidor; wait $servidor || true
}
# First start: schema and demo data. Then, with the server stopped, the petitions go straight into the file.
arrancar
detener
java -cp "$h2jar:$validador:$raiz/ejb/target/classes" "$raiz/bench/SembrarCarga.java" \
  "jdbc:h2:file:$datos/db/siade;CIPHER=AES;MODE=Oracle" siade "$clave siade" "$peticiones"
arrancar
nodo=$(pgrep -f -- "--rootDir $datos/payara" | head -1)
# The search index has fewer petitions than the database: the application rebuilds it in the background
# after the start. Measured only when that is done.
for _ in $(seq 1 1800); do
  grep -q "Índice de búsqueda reconstruido" "$datos/siade.log" && break
  sleep 1
done

cpu() { # CPU time (clock ticks) used so far by process $1
  awk '{print $14 + $15}' "/proc/$1/stat"
}
cpu_maquina() { # CPU time (clock ticks) used so far by the whole machine, idle excluded
  awk '/^cpu /{print $2 + $3 + $4 + $7 + $8}' /proc/stat
}
heap() { # used heap (MB) after a full GC
  jcmd $nodo GC.run >/dev/null
  jcmd $nodo GC.heap_info | sed -n 's/.*total [0-9]*K, used \([0-9]*\)K.*/\1/p' | head -1 | awk '{printf "%d", $1/1024}'
}
# A first, short run warms the JIT and the caches; it is not reported.
mvn -B -q -f "$raiz/bench/carga/pom.xml" gatling:test -Dusuarios=10 -Dsegundos=20 -Dbase="http://localhost:$puerto/siade" >/dev/null
tablas=""
heaps=""
perfiles=""
for u in $niveles; do
  antes=$(heap)
  # A JFR recording of the server during the level (where the time goes), and the CPU each process used.
  jcmd $nodo JFR.start name=carga settings=profile filename="$datos/carga-$u.jfr" >/dev/null
  cpu_nodo=$(cpu $nodo); cpu_total=$(cpu_maquina)
  mvn -B -q -f "$raiz/bench/carga/pom.xml" gatling:test -Dusuarios="$u" -Dsegundos="$segundos" \
    -Dbase="http://localhost:$puerto/siade" >"$datos/gatling-$u.log" 2>&1 || true
  cpu_nodo=$(( $(cpu $nodo) - cpu_nodo )); cpu_total=$(( $(cpu_maquina) - cpu_total ))
  jcmd $nodo JFR.stop name=carga >/dev/null
  informe=$(ls -dt "$raiz"/bench/carga/target/gatling/*/ | head -1)
  despues=$(heap)
  heaps="$heaps| $u | $antes MB | $despues MB | $((100 * cpu_nodo / (cpu_total + 1))) % | $((100 - 100 * cpu_nodo / (cpu_total + 1))) % |\n"
  perfiles="$perfiles\n### Perfil del servidor con $u usuarios (JFR)\n\n$(java "$raiz/bench/carga/Perfil.java" "$datos/carga-$u.jfr")\n"
  tablas="$tablas\n### $u usuarios concurrentes ($segundos s)\n\nInforme HTML de Gatling: \`${informe#"$raiz"/}index.html\`\n\n$(python3 "$raiz/bench/carga/tabla.py" "${informe}js/stats.js" "$segundos")\n"
done
{
  echo "Carga por HTTP con Gatling (en la misma máquina) contra la aplicación como la arranca el README"
  echo "(config/ejecutar.sh: Payara Micro -Xmx1g con H2 en modo Oracle dentro de la misma JVM, archivo cifrado),"
  echo "$(nproc) núcleos, con $(printf "%'d" "$peticiones") peticiones sembradas."
  echo "70 % de los usuarios leen (inician sesión, paginan y filtran la Bandeja por AJAX, abren un expediente y uno de"
  echo "sus documentos); 30 % son de correspondencia y registran escritos con dos archivos de 1 MB (PDF e imagen)."
  echo "Sin pausas entre pasos: cada usuario pide lo siguiente en cuanto recibe la respuesta. $(date -u +%Y-%m-%d)."
  printf "%b" "$tablas"
  echo
  echo "### Memoria y CPU (heap usado tras un GC completo antes y después de cada nivel; parte de la CPU de la máquina que usó cada proceso durante el nivel)"
  echo
  echo "| usuarios | heap antes | heap después | CPU del servidor (con H2) | CPU del resto (Gatling, SO) |"
  echo "|---:|---:|---:|---:|---:|"
  printf "%b" "$heaps"
  printf "%b" "$perfiles"
} >"$salida"
cat "$salida"
