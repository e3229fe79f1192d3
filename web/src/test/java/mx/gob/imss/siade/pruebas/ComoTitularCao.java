package mx.gob.imss.siade.pruebas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

/** Runs test actions as Titular CAO (titular.cao). */
@Stateless
@RunAs("TITULAR_CAO")
@PermitAll
public class ComoTitularCao extends EjecutorConRol {
}
