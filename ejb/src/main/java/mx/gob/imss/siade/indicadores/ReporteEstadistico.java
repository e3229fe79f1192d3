package mx.gob.imss.siade.indicadores;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import mx.gob.imss.siade.documentos.GeneradorPdf;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.plazos.Semaforo;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;

/**
 * The monthly statistical report for superiors (5.48): the dashboard's figures as a PDF with the same
 * charts (drawn by JFreeChart, embedded as images) and tables, and as an XLSX workbook with one sheet per
 * table. Only figures: no personal data, no case contents.
 */
@ApplicationScoped
public class ReporteEstadistico {

    static final Map<Semaforo, Color> COLORES = Map.of(Semaforo.SIN_PLAZO, new Color(0x9e9e9e),
            Semaforo.VERDE, new Color(0x2e7d32), Semaforo.AMARILLO, new Color(0xf9a825), Semaforo.ROJO, new Color(0xc62828));

    @Inject
    private GeneradorPdf generador;

    public byte[] pdf(Tablero t) {
        StringBuilder h = new StringBuilder(16_000);
        h.append("<html><head><style>body{font-family:sans-serif;font-size:9pt}h1{font-size:14pt}h2{font-size:11pt;"
                + "margin-top:14pt}table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:2pt 4pt}"
                + "th{background:#eee}td.n{text-align:right}img{width:100%}</style></head><body>");
        h.append("<h1>").append(esc(Textos.de("reporte.titulo", t.area()))).append("</h1><p>")
                .append(esc(Textos.de("reporte.periodo", Textos.fecha(t.desde()), Textos.fecha(t.hasta()))))
                .append("</p>");
        h.append("<h2>").append(esc(Textos.de("reporte.recibidas", t.recibidas()))).append("</h2>");
        h.append(imagen(graficaRecepcion(t)));
        tabla(h, List.of(Textos.de("reporte.medio"), Textos.de("reporte.casos")), t.recibidasPorMedio().entrySet().stream()
                .filter(e -> e.getValue() > 0).map(e -> List.of(Textos.de("MedioCaptacion." + e.getKey()),
                        String.valueOf(e.getValue()))).toList());
        h.append("<h2>").append(esc(Textos.de("reporte.porTipo"))).append("</h2>");
        tabla(h, List.of(Textos.de("reporte.tipo"), Textos.de("reporte.casos")), cuentas(t.recibidasPorTipo()));
        h.append("<h2>").append(esc(Textos.de("reporte.porUbicacion"))).append("</h2>");
        tabla(h, List.of(Textos.de("reporte.ubicacion"), Textos.de("reporte.casos")), cuentas(t.recibidasPorUbicacion()));
        h.append("<h2>").append(esc(Textos.de("reporte.porInstancia"))).append("</h2>");
        tabla(h, List.of(Textos.de("reporte.instancia"), Textos.de("reporte.casos")), cuentas(t.recibidasPorInstancia()));
        h.append("<h2>").append(esc(Textos.de("reporte.semaforo", t.abiertas()))).append("</h2>");
        h.append(imagen(graficaSemaforo(t)));
        tabla(h, List.of(Textos.de("reporte.semaforoColor"), Textos.de("reporte.casos")), t.abiertasPorSemaforo().entrySet()
                .stream().map(e -> List.of(Textos.etiqueta(e.getKey()), String.valueOf(e.getValue()))).toList());
        h.append("<h2>").append(esc(Textos.de("reporte.concluidas", t.concluidas().total(),
                porcentaje(t.concluidas().porcentajeEnPlazo())))).append("</h2>");
        h.append(imagen(graficaTiempos(t)));
        h.append("<p>").append(esc(Textos.de("reporte.tiemposNota"))).append("</p>");
        tabla(h, encabezadoTiempos(Textos.de("reporte.tipo")), tiempos(t.concluidasPorTipo(), "TipoPeticion."));
        tabla(h, encabezadoTiempos(Textos.de("reporte.tipoInstancia")), tiempos(t.concluidasPorTipoInstancia(),
                "TipoInstancia."));
        h.append("<h2>").append(esc(Textos.de("reporte.rechazadas", t.respuestasRechazadas()))).append("</h2>");
        h.append("<h2>").append(esc(Textos.de("reporte.carga"))).append("</h2>");
        tabla(h, List.of(Textos.de("reporte.consultor"), Textos.de("reporte.abiertas"), Textos.de("reporte.vencidas")),
                t.carga().stream().map(c -> List.of(c.nombre(), String.valueOf(c.abiertas()), String.valueOf(c.vencidas())))
                        .toList());
        h.append("<h2>").append(esc(Textos.de("reporte.encuesta", t.encuestas(), t.calificacionPromedio() == null ? "—"
                : String.format(Textos.ES_MX, "%.1f", t.calificacionPromedio())))).append("</h2>");
        tabla(h, List.of(Textos.de("reporte.calificacion"), Textos.de("reporte.casos")), t.encuesta().entrySet().stream()
                .map(e -> List.of(String.valueOf(e.getKey()), String.valueOf(e.getValue()))).toList());
        h.append("</body></html>");
        return generador.desdeXhtml(h.toString());
    }

    public byte[] xlsx(Tablero t) {
        try (XSSFWorkbook libro = new XSSFWorkbook(); ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
            CellStyle negrita = libro.createCellStyle();
            Font fuente = libro.createFont();
            fuente.setBold(true);
            negrita.setFont(fuente);
            Sheet resumen = libro.createSheet(Textos.de("reporte.hojaResumen"));
            filas(resumen, negrita, List.of(Textos.de("reporte.dato"), Textos.de("reporte.valor")), List.of(
                    List.of(Textos.de("reporte.area"), t.area()),
                    List.of(Textos.de("reporte.desde"), Textos.fecha(t.desde())),
                    List.of(Textos.de("reporte.hasta"), Textos.fecha(t.hasta())),
                    List.of(Textos.de("reporte.totalRecibidas"), t.recibidas()),
                    List.of(Textos.de("reporte.totalConcluidas"), t.concluidas().total()),
                    List.of(Textos.de("reporte.enPlazo"), t.concluidas().porcentajeEnPlazo() == null ? "—"
                            : t.concluidas().porcentajeEnPlazo()),
                    List.of(Textos.de("reporte.mediana"), valor(t.concluidas().mediana())),
                    List.of(Textos.de("reporte.p90"), valor(t.concluidas().p90())),
                    List.of(Textos.de("reporte.totalRechazadas"), t.respuestasRechazadas()),
                    List.of(Textos.de("reporte.totalAbiertas"), t.abiertas())));
            Sheet recepcion = libro.createSheet(Textos.de("reporte.hojaRecepcion"));
            List<String> medios = t.recibidasPorMedio().keySet().stream().toList();
            List<String> encabezado = new java.util.ArrayList<>();
            encabezado.add(Textos.de("reporte.tramo"));
            medios.forEach(m -> encabezado.add(Textos.de("MedioCaptacion." + m)));
            encabezado.add(Textos.de("reporte.total"));
            filas(recepcion, negrita, encabezado, t.tramos().stream().map(tr -> {
                List<Object> fila = new java.util.ArrayList<>();
                fila.add(tr.etiqueta());
                medios.forEach(m -> fila.add(tr.porMedio().getOrDefault(m, 0L)));
                fila.add(tr.total());
                return fila;
            }).toList());
            filas(libro.createSheet(Textos.de("reporte.hojaTipo")), negrita,
                    List.of(Textos.de("reporte.tipo"), Textos.de("reporte.casos")), numericas(cuentas(t.recibidasPorTipo())));
            filas(libro.createSheet(Textos.de("reporte.hojaUbicacion")), negrita,
                    List.of(Textos.de("reporte.ubicacion"), Textos.de("reporte.casos")),
                    numericas(cuentas(t.recibidasPorUbicacion())));
            filas(libro.createSheet(Textos.de("reporte.hojaInstancia")), negrita,
                    List.of(Textos.de("reporte.instancia"), Textos.de("reporte.casos")),
                    numericas(cuentas(t.recibidasPorInstancia())));
            filas(libro.createSheet(Textos.de("reporte.hojaSemaforo")), negrita,
                    List.of(Textos.de("reporte.semaforoColor"), Textos.de("reporte.casos")),
                    t.abiertasPorSemaforo().entrySet().stream().map(e -> List.<Object>of(Textos.etiqueta(e.getKey()),
                            e.getValue())).toList());
            filas(libro.createSheet(Textos.de("reporte.hojaTiempos")), negrita, encabezadoTiempos(Textos.de("reporte.grupo")),
                    numericas(java.util.stream.Stream.concat(tiempos(t.concluidasPorTipo(), "TipoPeticion.").stream(),
                            tiempos(t.concluidasPorTipoInstancia(), "TipoInstancia.").stream()).toList()));
            filas(libro.createSheet(Textos.de("reporte.hojaCarga")), negrita, List.of(Textos.de("reporte.consultor"),
                    Textos.de("reporte.abiertas"), Textos.de("reporte.vencidas")), t.carga().stream()
                    .map(c -> List.<Object>of(c.nombre(), c.abiertas(), c.vencidas())).toList());
            filas(libro.createSheet(Textos.de("reporte.hojaEncuesta")), negrita, List.of(Textos.de("reporte.calificacion"),
                    Textos.de("reporte.casos")), t.encuesta().entrySet().stream()
                    .map(e -> List.<Object>of(e.getKey(), e.getValue())).toList());
            libro.write(salida);
            return salida.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo generar el XLSX del reporte", e);
        }
    }

    JFreeChart graficaSemaforo(Tablero t) {
        DefaultPieDataset<String> datos = new DefaultPieDataset<>();
        t.abiertasPorSemaforo().forEach((s, n) -> datos.setValue(Textos.etiqueta(s), n));
        JFreeChart grafica = ChartFactory.createPieChart(null, datos, true, false, false);
        @SuppressWarnings("unchecked")
        PiePlot<String> plot = (PiePlot<String>) grafica.getPlot();
        t.abiertasPorSemaforo().keySet().forEach(s -> plot.setSectionPaint(Textos.etiqueta(s), COLORES.get(s)));
        plot.setBackgroundPaint(Color.WHITE);
        return grafica;
    }

    JFreeChart graficaRecepcion(Tablero t) {
        DefaultCategoryDataset datos = new DefaultCategoryDataset();
        for (Tablero.Tramo tramo : t.tramos()) {
            tramo.porMedio().forEach((medio, n) -> {
                if (t.recibidasPorMedio().getOrDefault(medio, 0L) > 0) {
                    datos.addValue(n, Textos.de("MedioCaptacion." + medio), tramo.etiqueta());
                }
            });
        }
        JFreeChart grafica = ChartFactory.createStackedBarChart(null, null, Textos.de("reporte.casos"), datos,
                PlotOrientation.VERTICAL, true, false, false);
        grafica.getPlot().setBackgroundPaint(Color.WHITE);
        return grafica;
    }

    JFreeChart graficaTiempos(Tablero t) {
        DefaultCategoryDataset datos = new DefaultCategoryDataset();
        t.concluidasPorTipo().forEach((tipo, h) -> {
            String etiqueta = etiqueta("TipoPeticion.", tipo);
            datos.addValue(h.mediana(), Textos.de("reporte.mediana"), etiqueta);
            datos.addValue(h.p90(), Textos.de("reporte.p90"), etiqueta);
        });
        JFreeChart grafica = ChartFactory.createBarChart(null, null, Textos.de("reporte.diasHabiles"), datos,
                PlotOrientation.VERTICAL, true, false, false);
        grafica.getPlot().setBackgroundPaint(Color.WHITE);
        return grafica;
    }

    private static String imagen(JFreeChart grafica) {
        BufferedImage imagen = grafica.createBufferedImage(900, 360);
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            ImageIO.write(imagen, "png", png);
            return "<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray()) + "\"/>";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> encabezadoTiempos(String grupo) {
        return List.of(grupo, Textos.de("reporte.casos"), Textos.de("reporte.enPlazo"), Textos.de("reporte.mediana"),
                Textos.de("reporte.p90"));
    }

    private static List<List<String>> tiempos(Map<String, Histograma> grupos, String prefijo) {
        return grupos.entrySet().stream().map(e -> List.of(etiqueta(prefijo, e.getKey()),
                String.valueOf(e.getValue().total()), porcentaje(e.getValue().porcentajeEnPlazo()),
                valor(e.getValue().mediana()), valor(e.getValue().p90()))).toList();
    }

    static String etiqueta(String prefijo, String clave) {
        if (ContribucionCaso.SIN_CLASIFICAR.equals(clave)) {
            return Textos.de("indicadores.sinClasificar");
        }
        if (ContribucionCaso.SIN_DERIVAR.equals(clave)) {
            return Textos.de("indicadores.sinDerivar");
        }
        return Textos.existe(prefijo + clave) ? Textos.de(prefijo + clave) : clave;
    }

    private static List<List<String>> cuentas(List<Tablero.Cuenta> cuentas) {
        return cuentas.stream().map(c -> List.of(c.etiqueta(), String.valueOf(c.cantidad()))).toList();
    }

    /** Table rows whose cells that are whole numbers go to the workbook as numbers. */
    private static List<List<Object>> numericas(List<List<String>> filas) {
        return filas.stream().map(f -> f.stream().map(v -> v.matches("-?\\d+") ? (Object) Long.valueOf(v) : (Object) v)
                .toList()).toList();
    }

    static String porcentaje(Double valor) {
        if (valor == null) {
            return "—";
        }
        NumberFormat formato = NumberFormat.getPercentInstance(Textos.ES_MX);
        formato.setMaximumFractionDigits(1);
        return formato.format(valor / 100.0);
    }

    private static String valor(Integer dias) {
        return dias == null ? "—" : String.valueOf(dias);
    }

    private static void tabla(StringBuilder h, List<String> encabezado, List<List<String>> filas) {
        h.append("<table><tr>");
        encabezado.forEach(e -> h.append("<th>").append(esc(e)).append("</th>"));
        h.append("</tr>");
        if (filas.isEmpty()) {
            h.append("<tr><td colspan=\"").append(encabezado.size()).append("\">").append(esc(Textos.de("reporte.sinDatos")))
                    .append("</td></tr>");
        }
        for (List<String> fila : filas) {
            h.append("<tr>");
            for (int i = 0; i < fila.size(); i++) {
                h.append(i == 0 ? "<td>" : "<td class=\"n\">").append(esc(fila.get(i))).append("</td>");
            }
            h.append("</tr>");
        }
        h.append("</table>");
    }

    private static void filas(Sheet hoja, CellStyle negrita, List<String> encabezado, List<? extends List<?>> filas) {
        Row primera = hoja.createRow(0);
        for (int i = 0; i < encabezado.size(); i++) {
            Cell c = primera.createCell(i);
            c.setCellValue(encabezado.get(i));
            c.setCellStyle(negrita);
        }
        int r = 1;
        for (List<?> fila : filas) {
            Row row = hoja.createRow(r++);
            for (int i = 0; i < fila.size(); i++) {
                Object v = fila.get(i);
                Cell c = row.createCell(i);
                if (v instanceof Number n) {
                    c.setCellValue(n.doubleValue());
                } else {
                    c.setCellValue(String.valueOf(v));
                }
            }
        }
        for (int i = 0; i < encabezado.size(); i++) {
            hoja.setColumnWidth(i, i == 0 ? 40 * 256 : 16 * 256);
        }
    }

    /** Text for XHTML: names come from catalogues an administrador writes. */
    static String esc(String texto) {
        return freemarker.template.utility.StringUtil.XHTMLEnc(texto);
    }
}
