#!/usr/bin/env bash
# Administración de SIADE desde la línea de comandos (las mismas operaciones que los botones del administrador).
#
#   config/siade-admin.sh reconstruir-indice   reconstruye el índice de búsqueda desde la base y muestra el avance
#   config/siade-admin.sh verificar-cadenas    verifica las cadenas de la bitácora y la auditoría (primer eslabón roto)
#   config/siade-admin.sh ocr                  cuenta los trabajos de OCR por estado
#
# Variables: SIADE_URL (por omisión http://localhost:8080/siade), SIADE_USUARIO (admin) y SIADE_CONTRASENA
# (se pregunta si falta). Salida: 0 bien; 1 error; 2 cadenas rotas.
set -euo pipefail

case "${1:-}" in
  reconstruir-indice|verificar-cadenas|ocr) ;;
  *) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 1 ;;
esac
url="${SIADE_URL:-http://localhost:8080/siade}"
usuario="${SIADE_USUARIO:-admin}"
if [ -z "${SIADE_CONTRASENA:-}" ]; then
  read -r -s -p "Contraseña de $usuario: " SIADE_CONTRASENA
  echo >&2
fi
api="$url/api/v1/admin"

llamar() { # método ruta
  local respuesta codigo
  respuesta=$(curl -sS -w '\n%{http_code}' -X "$1" -u "$usuario:$SIADE_CONTRASENA" -H 'Accept: application/json' "$api/$2") || {
    echo "No se pudo conectar con $url" >&2; exit 1; }
  codigo="${respuesta##*$'\n'}"
  cuerpo="${respuesta%$'\n'*}"
  case "$codigo" in
    2*) ;;
    401) echo "Usuario o contraseña incorrectos (o cuenta en espera tras fallos)." >&2; exit 1 ;;
    403) echo "El usuario $usuario no es administrador." >&2; exit 1 ;;
    *) echo "El servidor respondió $codigo: $cuerpo" >&2; exit 1 ;;
  esac
}

campo() { # json nombre → valor (números, true/false, null o texto sin comillas)
  sed -n "s/.*\"$2\":\(\"\([^\"]*\)\"\|\([^,}]*\)\).*/\2\3/p" <<<"$1"
}

case "${1:-}" in
  reconstruir-indice)
    llamar POST indice/reconstruccion
    echo "Reconstruyendo el índice de búsqueda…"
    while :; do
      llamar GET indice/reconstruccion
      en_curso=$(campo "$cuerpo" enCurso); hechas=$(campo "$cuerpo" hechas); total=$(campo "$cuerpo" total)
      error=$(campo "$cuerpo" error)
      printf '\r  %s de %s peticiones' "$hechas" "$total"
      if [ "$en_curso" != "true" ]; then
        echo
        if [ -n "$error" ] && [ "$error" != "null" ]; then echo "Falló: $error" >&2; exit 1; fi
        echo "Índice reconstruido: $hechas peticiones."
        exit 0
      fi
      sleep 1
    done
    ;;
  verificar-cadenas)
    llamar GET cadenas/verificacion
    if [ "$(campo "$cuerpo" integra)" = "true" ]; then
      echo "La auditoría y las bitácoras están íntegras ($(campo "$cuerpo" revisados) entradas revisadas)."
      exit 0
    fi
    echo "Cadena rota en $(campo "$cuerpo" tabla), entrada $(campo "$cuerpo" id) (folio $(campo "$cuerpo" folio)): $(campo "$cuerpo" motivo)"
    exit 2
    ;;
  ocr)
    llamar GET ocr
    echo "$cuerpo" | tr -d '{}"' | tr ',' '\n' | sed 's/:/: /'
    ;;
esac
