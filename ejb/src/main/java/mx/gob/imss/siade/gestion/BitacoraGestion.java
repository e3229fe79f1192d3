package mx.gob.imss.siade.gestion;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.personas.DatosPersonales;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.seguridad.AccesoDenegadoException;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.CifradoDatosPersonales;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.Roles;
import mx.gob.imss.siade.seguridad.UsuarioRepository;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Gestión's two bitácoras (act. 24), by reception date, on screen and exported to CSV, XLSX and PDF:
 * the Bitácora de casos recibidos por instancias (Anexo 18: cases another instancia sent by phone or
 * email, captured in the Formato de petición) and the Bitácora electrónica de casos remitidos por
 * Atención Telefónica (Anexo 19: the Gestión área's cases received by telephone from the phone area, by
 * hand or through the intake API). Read by Gestión's staff and by the roles that read every área; the
 * exports mask personal data exactly as the screen does for the caller's role. CSV and XLSX are written
 * row by row (SXSSF keeps 100 rows in memory and the rest in encrypted temporary files; the query reads
 * pages of 500), whatever the range; the PDF, meant for printing, takes at most {@value #RENGLONES_PDF}
 * rows.
 */
@Stateless
@RolesAllowed({Roles.CONSULTOR, Roles.SUPERVISOR, Roles.JEFE_AREA, Roles.TITULAR_DAC, Roles.TITULAR_CAO, Roles.JURIDICO,
        Roles.ADMIN})
public class BitacoraGestion {

    static final String AREA = mx.gob.imss.siade.catalogos.AreaDac.GESTION;
    private static final int PAGINA = 500;
    public static final int RENGLONES_PDF = 2000;
    private static final DateTimeFormatter FECHA_HORA = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** One row of the Anexo 19. */
    public record Renglon(String folio, String recepcion, String nombre, String nss, String telefono, String asunto,
                          String estado, String ubicacion, String consultor, String origen) implements Serializable {
    }

    static List<String> columnas(LibroGestion libro) {
        return List.of("Folio", "Fecha y hora de recepción", "Persona usuaria", "NSS", "Teléfono", "Asunto", "Estado",
                "OOAD / UMAE", "Consultor", libro == LibroGestion.CASOS_DE_INSTANCIAS ? "Instancia que remite" : "Origen");
    }

    @Inject
    private mx.gob.imss.siade.infra.Plantillas plantillas;

    @Inject
    private mx.gob.imss.siade.documentos.GeneradorPdf pdf;

    @Resource
    private SessionContext contexto;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private UsuarioRepository usuarios;

    @Inject
    private CifradoDatosPersonales cifrado;

    public long contar(LibroGestion libro, LocalDate desde, LocalDate hasta) {
        exigirLectura();
        return parametros(em.createQuery("SELECT COUNT(p) FROM Peticion p WHERE " + condicion(libro), Long.class),
                libro, desde, hasta).getSingleResult();
    }

    public List<Renglon> pagina(LibroGestion libro, LocalDate desde, LocalDate hasta, int primero, int cuantos) {
        boolean completos = exigirLectura();
        return renglones(libro, consulta(libro, desde, hasta, primero, cuantos), completos);
    }

    /** The range as a printable PDF (letter, landscape), masked as the screen; at most {@value #RENGLONES_PDF} rows. */
    public byte[] exportarPdf(LibroGestion libro, LocalDate desde, LocalDate hasta) {
        boolean completos = exigirLectura();
        long total = contar(libro, desde, hasta);
        if (total > RENGLONES_PDF) {
            throw new GestionRechazadaException("error.bitacora.pdfGrande", total, RENGLONES_PDF);
        }
        List<List<String>> filas = new java.util.ArrayList<>();
        recorrer(libro, desde, hasta, completos, r -> filas.add(valores(r)));
        java.util.Map<String, Object> campos = new java.util.HashMap<>();
        campos.put("titulo", Textos.de("bitacora." + libro.name()));
        campos.put("anexo", libro.anexo());
        campos.put("desde", Textos.fecha(desde));
        campos.put("hasta", Textos.fecha(hasta));
        campos.put("columnas", columnas(libro));
        campos.put("filas", filas);
        campos.put("total", filas.size());
        return pdf.desdeXhtml(plantillas.procesar("gestion/bitacora.ftlh", campos));
    }

    /** The whole range as CSV (UTF-8 with BOM, so spreadsheets read the accents), row by row. */
    public void exportarCsv(LibroGestion libro, LocalDate desde, LocalDate hasta, OutputStream destino) {
        boolean completos = exigirLectura();
        try {
            Writer w = new OutputStreamWriter(destino, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            w.write(String.join(",", columnas(libro).stream().map(mx.gob.imss.siade.infra.Csv::campo).toList()));
            w.write("\r\n");
            recorrer(libro, desde, hasta, completos, r -> {
                try {
                    w.write(String.join(",", valores(r).stream().map(mx.gob.imss.siade.infra.Csv::campo).toList()));
                    w.write("\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole range as XLSX, streamed. */
    public void exportarXlsx(LibroGestion cual, LocalDate desde, LocalDate hasta, OutputStream destino) {
        boolean completos = exigirLectura();
        // Rows past the window go to temporary files: encrypted with a throwaway AES key (POI's
        // SXSSFWorkbookWithCustomZipEntrySource), so no personal data rests on disk in clear.
        try (SXSSFWorkbook libro = new org.apache.poi.poifs.crypt.temp.SXSSFWorkbookWithCustomZipEntrySource()) {
            Sheet hoja = libro.createSheet(cual.anexo());
            CellStyle negritas = libro.createCellStyle();
            Font fuente = libro.createFont();
            fuente.setBold(true);
            negritas.setFont(fuente);
            Row titulo = hoja.createRow(0);
            titulo.createCell(0).setCellValue(Textos.de("bitacora." + cual.name()) + " (" + cual.anexo() + "), "
                    + Textos.fecha(desde) + " a " + Textos.fecha(hasta));
            List<String> columnas = columnas(cual);
            Row encabezado = hoja.createRow(2);
            for (int i = 0; i < columnas.size(); i++) {
                Cell c = encabezado.createCell(i);
                c.setCellValue(columnas.get(i));
                c.setCellStyle(negritas);
            }
            int[] fila = {3};
            recorrer(cual, desde, hasta, completos, r -> {
                Row row = hoja.createRow(fila[0]++);
                List<String> v = valores(r);
                for (int i = 0; i < v.size(); i++) {
                    row.createCell(i).setCellValue(v.get(i) == null ? "" : v.get(i));
                }
            });
            libro.write(destino);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void recorrer(LibroGestion libro, LocalDate desde, LocalDate hasta, boolean completos,
                          Consumer<Renglon> cada) {
        for (int primero = 0; ; primero += PAGINA) {
            List<Peticion> pagina = consulta(libro, desde, hasta, primero, PAGINA);
            renglones(libro, pagina, completos).forEach(cada);
            em.clear(); // what was written is not kept in memory
            if (pagina.size() < PAGINA) {
                return;
            }
        }
    }

    private List<Peticion> consulta(LibroGestion libro, LocalDate desde, LocalDate hasta, int primero, int cuantos) {
        return parametros(em.createQuery("SELECT p FROM Peticion p WHERE " + condicion(libro)
                        + " ORDER BY p.fechaRecepcion, p.id", Peticion.class), libro, desde, hasta)
                .setFirstResult(primero).setMaxResults(cuantos).getResultList();
    }

    /** Anexo 18: sent by an instancia; Anexo 19: received by telephone and not from an instancia. */
    private static String condicion(LibroGestion libro) {
        String comun = "p.areaDac.clave = :area AND p.fechaRecepcion >= :desde AND p.fechaRecepcion < :hasta AND ";
        return comun + (libro == LibroGestion.CASOS_DE_INSTANCIAS ? "p.instanciaOrigen IS NOT NULL"
                : "p.medioCaptacion = :medio AND p.instanciaOrigen IS NULL");
    }

    private static <T> jakarta.persistence.TypedQuery<T> parametros(jakarta.persistence.TypedQuery<T> q, LibroGestion libro,
                                                                     LocalDate desde, LocalDate hasta) {
        q.setParameter("area", AREA).setParameter("desde", inicio(desde)).setParameter("hasta", inicio(hasta.plusDays(1)));
        if (libro == LibroGestion.ATENCION_TELEFONICA) {
            q.setParameter("medio", MedioCaptacion.TELEFONO);
        }
        return q;
    }

    /** The rows of one page; which came through the API is read once for the page. */
    private List<Renglon> renglones(LibroGestion libro, List<Peticion> pagina, boolean completos) {
        if (pagina.isEmpty()) {
            return List.of();
        }
        if (libro == LibroGestion.CASOS_DE_INSTANCIAS) {
            return pagina.stream().map(p -> renglon(p, completos, p.getInstanciaOrigen() + " ("
                    + Textos.etiqueta(p.getMedioCaptacion()) + ")")).toList();
        }
        java.util.Set<Long> porApi = new java.util.HashSet<>(em.createQuery(
                "SELECT i.peticion.id FROM IngresoApi i WHERE i.peticion IN :pagina", Long.class)
                .setParameter("pagina", pagina).getResultList());
        return pagina.stream().map(p -> renglon(p, completos, Textos.de(porApi.contains(p.getId())
                ? "anexo19.origenApi" : "anexo19.origenCaptura"))).toList();
    }

    private Renglon renglon(Peticion p, boolean completos, String origen) {
        DatosPersonales d = p.getPersonaUsuaria().datosPersonales(cifrado);
        String nss = d.nss() == null ? "" : completos ? d.nss().valor() : d.nss().enmascarado();
        String telefono = d.telefono() == null ? "" : completos ? d.telefono() : "••••••";
        return new Renglon(p.getFolio(), p.getFechaRecepcion().atZoneSameInstant(Tiempo.ZONA_MEXICO).format(FECHA_HORA),
                p.getPersonaUsuaria().getNombre(), nss, telefono, p.getAsunto(), Textos.etiqueta(p.getEstado()),
                p.getOoad() != null ? p.getOoad().getNombre() : p.getUmae() != null ? p.getUmae().getNombre() : "",
                p.getConsultor() == null ? "" : p.getConsultor().getNombreCompleto(),
                origen);
    }

    private static List<String> valores(Renglon r) {
        return List.of(r.folio(), r.recepcion(), r.nombre(), r.nss(), r.telefono(), r.asunto(), r.estado(), r.ubicacion(),
                r.consultor(), r.origen());
    }

    /** Gestión's staff and those who read every área; whether they see personal data in full. */
    private boolean exigirLectura() {
        Actor actor = Actor.de(contexto);
        if (!PoliticaAcceso.leeTodasLasAreas(actor.roles())) {
            mx.gob.imss.siade.catalogos.AreaDac area = usuarios.de(actor).getAreaDac();
            boolean deGestion = area != null && area.esGestion();
            if (!deGestion) {
                throw new AccesoDenegadoException(Textos.de("bitacora.gestion"));
            }
        }
        return PoliticaAcceso.veDatosPersonales(actor.roles());
    }

    private static OffsetDateTime inicio(LocalDate dia) {
        return dia.atStartOfDay(Tiempo.ZONA_MEXICO).toOffsetDateTime();
    }
}
