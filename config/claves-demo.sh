# Sourced by config/ejecutar.sh and config/nodo.sh: the demo keys, when the environment sets none. Demo only;
# production sets its own in the environment. One place, so every node and the single server open the same
# database file and the same settings.
if [ -z "${SIADE_MASTER_KEY:-}" ]; then
  # The key that opens config/embedded/siade.properties.
  export SIADE_MASTER_KEY=siade-demo-master-key
fi
if [ -z "${SIADE_CLAVE_BD:-}" ]; then
  # The key that encrypts the database file (H2 CIPHER=AES).
  export SIADE_CLAVE_BD=siade-demo-clave-archivo
fi
