package mx.gob.imss.siade.plazos;

import java.time.LocalDate;

/** Deadline colour of a pending petición in the Bandeja. */
public enum Semaforo {
    /** Concluded, or no deadline set yet. */
    SIN_PLAZO,
    /** More than {@value #DIAS_AVISO} business days left. */
    VERDE,
    /** Due within {@value #DIAS_AVISO} business days. */
    AMARILLO,
    /** Past its deadline. */
    ROJO;

    public static final int DIAS_AVISO = 2;

    public static Semaforo de(LocalDate fechaLimite, LocalDate hoy, CalendarioHabil calendario) {
        if (fechaLimite == null) {
            return SIN_PLAZO;
        }
        if (fechaLimite.isBefore(hoy)) {
            return ROJO;
        }
        return calendario.diasHabilesEntre(hoy, fechaLimite) <= DIAS_AVISO ? AMARILLO : VERDE;
    }
}
