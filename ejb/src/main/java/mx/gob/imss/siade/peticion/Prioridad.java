package mx.gob.imss.siade.peticion;

public enum Prioridad {
    NORMAL,
    ALTA,
    URGENTE
}
