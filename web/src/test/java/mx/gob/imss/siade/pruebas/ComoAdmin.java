package mx.gob.imss.siade.pruebas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

@Stateless
@RunAs("ADMIN")
@PermitAll
public class ComoAdmin extends EjecutorConRol {
}
