package mx.gob.imss.siade.peticion;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.seguridad.Actor;

/** The bitácora entries of a petición's use cases, worded once (texts in the domain bundle). */
public final class EventosPeticion {

    private EventosPeticion() {
    }

    public static EventoBitacora registro(Peticion p, Actor actor, OffsetDateTime cuando) {
        String texto = Textos.de("bitacora.registro", p.getFolio(), p.getMedioCaptacion(), p.getAreaDac().getNombre());
        if (p.getConsultor() != null) {
            texto += " " + Textos.de("bitacora.asignacionInicial", p.getConsultor().getNombreCompleto());
        }
        return new EventoBitacora(p, cuando, actor.nombreUsuario(), TipoEventoBitacora.REGISTRO, texto, null,
                p.getEstado());
    }

    public static EventoBitacora reasignacion(Peticion p, String anterior, String motivo, Actor actor,
                                              OffsetDateTime cuando) {
        String texto = anterior == null
                ? Textos.de("bitacora.asignacion", p.getConsultor().getNombreCompleto(), motivo)
                : Textos.de("bitacora.reasignacion", anterior, p.getConsultor().getNombreCompleto(), motivo);
        return new EventoBitacora(p, cuando, actor.nombreUsuario(), TipoEventoBitacora.ASIGNACION, texto, null, null);
    }

    public static EventoBitacora clasificacion(Peticion p, EstadoPeticion anterior, Actor actor, OffsetDateTime cuando) {
        LocalDate limite = p.getFechaLimite();
        String texto = limite == null ? Textos.de("bitacora.clasificacionSinPlazo", p.getTipo())
                : Textos.de("bitacora.clasificacion", p.getTipo(), limite);
        return new EventoBitacora(p, cuando, actor.nombreUsuario(), TipoEventoBitacora.CLASIFICACION, texto, anterior,
                p.getEstado());
    }

    public static EventoBitacora conclusion(Peticion p, EstadoPeticion anterior, String nota, Actor actor,
                                            OffsetDateTime cuando) {
        String texto = nota == null || nota.isBlank() ? Textos.de("bitacora.conclusion", p.getMotivoConclusion())
                : Textos.de("bitacora.conclusionConNota", p.getMotivoConclusion(), nota.trim());
        return new EventoBitacora(p, cuando, actor.nombreUsuario(), TipoEventoBitacora.CONCLUSION, texto, anterior,
                p.getEstado());
    }

    public static EventoBitacora revision(Peticion p, String observaciones, Actor actor, OffsetDateTime cuando) {
        String elementos = Textos.de("bitacora.revision", vacio(p.getAreaResponsable()), vacio(p.getNormativa()),
                vacio(p.getTramite()), vacio(p.getSubtramite()));
        String texto = observaciones == null || observaciones.isBlank() ? elementos
                : elementos + " " + Textos.de("bitacora.retroalimentacion", observaciones.trim());
        return new EventoBitacora(p, cuando, actor.nombreUsuario(), TipoEventoBitacora.NOTA, texto, null, null);
    }

    private static String vacio(String texto) {
        return texto == null ? "—" : texto;
    }

    public static EventoBitacora consultaJuridica(Peticion p, Actor actor, OffsetDateTime cuando) {
        return new EventoBitacora(p, cuando, actor.nombreUsuario(), TipoEventoBitacora.CONSULTA_JURIDICO,
                Textos.de("bitacora.consultaJuridico"), null, null);
    }
}
