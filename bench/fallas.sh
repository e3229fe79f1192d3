#!/usr/bin/env bash
# Fault script: kill -9 the server while letters are being registered, start it again on the same data,
# and check that every registration the client saw acknowledged is whole (both files with their SHA-256,
# acuse, bitácora), that nothing is half-written, that no folio is used twice, and that the outbox carries
# on sending each message once; then kill the database server under load and check the node recovers by
# itself. One node (config/nodo.sh) against the H2 server (config/h2-servidor.sh), as production runs
# against Oracle. Writes bench/resultados-fallas.md. Takes about ten minutes; not part of the test suite.
#   bench/fallas.sh                 (FALLAS_RONDAS=5, FALLAS_CLIENTES=4)
set -euo pipefail
raiz="$(cd "$(dirname "$0")/.." && pwd)"
mvn -q -f "$raiz/pom.xml" -DskipTests -DskipITs install
mvn -f "$raiz/web/pom.xml" -B -ntp verify -Dselenium.skip=true -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=FallasBench -Dfallas.rondas="${FALLAS_RONDAS:-5}" -Dfallas.clientes="${FALLAS_CLIENTES:-4}" \
  -Dbench.salida="$raiz/bench/resultados-fallas.md"
cat "$raiz/bench/resultados-fallas.md"
