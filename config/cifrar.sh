#!/usr/bin/env bash
# Encrypts a configuration secret as a jasypt ENC(...) value with the master key in
# SIADE_MASTER_KEY (the same algorithm the application uses to decrypt: see infra/Secretos).
#   SIADE_MASTER_KEY=... config/cifrar.sh 'the secret'
set -euo pipefail
[ $# -eq 1 ] || { echo "uso: SIADE_MASTER_KEY=... $0 'valor'" >&2; exit 2; }
: "${SIADE_MASTER_KEY:?defina SIADE_MASTER_KEY}"
raiz="$(cd "$(dirname "$0")/.." && pwd)"
jar="$raiz/target/herramientas/jasypt-1.9.3.jar"
if [ ! -f "$jar" ]; then
  mvn -B -q -f "$raiz/pom.xml" -N dependency:copy -Dartifact=org.jasypt:jasypt:1.9.3 -DoutputDirectory="$raiz/target/herramientas" >&2
fi
salida=$(java -cp "$jar" org.jasypt.intf.cli.JasyptPBEStringEncryptionCLI input="$1" password="$SIADE_MASTER_KEY" \
  algorithm=PBEWITHHMACSHA512ANDAES_256 ivGeneratorClassName=org.jasypt.iv.RandomIvGenerator verbose=false)
echo "ENC($salida)"
