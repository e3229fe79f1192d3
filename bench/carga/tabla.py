"""Markdown table of one Gatling run (its js/stats.json): per request p50/p95/p99, count, errors, per second."""
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    datos = json.load(f)
segundos = float(sys.argv[2])


def fila(nombre, s):
    total = s["numberOfRequests"]["total"]
    ko = s["numberOfRequests"]["ko"]
    return "| %s | %d | %d | %d | %d | %d | %.1f |" % (
        nombre, total, ko, s["percentiles1"]["total"], s["percentiles3"]["total"], s["percentiles4"]["total"],
        s["meanNumberOfRequestsPerSecond"]["total"])


print("| petición | total | errores | p50 ms | p95 ms | p99 ms | por segundo |")
print("|---|---:|---:|---:|---:|---:|---:|")
for req in sorted(datos["contents"].values(), key=lambda r: r["name"]):
    print(fila(req["name"], req["stats"]))
print(fila("**todas**", datos["stats"]))
