#!/usr/bin/env bash
# Benchmark of OCR throughput: pages per minute through the application's OCR queue (one worker per core)
# beside the raw `tesseract` command on the same pages with as many processes at once, same cores.
# Needs Debian's tesseract-ocr and tesseract-ocr-spa. Writes bench/resultados-ocr.md. Not part of the suite.
#   bench/ocr.sh                 (BENCH_PAGINAS=40 by default)
set -euo pipefail
raiz="$(cd "$(dirname "$0")/.." && pwd)"
mvn -q -f "$raiz/pom.xml" -DskipTests -DskipITs install
mvn -f "$raiz/web/pom.xml" -B -ntp verify -Dselenium.skip=true -Dit.test=OcrBench \
  -Dsiade.micro.opciones="-Xmx2g -Dsiade.master.key=siade-demo-master-key -Dsiade.ocr.trabajadores=0 -Dbench.paginas=${BENCH_PAGINAS:-40} -Dbench.salida=$raiz/bench/resultados-ocr.md"
cat "$raiz/bench/resultados-ocr.md"
