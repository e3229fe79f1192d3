#!/usr/bin/env bash
# Benchmark of the indicators dashboard with 1,000,000 petitions in the embedded database (H2 file in Oracle
# mode): the summaries built by the real outbox job (its throughput), then p50/p95 of the dashboard through
# IndicadoresService for the Titular DAC (all áreas) and a jefe de área, this month and the last 12 months.
# Writes bench/resultados-indicadores.md. Takes several minutes; not part of the test suite.
#   bench/indicadores.sh                 (BENCH_PETICIONES=1000000 by default)
set -euo pipefail
raiz="$(cd "$(dirname "$0")/.." && pwd)"
datos="$raiz/web/target/bench-indicadores"
rm -rf "$datos" && mkdir -p "$datos/indice"
mvn -q -f "$raiz/pom.xml" -DskipTests -DskipITs install
mvn -f "$raiz/web/pom.xml" -B -ntp verify -Dselenium.skip=true -Dit.test=IndicadoresBench \
  -Dsiade.postboot="$raiz/bench/h2-bench.asadmin" \
  -Dsiade.micro.opciones="-Xmx3g -Dsiade.master.key=siade-demo-master-key -Dsiade.ocr.trabajadores=0 -Dsiade.indicadores.automatico=false -Dsiade.data.dir=$datos -Dsiade.indice.dir=$datos/indice -Dbench.peticiones=${BENCH_PETICIONES:-1000000} -Dbench.salida=$raiz/bench/resultados-indicadores.md" \
  || echo "La medición dentro del servidor falló (ver bench/resultados-indicadores.md): se miden sus consultas por JDBC."
# The same SQL by plain JDBC on the same file with H2 2.3 (Payara's H2 2.2.224 failed reading the multi-GB
# file twice: "MVStoreException: Reading from file ... failed").
h2="$(find ~/.m2/repository/com/h2database/h2 -name 'h2-2.3*.jar' | sort | tail -1)"
if [ -z "$h2" ]; then
  mvn -q dependency:get -Dartifact=com.h2database:h2:2.3.232
  h2="$(find ~/.m2/repository/com/h2database/h2 -name 'h2-2.3*.jar' | sort | tail -1)"
fi
java -Xmx4g -cp "$h2" "$raiz/bench/MedirTablero.java" \
  "jdbc:h2:file:$datos/siade;MODE=Oracle;DEFAULT_NULL_ORDERING=HIGH;AUTO_COMPACT_FILL_RATE=0" "$(date +%F)"
cat "$raiz/bench/resultados-indicadores.md" 2>/dev/null || true
