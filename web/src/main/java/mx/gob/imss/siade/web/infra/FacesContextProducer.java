package mx.gob.imss.siade.web.infra;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/** Turns on CDI injection of FacesContext and friends (Faces 4). */
@FacesConfig
@ApplicationScoped
public class FacesContextProducer {
}
