package mx.gob.imss.siade.consulta;

import java.io.Serializable;
import mx.gob.imss.siade.personas.DatosPersonales;

/** Personal data as a screen may show it: whole, or masked for roles that do not need it (4.16, 5.22). */
public record DatosPersonalesVista(String nss, String curp, String rfc, String telefono, String correo,
                                   String domicilio, String codigoConsulta, boolean enmascarados) implements Serializable {

    private static final String OCULTO = "••••••";

    /** @param codigoConsulta the printed código de consulta (the persona's key to the public page) */
    static DatosPersonalesVista completos(DatosPersonales d, String codigoConsulta) {
        return new DatosPersonalesVista(
                d.nss() == null ? null : d.nss().valor(),
                d.curp() == null ? null : d.curp().valor(),
                d.rfc() == null ? null : d.rfc().valor(),
                d.telefono(), d.correo(), d.domicilio(), codigoConsulta, false);
    }

    static DatosPersonalesVista enmascarados(DatosPersonales d, String codigoConsulta) {
        return new DatosPersonalesVista(
                d.nss() == null ? null : d.nss().enmascarado(),
                d.curp() == null ? null : d.curp().enmascarada(),
                d.rfc() == null ? null : OCULTO,
                d.telefono() == null ? null : OCULTO,
                d.correo() == null ? null : OCULTO,
                d.domicilio() == null ? null : OCULTO,
                codigoConsulta == null || codigoConsulta.isEmpty() ? null : OCULTO, true);
    }
}
