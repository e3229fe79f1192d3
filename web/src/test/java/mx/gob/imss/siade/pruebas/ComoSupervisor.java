package mx.gob.imss.siade.pruebas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

@Stateless
@RunAs("SUPERVISOR")
@PermitAll
public class ComoSupervisor extends EjecutorConRol {
}
