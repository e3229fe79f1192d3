package mx.gob.imss.siade.web.gestion;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import mx.gob.imss.siade.gestion.BitacoraGestion;
import mx.gob.imss.siade.seguridad.AccesoDenegadoException;

/** For the menu: whether the signed-in user reads Gestión's bitácoras (its staff, readers of every área), is its staff. */
@Named
@SessionScoped
public class AccesoBitacorasView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private BitacoraGestion bitacora;

    private Boolean disponible;

    @Inject
    private mx.gob.imss.siade.gestion.IngresoInstanciaService ingreso;

    private Boolean deGestion;

    /** Gestión's own staff (they register the cases other instancias send). */
    public boolean isDeGestion() {
        if (deGestion == null) {
            try {
                deGestion = ingreso.esPersonalDeGestion();
            } catch (EJBAccessException e) {
                deGestion = false;
            }
        }
        return deGestion;
    }

    public boolean isDisponible() {
        if (disponible == null) {
            try {
                LocalDate hoy = LocalDate.now();
                bitacora.contar(mx.gob.imss.siade.gestion.LibroGestion.ATENCION_TELEFONICA, hoy, hoy);
                disponible = true;
            } catch (AccesoDenegadoException | EJBAccessException e) {
                disponible = false;
            }
        }
        return disponible;
    }
}
