package mx.gob.imss.siade.notificaciones;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import mx.gob.imss.siade.infra.Plantillas;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.seguridad.Actor;

/**
 * Writes outgoing emails into the outbox inside the caller's transaction: the email exists if and
 * only if the change that causes it commits. {@link EntregaCorreos} delivers it afterwards.
 */
@ApplicationScoped
public class BandejaSalida {

    @PersistenceContext(unitName = "siade")
    private EntityManager em;

    @Inject
    private Plantillas plantillas;

    /**
     * Queues the email of template {@code plantilla} (a file {@code notificaciones/<plantilla>.ftl}
     * whose first line is {@code Asunto: ...}) to {@code destinatario}.
     */
    public CorreoSaliente encolar(Peticion peticion, String plantilla, String destinatario, Map<String, ?> datos,
                                  Actor actor, OffsetDateTime cuando) {
        String texto = plantillas.procesar("notificaciones/" + plantilla + ".ftl", datos);
        int salto = texto.indexOf('\n');
        String primera = salto < 0 ? texto : texto.substring(0, salto);
        if (!primera.startsWith("Asunto: ")) {
            throw new IllegalStateException("La plantilla " + plantilla + " debe empezar con «Asunto: »");
        }
        CorreoSaliente correo = new CorreoSaliente(peticion, plantilla, destinatario, primera.substring(8).trim(),
                texto.substring(salto + 1).strip(), actor.nombreUsuario(), cuando);
        em.persist(correo);
        return correo;
    }

    public List<CorreoSaliente> dePeticion(Peticion peticion) {
        return em.createNamedQuery("CorreoSaliente.findByPeticion", CorreoSaliente.class)
                .setParameter("peticion", peticion).getResultList();
    }
}
