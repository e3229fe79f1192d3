package mx.gob.imss.siade.oficios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import mx.gob.imss.siade.seguridad.Rol;
import mx.gob.imss.siade.seguridad.Usuario;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The chain of rúbricas and the signer, per kind of oficio and per who turns it (5.71). */
class CadenaRubricasTest {

    static Usuario u(String nombre, Rol rol) {
        return new Usuario(nombre, nombre, null, "x", null, EnumSet.of(rol), OffsetDateTime.now());
    }

    static final Usuario CONSULTOR = u("consultor", Rol.CONSULTOR);
    static final Usuario SUPERVISOR = u("supervisor", Rol.SUPERVISOR);
    static final Usuario JEFE = u("jefe", Rol.JEFE_AREA);
    static final Usuario DAC = u("titular.dac", Rol.TITULAR_DAC);
    static final Usuario CAO = u("titular.cao", Rol.TITULAR_CAO);

    static List<String> pasos(CadenaRubricas.Cadena c) {
        return c.rubricas().stream().map(p -> p.papel() + ":" + p.usuario().getNombreUsuario()).toList();
    }

    @Test
    @DisplayName("Oficio de la DAC: rubrican quien lo redactó y el jefe de área; firma la Titular DAC")
    void oficioDeLaDac() {
        CadenaRubricas.Cadena c = CadenaRubricas.para(false, new CadenaRubricas.Participantes(CONSULTOR, JEFE, DAC, CAO));
        assertEquals(List.of("REDACCION:consultor", "JEFE_AREA:jefe"), pasos(c));
        assertEquals(DAC, c.firmante());
        assertEquals(List.of("REDACCION:supervisor", "JEFE_AREA:jefe"),
                pasos(CadenaRubricas.para(false, new CadenaRubricas.Participantes(SUPERVISOR, JEFE, DAC, CAO))));
    }

    @Test
    @DisplayName("Oficio a un Órgano normativo: además rubrica la Titular DAC y firma el Titular CAO")
    void organoNormativo() {
        CadenaRubricas.Cadena c = CadenaRubricas.para(true, new CadenaRubricas.Participantes(SUPERVISOR, JEFE, DAC, CAO));
        assertEquals(List.of("REDACCION:supervisor", "JEFE_AREA:jefe", "TITULAR_DAC:titular.dac"), pasos(c));
        assertEquals(CAO, c.firmante());
    }

    @Test
    @DisplayName("Si lo redacta el jefe de área (o nadie: el sistema), una sola rúbrica del jefe")
    void redactaElJefe() {
        assertEquals(List.of("JEFE_AREA:jefe"),
                pasos(CadenaRubricas.para(false, new CadenaRubricas.Participantes(JEFE, JEFE, DAC, CAO))));
        assertEquals(List.of("JEFE_AREA:jefe"),
                pasos(CadenaRubricas.para(false, new CadenaRubricas.Participantes(null, JEFE, DAC, CAO))));
    }

    @Test
    @DisplayName("Sin jefe de área o sin titular que firme, la cadena no se arma y dice por qué")
    void incompleta() {
        assertEquals("error.rubrica.sinJefe", assertThrows(CadenaIncompletaException.class,
                () -> CadenaRubricas.para(false, new CadenaRubricas.Participantes(CONSULTOR, null, DAC, CAO))).clave());
        assertEquals("error.rubrica.sinTitularDac", assertThrows(CadenaIncompletaException.class,
                () -> CadenaRubricas.para(false, new CadenaRubricas.Participantes(CONSULTOR, JEFE, null, CAO))).clave());
        assertEquals("error.rubrica.sinTitularCao", assertThrows(CadenaIncompletaException.class,
                () -> CadenaRubricas.para(true, new CadenaRubricas.Participantes(CONSULTOR, JEFE, DAC, null))).clave());
        assertEquals("error.rubrica.sinTitularDac", assertThrows(CadenaIncompletaException.class,
                () -> CadenaRubricas.para(true, new CadenaRubricas.Participantes(CONSULTOR, JEFE, null, CAO))).clave());
    }
}
