package mx.gob.imss.siade.pruebas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** A consultor of another área (the demo user {@code gestion}, área Gestión). */
@Stateless
@RunAs("CONSULTOR")
@PermitAll
public class ComoGestion extends EjecutorConRol {
}
