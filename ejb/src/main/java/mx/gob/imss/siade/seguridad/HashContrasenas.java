package mx.gob.imss.siade.seguridad;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Password hashes in the format the identity store checks (Jakarta Security's PBKDF2, parameters inside
 * each hash): PBKDF2-HMAC-SHA256 with {@value #ITERACIONES} iterations (OWASP 2023) for every hash written.
 */
@ApplicationScoped
public class HashContrasenas {

    static final String ITERACIONES = "210000";

    @Inject
    private Pbkdf2PasswordHash hash;

    @PostConstruct
    void iniciar() {
        hash.initialize(Map.of("Pbkdf2PasswordHash.Iterations", ITERACIONES));
    }

    public String generar(String contrasena) {
        return hash.generate(contrasena.toCharArray());
    }

    public boolean coincide(String contrasena, String hashGuardado) {
        return contrasena != null && hash.verify(contrasena.toCharArray(), hashGuardado);
    }
}
