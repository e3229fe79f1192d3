#!/usr/bin/env bash
# Benchmark of batch signing: 100 oficios signed through PortafirmasService (PAdES B-LT with the
# visible block and QR, each in its own transaction) beside the raw SHA256withRSA signature of 100
# digests with the same key. Writes bench/resultados-firma.md. Not part of the test suite.
#   bench/firma.sh                  (BENCH_OFICIOS=100 by default)
set -euo pipefail
raiz="$(cd "$(dirname "$0")/.." && pwd)"
mvn -q -f "$raiz/pom.xml" -DskipTests -DskipITs install
mvn -f "$raiz/web/pom.xml" -B -ntp verify -Dselenium.skip=true -Dit.test=FirmaBench \
  -Dsiade.micro.opciones="-Xmx1g -Dsiade.master.key=siade-demo-master-key -Dbench.oficios=${BENCH_OFICIOS:-100} -Dbench.salida=$raiz/bench/resultados-firma.md"
cat "$raiz/bench/resultados-firma.md"
