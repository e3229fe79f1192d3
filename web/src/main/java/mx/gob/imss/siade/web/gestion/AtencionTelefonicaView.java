package mx.gob.imss.siade.web.gestion;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import mx.gob.imss.siade.gestion.BitacoraAtencionTelefonica;
import mx.gob.imss.siade.seguridad.AccesoDenegadoException;

/** Whether the signed-in user reads the Anexo 19 (Gestión's staff, readers of every área): for the menu. */
@Named
@SessionScoped
public class AtencionTelefonicaView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private BitacoraAtencionTelefonica bitacora;

    private Boolean disponible;

    public boolean isDisponible() {
        if (disponible == null) {
            try {
                LocalDate hoy = LocalDate.now();
                bitacora.contar(hoy, hoy);
                disponible = true;
            } catch (AccesoDenegadoException | EJBAccessException e) {
                disponible = false;
            }
        }
        return disponible;
    }
}
