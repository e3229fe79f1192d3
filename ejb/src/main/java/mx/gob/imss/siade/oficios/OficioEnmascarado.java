package mx.gob.imss.siade.oficios;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import mx.gob.imss.siade.documentos.Documento;
import mx.gob.imss.siade.documentos.VersionEnmascarada;
import mx.gob.imss.siade.personas.Enmascarador;

/**
 * An oficio's PDF for the roles that see personal data masked: rendered again from the oficio's
 * stored text with the persona's data masked, never stored.
 */
@ApplicationScoped
public class OficioEnmascarado implements VersionEnmascarada {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private RedaccionOficio redaccion;

    @Override
    public boolean aplica(Documento documento) {
        return "OFICIO_EMITIDO".equals(documento.getTipoDocumento().getClave()) && oficioDe(documento).isPresent();
    }

    @Override
    public void escribir(Documento documento, Enmascarador enmascarador, OutputStream destino) {
        Oficio oficio = oficioDe(documento).orElseThrow();
        PlantillaOficio plantilla = em.find(PlantillaOficio.class, oficio.getTipo());
        try {
            destino.write(redaccion.pdf(oficio, plantilla == null ? "" : plantilla.getNombre(), enmascarador));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<Oficio> oficioDe(Documento documento) {
        return em.createNamedQuery("Oficio.findByDocumento", Oficio.class).setParameter("documento", documento)
                .getResultStream().findFirst();
    }
}
