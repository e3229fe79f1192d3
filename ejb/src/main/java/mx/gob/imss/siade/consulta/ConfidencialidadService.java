package mx.gob.imss.siade.consulta;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import mx.gob.imss.siade.bitacora.BitacoraRepository;
import mx.gob.imss.siade.bitacora.EventoBitacora;
import mx.gob.imss.siade.bitacora.TipoEventoBitacora;
import mx.gob.imss.siade.infra.LongitudTexto;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.peticion.Confidencialidad;
import mx.gob.imss.siade.peticion.Peticion;
import mx.gob.imss.siade.peticion.PeticionRepository;
import mx.gob.imss.siade.seguridad.AccionCaso;
import mx.gob.imss.siade.seguridad.Actor;
import mx.gob.imss.siade.seguridad.PoliticaAcceso;
import mx.gob.imss.siade.seguridad.Roles;
import mx.gob.imss.siade.seguridad.Usuario;
import mx.gob.imss.siade.seguridad.UsuarioRepository;

/**
 * The confidentiality of a case (público, restringido, reservado) and who is named on a reservado one; the
 * jefe de área of the case (who stays named, or he would lose it himself) or a titular sets it, with a
 * reason, in one transaction with its bitácora entry. {@link PoliticaAcceso} enforces it everywhere.
 */
@Stateless
@RolesAllowed({Roles.JEFE_AREA, Roles.TITULAR_DAC, Roles.TITULAR_CAO})
public class ConfidencialidadService {

    @Resource
    private SessionContext contexto;

    @Inject
    private PoliticaAcceso politica;

    @Inject
    private PeticionRepository peticiones;

    @Inject
    private UsuarioRepository usuarios;

    @Inject
    private BitacoraRepository bitacora;

    @Inject
    private Clock reloj;

    public Peticion cambiar(String folio, Confidencialidad nivel, List<String> nombrados, String motivo, long versionVista) {
        Actor actor = Actor.de(contexto);
        Peticion peticion = peticiones.paraCambiar(folio, versionVista);
        politica.exigir(actor, peticion, AccionCaso.CLASIFICAR_CONFIDENCIALIDAD);
        if (nivel == null) {
            throw new ConfidencialidadRechazadaException("error.confidencialidad.nivel");
        }
        if (motivo == null || motivo.isBlank()) {
            throw new ConfidencialidadRechazadaException("error.confidencialidad.motivo");
        }
        String razon = LongitudTexto.exigir("motivo", motivo.trim(), 1000);
        Set<Usuario> personas = new LinkedHashSet<>();
        if (nivel == Confidencialidad.RESERVADO) {
            for (String nombre : nombrados == null ? List.<String>of() : nombrados) {
                personas.add(usuarios.porNombreUsuario(nombre).filter(Usuario::isActivo).orElseThrow(
                        () -> new ConfidencialidadRechazadaException("error.confidencialidad.usuario", nombre)));
            }
            if (!PoliticaAcceso.veReservados(actor)) {
                personas.add(usuarios.de(actor));
            }
        }
        peticion.clasificarConfidencialidad(nivel, personas);
        String nombres = personas.stream().map(Usuario::getNombreUsuario).sorted().collect(Collectors.joining(", "));
        bitacora.registrar(new EventoBitacora(peticion, OffsetDateTime.now(reloj), actor.nombreUsuario(),
                TipoEventoBitacora.CONFIDENCIALIDAD, Textos.de("bitacora.confidencialidad", Textos.etiqueta(nivel),
                nombres.isEmpty() ? "" : " " + Textos.de("bitacora.confidencialidadNombrados", nombres), razon), null, null));
        peticiones.sincronizar();
        return peticion;
    }

    /** Active people who may be named on a reservado case. */
    public List<Usuario> personas() {
        return usuarios.activos().stream().filter(u -> !u.getRoles().contains(mx.gob.imss.siade.seguridad.Rol.INTEGRACION))
                .toList();
    }

    /** A refusal with its Spanish message. */
    public static class ConfidencialidadRechazadaException extends mx.gob.imss.siade.infra.ReglaNegocioException {
        private static final long serialVersionUID = 1L;

        ConfidencialidadRechazadaException(String clave, Object... argumentos) {
            super(clave, argumentos);
        }
    }
}
