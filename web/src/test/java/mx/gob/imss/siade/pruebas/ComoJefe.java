package mx.gob.imss.siade.pruebas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Runs test actions as jefe de área (jefe). */
@Stateless
@RunAs("JEFE_AREA")
@PermitAll
public class ComoJefe extends EjecutorConRol {
}
