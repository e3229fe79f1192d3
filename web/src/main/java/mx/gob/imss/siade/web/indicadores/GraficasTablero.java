package mx.gob.imss.siade.web.indicadores;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import mx.gob.imss.siade.indicadores.Histograma;
import mx.gob.imss.siade.indicadores.Tablero;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.plazos.Semaforo;

/**
 * The dashboard's charts as Chart.js configurations for {@code p:chart}: the semáforo as a doughnut, the
 * received cases per channel over time as stacked bars, the rest as bars. Colours are fixed per meaning.
 */
final class GraficasTablero {

    static final Map<Semaforo, String> COLOR_SEMAFORO = Map.of(Semaforo.SIN_PLAZO, "#9e9e9e", Semaforo.VERDE, "#2e7d32",
            Semaforo.AMARILLO, "#f9a825", Semaforo.ROJO, "#c62828");
    private static final String[] PALETA = {"#1565c0", "#6a1b9a", "#00838f", "#ef6c00", "#5d4037", "#ad1457", "#2e7d32",
        "#455a64"};

    private GraficasTablero() {
    }

    static String semaforo(Tablero t) {
        JsonArrayBuilder etiquetas = Json.createArrayBuilder();
        JsonArrayBuilder datos = Json.createArrayBuilder();
        JsonArrayBuilder colores = Json.createArrayBuilder();
        for (Semaforo s : Semaforo.values()) {
            etiquetas.add(Textos.etiqueta(s));
            datos.add(t.abiertasPorSemaforo().getOrDefault(s, 0L));
            colores.add(COLOR_SEMAFORO.get(s));
        }
        return grafica("doughnut", etiquetas, Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("data", datos).add("backgroundColor", colores)), false);
    }

    /** One dataset per channel with cases in the period, in {@code medios} order. */
    static String recepcion(Tablero t, List<String> medios) {
        JsonArrayBuilder etiquetas = Json.createArrayBuilder();
        t.tramos().forEach(tr -> etiquetas.add(tr.etiqueta()));
        JsonArrayBuilder series = Json.createArrayBuilder();
        for (int i = 0; i < medios.size(); i++) {
            String medio = medios.get(i);
            JsonArrayBuilder datos = Json.createArrayBuilder();
            t.tramos().forEach(tr -> datos.add(tr.porMedio().getOrDefault(medio, 0L)));
            series.add(Json.createObjectBuilder().add("label", Textos.de("MedioCaptacion." + medio)).add("data", datos)
                    .add("backgroundColor", PALETA[i % PALETA.length]));
        }
        return grafica("bar", etiquetas, series, true);
    }

    static String cuentas(List<Tablero.Cuenta> cuentas, String titulo) {
        return barras(cuentas.stream().map(Tablero.Cuenta::etiqueta).toList(), titulo,
                cuentas.stream().mapToLong(Tablero.Cuenta::cantidad).toArray());
    }

    /** Median and 90th percentile of business days per group. */
    static String tiempos(Map<String, Histograma> grupos, List<String> etiquetas, String mediana, String p90) {
        JsonArrayBuilder nombres = Json.createArrayBuilder();
        etiquetas.forEach(nombres::add);
        return grafica("bar", nombres, Json.createArrayBuilder()
                .add(serie(mediana, grupos.values().stream().toList(), h -> h.mediana() == null ? 0 : h.mediana(), PALETA[0]))
                .add(serie(p90, grupos.values().stream().toList(), h -> h.p90() == null ? 0 : h.p90(), PALETA[3])), false);
    }

    static String carga(List<Tablero.CargaConsultor> carga, String abiertas, String vencidas) {
        JsonArrayBuilder nombres = Json.createArrayBuilder();
        carga.forEach(c -> nombres.add(c.nombre()));
        return grafica("bar", nombres, Json.createArrayBuilder()
                .add(serie(abiertas, carga, Tablero.CargaConsultor::abiertas, PALETA[0]))
                .add(serie(vencidas, carga, Tablero.CargaConsultor::vencidas, COLOR_SEMAFORO.get(Semaforo.ROJO))), false);
    }

    static String barras(List<String> etiquetas, String titulo, long... valores) {
        JsonArrayBuilder nombres = Json.createArrayBuilder();
        etiquetas.forEach(nombres::add);
        JsonArrayBuilder datos = Json.createArrayBuilder();
        for (long v : valores) {
            datos.add(v);
        }
        return grafica("bar", nombres, Json.createArrayBuilder().add(Json.createObjectBuilder().add("label", titulo)
                .add("data", datos).add("backgroundColor", PALETA[0])), false);
    }

    private static <T> JsonObjectBuilder serie(String titulo, List<T> filas, ToLongFunction<T> valor, String color) {
        JsonArrayBuilder datos = Json.createArrayBuilder();
        filas.forEach(f -> datos.add(valor.applyAsLong(f)));
        return Json.createObjectBuilder().add("label", titulo).add("data", datos).add("backgroundColor", color);
    }

    private static String grafica(String tipo, JsonArrayBuilder etiquetas, JsonArrayBuilder series, boolean apiladas) {
        JsonObjectBuilder opciones = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false);
        if (apiladas) {
            opciones.add("scales", Json.createObjectBuilder()
                    .add("x", Json.createObjectBuilder().add("stacked", true))
                    .add("y", Json.createObjectBuilder().add("stacked", true)));
        }
        return Json.createObjectBuilder().add("type", tipo)
                .add("data", Json.createObjectBuilder().add("labels", etiquetas).add("datasets", series))
                .add("options", opciones).build().toString();
    }
}
