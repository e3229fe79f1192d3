package mx.gob.imss.siade.pruebas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Runs test actions as the demo suplente (suplente), a supervisor without área. */
@Stateless
@RunAs("SUPERVISOR")
@PermitAll
public class ComoSuplente extends EjecutorConRol {
}
