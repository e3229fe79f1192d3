package mx.gob.imss.siade.pruebas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

@Stateless
@RunAs("CORRESPONDENCIA")
@PermitAll
public class ComoCorrespondencia extends EjecutorConRol {
}
