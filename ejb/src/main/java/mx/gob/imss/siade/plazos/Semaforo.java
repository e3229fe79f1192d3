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

    /**
     * The first deadline that is still {@link #VERDE} today: ROJO before {@code hoy}, AMARILLO from
     * {@code hoy} up to the day before this one. Lets a query select a colour by date range.
     */
    public static LocalDate primerDiaVerde(LocalDate hoy, CalendarioHabil calendario) {
        return calendario.sumarDiasHabiles(hoy, DIAS_AVISO + 1);
    }
}
