package mx.gob.imss.siade.pruebas;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;

@Stateless
@RunAs("TITULAR_DAC")
@PermitAll
public class ComoTitularDac extends EjecutorConRol {
}
