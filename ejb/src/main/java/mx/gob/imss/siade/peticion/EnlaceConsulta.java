package mx.gob.imss.siade.peticion;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import mx.gob.imss.siade.infra.CodigoAleatorio;
import mx.gob.imss.siade.seguridad.CifradoDatosPersonales;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where and with what the persona usuaria follows a petición: the public status page, its folio
 * and its código de consulta, for the acuse (its QR) and the emails sent to the persona.
 */
@ApplicationScoped
public class EnlaceConsulta {

    @Inject
    @ConfigProperty(name = "siade.url-publica", defaultValue = "http://localhost:8080/siade")
    private String urlPublica;

    @Inject
    private CifradoDatosPersonales cifrado;

    /** The page itself, without parameters. */
    public String pagina() {
        return urlPublica.replaceAll("/+$", "") + "/consulta.xhtml";
    }

    /** The page opened on this petición (what the acuse's QR carries). */
    public String url(Peticion peticion) {
        return pagina() + "?folio=" + URLEncoder.encode(peticion.getFolio(), StandardCharsets.UTF_8)
                + peticion.codigoConsulta(cifrado).map(c -> "&codigo=" + c).orElse("");
    }

    /** The printed code (XXXX-XXXX-XXXX), or empty for a petición that has none yet. */
    public String codigo(Peticion peticion) {
        return peticion.codigoConsulta(cifrado).map(CodigoAleatorio::agrupar).orElse("");
    }

    /** Merge fields for templates: {@code urlConsulta}, {@code codigoConsulta}. */
    public Map<String, Object> campos(Peticion peticion) {
        Map<String, Object> campos = new HashMap<>();
        campos.put("urlConsulta", pagina());
        campos.put("codigoConsulta", codigo(peticion));
        return campos;
    }
}
