#!/usr/bin/env bash
# The embedded database as a server, for a cluster of SIADE nodes on one machine (config/nodo.sh): H2
# 2.2.224 (the version Payara Micro bundles) in TCP mode over the same encrypted file config/ejecutar.sh
# uses, under $SIADE_DATA_DIR/db. Listens on localhost only (no -tcpAllowOthers): the nodes of a demo
# cluster run on this machine; a cluster on several machines uses Oracle (README «Clúster»).
#   config/h2-servidor.sh        (SIADE_BD_PUERTO=9092, SIADE_DATA_DIR=./data)
set -euo pipefail
raiz="$(cd "$(dirname "$0")/.." && pwd)"
datos="${SIADE_DATA_DIR:-$raiz/data}"
puerto="${SIADE_BD_PUERTO:-9092}"
h2jar="$raiz/target/herramientas/h2-2.2.224.jar"
if [ ! -f "$h2jar" ]; then
  mvn -B -q -f "$raiz/pom.xml" -N dependency:copy -Dartifact=com.h2database:h2:2.2.224 -DoutputDirectory="$raiz/target/herramientas" >&2
fi
umask 077
mkdir -p "$datos/db"
chmod 700 "$datos" "$datos/db"
# -ifNotExists: the first node creates the database (only local connections are accepted).
exec java -Xmx1g -cp "$h2jar" org.h2.tools.Server -tcp -tcpPort "$puerto" -baseDir "$datos/db" -ifNotExists
