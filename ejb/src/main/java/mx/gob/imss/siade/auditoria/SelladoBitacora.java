package mx.gob.imss.siade.auditoria;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.DependsOn;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;
import mx.gob.imss.siade.infra.MigracionEsquema;

/**
 * Bitácoras written before the hash chain existed are sealed once, after start: each petición with an
 * unsealed entry is locked and its whole bitácora chained in order (fecha, id). New entries are chained
 * as they are written (BitacoraRepository).
 */
@Singleton
@Startup
@DependsOn("MigracionEsquema")
@PermitAll
public class SelladoBitacora {

    private static final Logger LOG = Logger.getLogger(SelladoBitacora.class.getName());

    @Resource
    private SessionContext contexto;

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Resource(lookup = "jdbc/siade")
    private javax.sql.DataSource ds;

    @Inject
    private MigracionEsquema migracion;

    @PostConstruct
    void iniciar() {
        if (migracion.completa()) {
            contexto.getBusinessObject(SelladoBitacora.class).sellarPendientes();
        }
    }

    @Asynchronous
    public void sellarPendientes() {
        SelladoBitacora yo = contexto.getBusinessObject(SelladoBitacora.class);
        int sellados = 0;
        for (Object id : yo.pendientes()) {
            yo.sellar(((Number) id).longValue());
            sellados++;
        }
        if (sellados > 0) {
            int n = sellados;
            LOG.info(() -> "Bitácora encadenada en " + n + " peticiones anteriores a la cadena");
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    @SuppressWarnings("unchecked")
    public List<Object> pendientes() {
        return em.createNativeQuery("SELECT DISTINCT PETICION_ID FROM BITACORA WHERE HASH IS NULL").getResultList();
    }

    /** Chains the whole bitácora of one petición, its row locked (JDBC, in this transaction). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void sellar(long peticion) {
        try (java.sql.Connection c = ds.getConnection()) {
            try (java.sql.PreparedStatement s = c.prepareStatement("SELECT ID FROM PETICION WHERE ID = ? FOR UPDATE")) {
                s.setLong(1, peticion);
                s.executeQuery().close();
            }
            String anterior = Huella.INICIAL;
            try (java.sql.PreparedStatement s = c.prepareStatement("SELECT ID, FECHA, USUARIO, TIPO_EVENTO, DESCRIPCION, "
                    + "ESTADO_ANTERIOR, ESTADO_NUEVO FROM BITACORA WHERE PETICION_ID = ? ORDER BY FECHA, ID");
                 java.sql.PreparedStatement u = c.prepareStatement("UPDATE BITACORA SET HASH_ANTERIOR = ?, HASH = ? WHERE ID = ?")) {
                s.setLong(1, peticion);
                try (java.sql.ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        String hash = Huella.de(anterior, peticion, r.getObject("FECHA", OffsetDateTime.class),
                                r.getString("USUARIO"), r.getString("TIPO_EVENTO"), r.getString("DESCRIPCION"),
                                r.getString("ESTADO_ANTERIOR"), r.getString("ESTADO_NUEVO"));
                        u.setString(1, anterior);
                        u.setString(2, hash);
                        u.setLong(3, r.getLong("ID"));
                        u.executeUpdate();
                        anterior = hash;
                    }
                }
            }
            try (java.sql.PreparedStatement u = c.prepareStatement("UPDATE PETICION SET HASH_BITACORA = ? WHERE ID = ?")) {
                u.setString(1, anterior);
                u.setLong(2, peticion);
                u.executeUpdate();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("No se pudo encadenar la bitácora de la petición " + peticion, e);
        }
    }
}
