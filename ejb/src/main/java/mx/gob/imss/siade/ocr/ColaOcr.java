package mx.gob.imss.siade.ocr;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.seguridad.Actor;

/**
 * The OCR queue in the database. {@link #encolar} joins the caller's transaction (the job exists iff
 * the document does); every other step is its own short transaction, so a worker's progress survives
 * a crash page by page. A job is taken by a conditional UPDATE (one winner across nodes) under a lease
 * that the worker renews at every page; a lease run out means its node died, and the job is taken
 * again, resuming after the pages already done. Only the application's own workers call it.
 */
@Stateless
@PermitAll
public class ColaOcr {

    /** Longest text kept for one page (a page of dense print is ~5,000 characters). */
    static final int TEXTO_MAXIMO = 30_000;
    private static final String TOMABLE = "((ESTADO = 'PENDIENTE' AND (VENCE_EN IS NULL OR VENCE_EN <= ?))"
            + " OR (ESTADO = 'EN_PROCESO' AND VENCE_EN < ?))";

    @Resource(lookup = "jdbc/siade")
    private DataSource ds;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private BitacoraRepository bitacora;

    @Inject
    private mx.gob.imss.siade.documentos.DocumentoRepository documentos;

    @Inject
    private Event<DocumentoEncolado> encolados;

    /** A document was queued (the workers are told once its transaction commits). */
    public record DocumentoEncolado(long documentoId) {
    }

    /** Queues the OCR of a document just filed, in the caller's transaction. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void encolar(long documentoId, OffsetDateTime ahora) {
        actualizar("INSERT INTO OCR_DOCUMENTO (DOCUMENTO_ID, ESTADO, INTENTOS, CREADO_EN) VALUES (?, 'PENDIENTE', 0, ?)",
                documentoId, ahora);
        encolados.fire(new DocumentoEncolado(documentoId));
    }

    /** Whether some job may be taken now (cheap: the dispatcher asks before starting workers). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean hayTrabajo(OffsetDateTime ahora) {
        return !candidatos(ahora, 1).isEmpty();
    }

    /**
     * Takes the oldest job that is free (pending and due, or abandoned by a node whose lease ran out)
     * for {@code trabajador} until {@code vence}; empty when there is none.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<TrabajoOcr> tomar(String trabajador, OffsetDateTime ahora, OffsetDateTime vence) {
        for (long id : candidatos(ahora, 5)) {
            int tomados = actualizar("UPDATE OCR_DOCUMENTO SET ESTADO = 'EN_PROCESO', NODO = ?, VENCE_EN = ?,"
                    + " INTENTOS = INTENTOS + 1 WHERE DOCUMENTO_ID = ? AND " + TOMABLE, trabajador, vence, id, ahora, ahora);
            if (tomados == 1) {
                return Optional.of(consultar("SELECT o.DOCUMENTO_ID, d.PETICION_ID, d.TIPO_MEDIO, d.NOMBRE_ARCHIVO,"
                        + " o.INTENTOS FROM OCR_DOCUMENTO o JOIN DOCUMENTO d ON d.ID = o.DOCUMENTO_ID"
                        + " WHERE o.DOCUMENTO_ID = ?", rs -> new TrabajoOcr(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5)), id).get(0));
            }
        }
        return Optional.empty();
    }

    private List<Long> candidatos(OffsetDateTime ahora, int cuantos) {
        return consultar("SELECT DOCUMENTO_ID FROM OCR_DOCUMENTO WHERE " + TOMABLE
                + " ORDER BY CREADO_EN, DOCUMENTO_ID FETCH FIRST " + cuantos + " ROWS ONLY", rs -> rs.getLong(1), ahora, ahora);
    }

    /** Extends the lease; false when the job is no longer this worker's (taken over after a stall). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean renovar(long documentoId, String trabajador, OffsetDateTime vence) {
        return actualizar("UPDATE OCR_DOCUMENTO SET VENCE_EN = ? WHERE DOCUMENTO_ID = ? AND ESTADO = 'EN_PROCESO'"
                + " AND NODO = ?", vence, documentoId, trabajador) == 1;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fijarPaginas(long documentoId, int paginas) {
        actualizar("UPDATE OCR_DOCUMENTO SET PAGINAS = ? WHERE DOCUMENTO_ID = ?", paginas, documentoId);
    }

    /** The pages already settled (with text, native, failed for good, or waiting for a retry). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Map<Integer, OrigenPagina> paginas(long documentoId) {
        Map<Integer, OrigenPagina> paginas = new HashMap<>();
        consultar("SELECT NUMERO, ORIGEN FROM OCR_PAGINA WHERE DOCUMENTO_ID = ?",
                rs -> paginas.put(rs.getInt(1), OrigenPagina.valueOf(rs.getString(2))), documentoId);
        return paginas;
    }

    /** The content of the document (bounded by the upload size limit), read for the worker. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public byte[] contenido(long documentoId) {
        java.io.ByteArrayOutputStream contenido = new java.io.ByteArrayOutputStream();
        documentos.copiarContenido(documentoId, contenido);
        return contenido.toByteArray();
    }

    /** Keeps a page's text (and its searchable PDF) if the job is still this worker's. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean guardarPagina(long documentoId, String trabajador, int numero, OrigenPagina origen, String texto,
                                 byte[] pdf) {
        if (!propio(documentoId, trabajador)) {
            return false;
        }
        actualizar("DELETE FROM OCR_PAGINA WHERE DOCUMENTO_ID = ? AND NUMERO = ?", documentoId, numero);
        String acotado = texto == null ? null : texto.length() > TEXTO_MAXIMO ? texto.substring(0, TEXTO_MAXIMO) : texto;
        actualizar("INSERT INTO OCR_PAGINA (DOCUMENTO_ID, NUMERO, ORIGEN, TEXTO, PDF, INTENTOS) VALUES (?, ?, ?, ?, ?, 0)",
                documentoId, numero, origen.name(), new Clob(acotado), new Blob(pdf));
        return true;
    }

    /**
     * Records a page's failure: to be tried again (the job goes back to the queue, not before
     * {@code reintentoDesde}) until {@code maximoIntentos}, then failed for good. Returns which.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OrigenPagina fallarPagina(long documentoId, String trabajador, int numero, String motivo, boolean definitiva,
                                     int maximoIntentos, OffsetDateTime reintentoDesde) {
        List<Integer> previos = consultar("SELECT INTENTOS FROM OCR_PAGINA WHERE DOCUMENTO_ID = ? AND NUMERO = ?",
                rs -> rs.getInt(1), documentoId, numero);
        int intentos = (previos.isEmpty() ? 0 : previos.get(0)) + 1;
        OrigenPagina origen = definitiva || intentos >= maximoIntentos ? OrigenPagina.FALLIDA : OrigenPagina.REINTENTO;
        actualizar("DELETE FROM OCR_PAGINA WHERE DOCUMENTO_ID = ? AND NUMERO = ?", documentoId, numero);
        actualizar("INSERT INTO OCR_PAGINA (DOCUMENTO_ID, NUMERO, ORIGEN, INTENTOS, ERROR) VALUES (?, ?, ?, ?, ?)",
                documentoId, numero, origen.name(), intentos, corto(motivo));
        if (origen == OrigenPagina.REINTENTO) {
            actualizar("UPDATE OCR_DOCUMENTO SET ESTADO = 'PENDIENTE', NODO = NULL, VENCE_EN = ?, ERROR = ?"
                    + " WHERE DOCUMENTO_ID = ? AND NODO = ?", reintentoDesde, corto("Página " + (numero + 1) + ": "
                    + motivo), documentoId, trabajador);
        }
        return origen;
    }

    /** The document itself cannot be read (or was interrupted too often): failed, with its reason. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void fallar(long documentoId, String motivo, OffsetDateTime ahora) {
        actualizar("UPDATE OCR_DOCUMENTO SET ESTADO = 'FALLIDO', NODO = NULL, VENCE_EN = NULL, ERROR = ?,"
                + " TERMINADO_EN = ? WHERE DOCUMENTO_ID = ?", corto(motivo), ahora, documentoId);
    }

    /** Gives a job back to the queue after an unexpected error (retried from {@code reintentoDesde}). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void liberar(long documentoId, String trabajador, String motivo, OffsetDateTime reintentoDesde) {
        actualizar("UPDATE OCR_DOCUMENTO SET ESTADO = 'PENDIENTE', NODO = NULL, VENCE_EN = ?, ERROR = ?"
                + " WHERE DOCUMENTO_ID = ? AND NODO = ?", reintentoDesde, corto(motivo), documentoId, trabajador);
    }

    /** The searchable PDF of every page, in order (null for a page without one). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<byte[]> pdfsDePaginas(long documentoId) {
        return consultar("SELECT PDF FROM OCR_PAGINA WHERE DOCUMENTO_ID = ? ORDER BY NUMERO", rs -> rs.getBytes(1),
                documentoId);
    }

    /**
     * Ends the job: the searchable PDF kept (if one was made), the pages' PDFs dropped, and the case's
     * bitácora entry written (which also asks the index to read the case again, now with this text).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean terminar(TrabajoOcr trabajo, String trabajador, byte[] buscable, OffsetDateTime ahora) {
        if (!propio(trabajo.documentoId(), trabajador)) {
            return false;
        }
        actualizar("UPDATE OCR_DOCUMENTO SET ESTADO = 'TERMINADO', NODO = NULL, VENCE_EN = NULL, ERROR = NULL,"
                        + " TERMINADO_EN = ?, PDF_BUSCABLE = ?, TAMANO_BUSCABLE = ? WHERE DOCUMENTO_ID = ?", ahora,
                new Blob(buscable), buscable == null ? null : (long) buscable.length, trabajo.documentoId());
        actualizar("UPDATE OCR_PAGINA SET PDF = NULL WHERE DOCUMENTO_ID = ?", trabajo.documentoId());
        List<Integer> cuenta = consultar("SELECT COUNT(*), SUM(CASE WHEN ORIGEN = 'FALLIDA' THEN 1 ELSE 0 END)"
                + " FROM OCR_PAGINA WHERE DOCUMENTO_ID = ?", rs -> rs.getInt(1) * 100_000 + rs.getInt(2), trabajo.documentoId());
        int paginas = cuenta.get(0) / 100_000;
        int fallidas = cuenta.get(0) % 100_000;
        Peticion peticion = em.find(Peticion.class, trabajo.peticionId());
        bitacora.registrar(new EventoBitacora(peticion, ahora, Actor.SISTEMA, TipoEventoBitacora.TEXTO_RECONOCIDO,
                fallidas == 0 ? Textos.de("bitacora.textoReconocido", trabajo.nombreArchivo(), paginas)
                        : Textos.de("bitacora.textoReconocidoParcial", trabajo.nombreArchivo(), paginas - fallidas,
                        paginas), null, null));
        return true;
    }

    /** The text of every page of every document of a case, in filing and page order. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PaginaOcr> textos(long peticionId) {
        return textos(List.of(peticionId)).getOrDefault(peticionId, List.of());
    }

    /** The text of every page of the documents of these cases, by case (one query: a page of search results). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, List<PaginaOcr>> textos(List<Long> peticiones) {
        Map<Long, List<PaginaOcr>> textos = new HashMap<>();
        if (peticiones.isEmpty()) {
            return textos;
        }
        consultar("SELECT d.PETICION_ID, p.DOCUMENTO_ID, d.NOMBRE_ARCHIVO, p.NUMERO, p.TEXTO FROM OCR_PAGINA p"
                + " JOIN DOCUMENTO d ON d.ID = p.DOCUMENTO_ID WHERE d.PETICION_ID IN ("
                + "?,".repeat(peticiones.size() - 1) + "?) AND p.TEXTO IS NOT NULL ORDER BY d.CARGADO_EN, d.ID, p.NUMERO",
                rs -> textos.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PaginaOcr(rs.getLong(2),
                        rs.getString(3), rs.getInt(4), rs.getString(5))), peticiones.toArray());
        return textos;
    }

    /** The OCR of each document of a case that has one, by document id. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, EstadoOcrDocumento> estados(long peticionId) {
        Map<Long, EstadoOcrDocumento> estados = new LinkedHashMap<>();
        consultar("SELECT o.DOCUMENTO_ID, o.ESTADO, o.PAGINAS, o.ERROR, o.TAMANO_BUSCABLE,"
                + " (SELECT COUNT(*) FROM OCR_PAGINA p WHERE p.DOCUMENTO_ID = o.DOCUMENTO_ID AND p.ORIGEN IN ('OCR', 'NATIVO')),"
                + " (SELECT COUNT(*) FROM OCR_PAGINA p WHERE p.DOCUMENTO_ID = o.DOCUMENTO_ID AND p.ORIGEN = 'FALLIDA'),"
                + " (SELECT MIN(p.ERROR) FROM OCR_PAGINA p WHERE p.DOCUMENTO_ID = o.DOCUMENTO_ID AND p.ORIGEN <> 'OCR')"
                + " FROM OCR_DOCUMENTO o JOIN DOCUMENTO d ON d.ID = o.DOCUMENTO_ID WHERE d.PETICION_ID = ?", rs -> {
                    Object paginas = rs.getObject(3);
                    String error = rs.getString(4) != null ? rs.getString(4) : rs.getString(8);
                    return estados.put(rs.getLong(1), new EstadoOcrDocumento(EstadoOcr.valueOf(rs.getString(2)),
                            paginas == null ? null : ((Number) paginas).intValue(), rs.getInt(6), rs.getInt(7), error,
                            rs.getObject(5) != null));
                }, peticionId);
        return estados;
    }

    /** Streams the searchable PDF of a document; false when it has none. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean copiarBuscable(long documentoId, OutputStream destino) {
        List<Boolean> hay = consultar("SELECT PDF_BUSCABLE FROM OCR_DOCUMENTO WHERE DOCUMENTO_ID = ?"
                + " AND PDF_BUSCABLE IS NOT NULL", rs -> {
                    try (InputStream in = rs.getBinaryStream(1)) {
                        in.transferTo(destino);
                        return true;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }, documentoId);
        return !hay.isEmpty();
    }

    /** Size of the searchable PDF, or empty when there is none. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Long> tamanoBuscable(long documentoId) {
        List<Long> t = consultar("SELECT TAMANO_BUSCABLE FROM OCR_DOCUMENTO WHERE DOCUMENTO_ID = ?"
                + " AND PDF_BUSCABLE IS NOT NULL", rs -> rs.getLong(1), documentoId);
        return t.stream().findFirst();
    }

    /** Counts of jobs by state, for the administrador and the bench. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<EstadoOcr, Long> resumen() {
        Map<EstadoOcr, Long> r = new LinkedHashMap<>();
        for (EstadoOcr e : EstadoOcr.values()) {
            r.put(e, 0L);
        }
        consultar("SELECT ESTADO, COUNT(*) FROM OCR_DOCUMENTO GROUP BY ESTADO",
                rs -> r.put(EstadoOcr.valueOf(rs.getString(1)), rs.getLong(2)));
        return r;
    }

    private boolean propio(long documentoId, String trabajador) {
        return !consultar("SELECT 1 FROM OCR_DOCUMENTO WHERE DOCUMENTO_ID = ? AND ESTADO = 'EN_PROCESO' AND NODO = ?"
                + " FOR UPDATE", rs -> 1, documentoId, trabajador).isEmpty();
    }

    private static String corto(String texto) {
        return texto == null ? null : texto.length() > 500 ? texto.substring(0, 500) : texto;
    }

    /** A CLOB parameter (streamed: Oracle takes long text only as a stream). */
    private record Clob(String texto) {
    }

    /** A BLOB parameter. */
    private record Blob(byte[] bytes) {
    }

    private interface Fila<T> {
        T leer(ResultSet rs) throws SQLException;
    }

    private <T> List<T> consultar(String sql, Fila<T> fila, Object... parametros) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            poner(s, parametros);
            try (ResultSet rs = s.executeQuery()) {
                List<T> filas = new ArrayList<>();
                while (rs.next()) {
                    filas.add(fila.leer(rs));
                }
                return filas;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Falló la cola de OCR: " + e.getMessage(), e);
        }
    }

    private int actualizar(String sql, Object... parametros) {
        try (Connection c = ds.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            poner(s, parametros);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Falló la cola de OCR: " + e.getMessage(), e);
        }
    }

    private static void poner(PreparedStatement s, Object... parametros) throws SQLException {
        for (int i = 0; i < parametros.length; i++) {
            Object p = parametros[i];
            if (p instanceof Clob clob) {
                if (clob.texto() == null) {
                    s.setNull(i + 1, Types.CLOB);
                } else {
                    s.setCharacterStream(i + 1, new StringReader(clob.texto()), clob.texto().length());
                }
            } else if (p instanceof Blob blob) {
                if (blob.bytes() == null) {
                    s.setNull(i + 1, Types.BLOB);
                } else {
                    s.setBinaryStream(i + 1, new ByteArrayInputStream(blob.bytes()), blob.bytes().length);
                }
            } else if (p == null) {
                s.setNull(i + 1, Types.NUMERIC);
            } else {
                s.setObject(i + 1, p);
            }
        }
    }
}
