#!/usr/bin/env bash
# Benchmark of the Bandeja with 100,000 petitions in the embedded database (H2 file in Oracle
# mode, as config/ejecutar.sh runs it): p50/p95 through the EJB beside the same queries in plain
# JDBC. Writes bench/resultados-bandeja.md. Takes a few minutes; not part of the test suite.
#   bench/bandeja.sh                 (BENCH_PETICIONES=100000 by default)
set -euo pipefail
raiz="$(cd "$(dirname "$0")/.." && pwd)"
datos="$raiz/web/target/bench-db"
rm -rf "$datos" && mkdir -p "$datos"
mvn -q -f "$raiz/pom.xml" -DskipTests -DskipITs install
mvn -f "$raiz/web/pom.xml" -B -ntp verify -Dselenium.skip=true -Dit.test=BandejaBench \
  -Dsiade.postboot="$raiz/config/micro/h2.asadmin" \
  -Dsiade.micro.opciones="-Xmx2g -Dsiade.master.key=siade-demo-master-key -Dsiade.data.dir=$datos -Dbench.peticiones=${BENCH_PETICIONES:-100000} -Dbench.salida=$raiz/bench/resultados-bandeja.md"
cat "$raiz/bench/resultados-bandeja.md"
