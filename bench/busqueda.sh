#!/usr/bin/env bash
# Benchmark of the search with 1,000,000 petitions in the embedded database (H2 file in Oracle mode) and
# the embedded Lucene index: p50/p95 of folio, NSS, name and full-text queries through BusquedaService
# beside plain Lucene on the same index in the same run. Writes bench/resultados-busqueda.md. Takes
# several minutes; not part of the test suite.
#   bench/busqueda.sh                 (BENCH_PETICIONES=1000000 by default)
set -euo pipefail
raiz="$(cd "$(dirname "$0")/.." && pwd)"
datos="$raiz/web/target/bench-busqueda"
rm -rf "$datos" && mkdir -p "$datos/indice"
mvn -q -f "$raiz/pom.xml" -DskipTests -DskipITs install
mvn -f "$raiz/web/pom.xml" -B -ntp verify -Dselenium.skip=true -Dit.test=BusquedaBench \
  -Dsiade.postboot="$raiz/bench/h2-bench.asadmin" \
  -Dsiade.micro.opciones="-Xmx3g -Dsiade.master.key=siade-demo-master-key -Dsiade.ocr.trabajadores=0 -Dsiade.data.dir=$datos -Dsiade.indice.dir=$datos/indice -Dbench.peticiones=${BENCH_PETICIONES:-1000000} -Dbench.salida=$raiz/bench/resultados-busqueda.md"
cat "$raiz/bench/resultados-busqueda.md"
