package mx.gob.imss.siade.infra;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Booleans are NUMBER(1) 0/1 columns (Oracle has no SQL boolean before 23ai). Converting them
 * here makes EclipseLink bind 0/1 itself instead of a JDBC BOOLEAN, which H2 2.x refuses to
 * compare with a numeric column ("NUMERIC(1) and BOOLEAN are not comparable", eclipselink#1578).
 */
@Converter
public class BooleanoNumerico implements AttributeConverter<Boolean, Integer> {

    @Override
    public Integer convertToDatabaseColumn(Boolean valor) {
        return valor == null ? null : valor ? 1 : 0;
    }

    @Override
    public Boolean convertToEntityAttribute(Integer valor) {
        return valor == null ? null : valor != 0;
    }
}
