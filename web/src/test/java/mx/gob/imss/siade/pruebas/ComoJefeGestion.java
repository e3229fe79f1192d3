package mx.gob.imss.siade.pruebas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Runs test actions as the jefe de área of Gestión (jefe.gestion). */
@Stateless
@RunAs("JEFE_AREA")
@PermitAll
public class ComoJefeGestion extends EjecutorConRol {
}
