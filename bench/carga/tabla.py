"""Markdown table of one Gatling run from its HTML report's js/stats.js: per request p50/p95/p99, count,
errors and requests per second (Gatling's percentiles1..4 are p50, p75, p95, p99)."""
import json
import sys


def objetos(texto):
    """Every `stats: {...}` object of stats.js (JSON inside a JavaScript literal), in order."""
    desde = 0
    while True:
        i = texto.find("stats: {", desde)
        if i < 0:
            return
        inicio = texto.index("{", i)
        nivel = 0
        dentro = False
        for j in range(inicio, len(texto)):
            c = texto[j]
            if c == '"' and texto[j - 1] != "\\":
                dentro = not dentro
            elif not dentro and c == "{":
                nivel += 1
            elif not dentro and c == "}":
                nivel -= 1
                if nivel == 0:
                    yield json.loads(texto[inicio:j + 1])
                    desde = j + 1
                    break


def numero(valor):
    try:
        return float(valor)
    except ValueError:
        return 0.0


def fila(nombre, s):
    return "| %s | %d | %d | %d | %d | %d | %.1f |" % (
        nombre, numero(s["numberOfRequests"]["total"]), numero(s["numberOfRequests"]["ko"]),
        numero(s["percentiles1"]["total"]), numero(s["percentiles3"]["total"]), numero(s["percentiles4"]["total"]),
        numero(s["meanNumberOfRequestsPerSecond"]["total"]))


with open(sys.argv[1], encoding="utf-8") as f:
    todos = list(objetos(f.read()))
print("| petición | total | errores | p50 ms | p95 ms | p99 ms | por segundo |")
print("|---|---:|---:|---:|---:|---:|---:|")
for s in sorted(todos[1:], key=lambda s: s["name"]):
    print(fila(s["name"], s))
print(fila("**todas**", todos[0]))
