package mx.gob.imss.siade.peticion;

/** Exactly one per petición (5.10). */
public enum TipoPeticion {
    ORIENTACION,
    GESTION,
    QUEJA,
    SUGERENCIA,
    RECONOCIMIENTO
}
