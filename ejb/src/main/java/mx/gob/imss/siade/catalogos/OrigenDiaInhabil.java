package mx.gob.imss.siade.catalogos;

/** Federal holiday (Ley Federal del Trabajo) or a day the institute publishes as non-working. */
public enum OrigenDiaInhabil {
    FEDERAL,
    INSTITUCIONAL
}
