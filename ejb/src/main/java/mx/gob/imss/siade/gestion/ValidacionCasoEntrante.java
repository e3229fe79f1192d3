package mx.gob.imss.siade.gestion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import mx.gob.imss.siade.catalogos.CatalogoRepository;
import mx.gob.imss.siade.catalogos.Ooad;
import mx.gob.imss.siade.catalogos.Umae;
import mx.gob.imss.siade.infra.ReglaNegocioException;
import mx.gob.imss.siade.infra.Textos;
import mx.gob.imss.siade.personas.Curp;
import mx.gob.imss.siade.personas.DatosPersonales;
import mx.gob.imss.siade.personas.Nss;
import mx.gob.imss.siade.personas.TipoPersonaUsuaria;
import mx.gob.imss.siade.peticion.MedioCaptacion;
import mx.gob.imss.siade.peticion.NuevaPeticion;

/**
 * Field-by-field validation of a case Gestión receives, from the intake API or from its own screen
 * (Formato de petición, Anexo 16): minimum data (4.16), NSS and CURP checked when given, every field at
 * fault reported at once with its Spanish message.
 */
@ApplicationScoped
public class ValidacionCasoEntrante {

    @Inject
    private CatalogoRepository catalogos;

    @Inject
    private Clock reloj;

    /** The petición to register, or every field at fault with its Spanish message. */
    public NuevaPeticion validar(CasoEntrante caso, MedioCaptacion medio, String claveArea) {
        List<CasoRechazadoException.Error> errores = new ArrayList<>();
        if (caso == null) {
            throw new CasoRechazadoException("error.api.sinCuerpo", List.of());
        }
        TipoPersonaUsuaria tipo = TipoPersonaUsuaria.DERECHOHABIENTE;
        if (caso.tipoPersona() != null && !caso.tipoPersona().isBlank()) {
            try {
                tipo = TipoPersonaUsuaria.valueOf(caso.tipoPersona().trim());
            } catch (IllegalArgumentException e) {
                errores.add(new CasoRechazadoException.Error("tipoPersona", Textos.de("api.tipoPersona")));
            }
        }
        String nombre = texto(caso.nombre());
        if (nombre == null) {
            errores.add(new CasoRechazadoException.Error("nombre", Textos.de("api.requerido")));
        } else if (nombre.length() > 200) {
            errores.add(new CasoRechazadoException.Error("nombre", Textos.de("api.largo", 200)));
        }
        Nss nss = null;
        if (texto(caso.nss()) != null) {
            try {
                nss = Nss.de(caso.nss());
            } catch (ReglaNegocioException e) {
                errores.add(new CasoRechazadoException.Error("nss", Textos.de("api.nss")));
            }
        }
        Curp curp = null;
        if (texto(caso.curp()) != null) {
            try {
                curp = Curp.de(caso.curp());
            } catch (ReglaNegocioException e) {
                errores.add(new CasoRechazadoException.Error("curp", Textos.de("api.curp")));
            }
        }
        String correo = texto(caso.correo());
        if (correo != null && !org.apache.commons.validator.routines.EmailValidator.getInstance().isValid(correo)) {
            errores.add(new CasoRechazadoException.Error("correo", Textos.de("api.correo")));
        }
        String telefono = texto(caso.telefono());
        if (telefono != null && !mx.gob.imss.siade.personas.Telefono.valido(telefono)) {
            errores.add(new CasoRechazadoException.Error("telefono", Textos.de("api.telefono")));
        }
        if (telefono == null && correo == null) {
            errores.add(new CasoRechazadoException.Error("telefono", Textos.de("api.contacto")));
        }
        String asunto = texto(caso.asunto());
        if (asunto == null) {
            errores.add(new CasoRechazadoException.Error("asunto", Textos.de("api.requerido")));
        } else if (asunto.length() > 300) {
            errores.add(new CasoRechazadoException.Error("asunto", Textos.de("api.largo", 300)));
        }
        String resumen = texto(caso.resumen());
        if (resumen != null && resumen.length() > 4000) {
            errores.add(new CasoRechazadoException.Error("resumen", Textos.de("api.largo", 4000)));
        }
        if (caso.ooadId() != null && catalogos.porId(Ooad.class, caso.ooadId()).isEmpty()) {
            errores.add(new CasoRechazadoException.Error("ooadId", Textos.de("api.ooad")));
        }
        if (caso.umaeId() != null && catalogos.porId(Umae.class, caso.umaeId()).isEmpty()) {
            errores.add(new CasoRechazadoException.Error("umaeId", Textos.de("api.umae")));
        }
        OffsetDateTime ahora = OffsetDateTime.now(reloj);
        if (caso.fechaRecepcion() != null && caso.fechaRecepcion().isAfter(ahora.plusMinutes(5))) {
            errores.add(new CasoRechazadoException.Error("fechaRecepcion", Textos.de("api.fechaFutura")));
        }
        if (!errores.isEmpty()) {
            throw new CasoRechazadoException("error.api.caso", errores);
        }
        DatosPersonales datos = new DatosPersonales(nss, curp, null, telefono, correo, texto(caso.domicilio()));
        return new NuevaPeticion(tipo, nombre, datos, medio, claveArea,
                caso.ooadId(), caso.umaeId(), asunto, resumen, caso.fechaRecepcion());
    }

    static String texto(String valor) {
        return valor == null || valor.isBlank() ? null : valor.trim();
    }

}
