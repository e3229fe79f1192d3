package mx.gob.imss.siade.auditoria;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.infra.Tiempo;
import mx.gob.imss.siade.seguridad.Roles;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The administrador's view of the audit log: filtered, paged in the database, exported to CSV or XLSX. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditoriaService {

    private static final int PAGINA = 500;
    private static final DateTimeFormatter FECHA_HORA = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    static final List<String> COLUMNAS = List.of("Fecha y hora", "Usuario", "Roles", "Acción", "Folio", "Documento",
            "Detalle");

    /** What the screen filters by; every field optional. */
    public record Filtro(LocalDate desde, LocalDate hasta, String usuario, AccionAuditada accion, String folio)
            implements Serializable {
    }

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    public long contar(Filtro f) {
        return parametros(em.createQuery("SELECT COUNT(r) FROM RegistroAuditoria r WHERE " + condicion(f), Long.class), f)
                .getSingleResult();
    }

    public List<RegistroAuditoria> pagina(Filtro f, int primero, int cuantos) {
        return parametros(em.createQuery("SELECT r FROM RegistroAuditoria r WHERE " + condicion(f) + " ORDER BY r.id DESC",
                RegistroAuditoria.class), f).setFirstResult(Math.max(0, primero))
                .setMaxResults(Math.max(1, Math.min(cuantos, PAGINA))).getResultList();
    }

    public void exportarCsv(Filtro f, OutputStream destino) {
        try {
            Writer w = new OutputStreamWriter(destino, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            w.write(String.join(",", COLUMNAS.stream().map(mx.gob.imss.siade.infra.Csv::campo).toList()));
            w.write("\r\n");
            for (int primero = 0; ; primero += PAGINA) {
                List<RegistroAuditoria> pagina = pagina(f, primero, PAGINA);
                for (RegistroAuditoria r : pagina) {
                    w.write(String.join(",", valores(r).stream().map(mx.gob.imss.siade.infra.Csv::campo).toList()));
                    w.write("\r\n");
                }
                em.clear();
                if (pagina.size() < PAGINA) {
                    break;
                }
            }
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void exportarXlsx(Filtro f, OutputStream destino) {
        try (SXSSFWorkbook libro = new org.apache.poi.poifs.crypt.temp.SXSSFWorkbookWithCustomZipEntrySource()) {
            Sheet hoja = libro.createSheet("Auditoría");
            Row encabezado = hoja.createRow(0);
            for (int i = 0; i < COLUMNAS.size(); i++) {
                encabezado.createCell(i).setCellValue(COLUMNAS.get(i));
            }
            int fila = 1;
            for (int primero = 0; ; primero += PAGINA) {
                List<RegistroAuditoria> pagina = pagina(f, primero, PAGINA);
                for (RegistroAuditoria r : pagina) {
                    Row row = hoja.createRow(fila++);
                    List<String> v = valores(r);
                    for (int i = 0; i < v.size(); i++) {
                        row.createCell(i).setCellValue(v.get(i));
                    }
                }
                em.clear();
                if (pagina.size() < PAGINA) {
                    break;
                }
            }
            libro.write(destino);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> valores(RegistroAuditoria r) {
        return List.of(r.getFecha().atZoneSameInstant(Tiempo.ZONA_MEXICO).format(FECHA_HORA), r.getUsuario(), r.getRoles(),
                Textos.etiqueta(r.getAccion()), r.getFolio() == null ? "" : r.getFolio(),
                r.getDocumentoId() == null ? "" : String.valueOf(r.getDocumentoId()),
                r.getDetalle() == null ? "" : r.getDetalle());
    }

    private static String condicion(Filtro f) {
        StringBuilder c = new StringBuilder("1 = 1");
        if (f.desde() != null) {
            c.append(" AND r.fecha >= :desde");
        }
        if (f.hasta() != null) {
            c.append(" AND r.fecha < :hasta");
        }
        if (f.usuario() != null && !f.usuario().isBlank()) {
            c.append(" AND r.usuario = :usuario");
        }
        if (f.accion() != null) {
            c.append(" AND r.accion = :accion");
        }
        if (f.folio() != null && !f.folio().isBlank()) {
            c.append(" AND r.folio = :folio");
        }
        return c.toString();
    }

    private static <T> TypedQuery<T> parametros(TypedQuery<T> q, Filtro f) {
        if (f.desde() != null) {
            q.setParameter("desde", f.desde().atStartOfDay(Tiempo.ZONA_MEXICO).toOffsetDateTime());
        }
        if (f.hasta() != null) {
            q.setParameter("hasta", f.hasta().plusDays(1).atStartOfDay(Tiempo.ZONA_MEXICO).toOffsetDateTime());
        }
        if (f.usuario() != null && !f.usuario().isBlank()) {
            q.setParameter("usuario", f.usuario().trim());
        }
        if (f.accion() != null) {
            q.setParameter("accion", f.accion());
        }
        if (f.folio() != null && !f.folio().isBlank()) {
            q.setParameter("folio", f.folio().trim());
        }
        return q;
    }
}
