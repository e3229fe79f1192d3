package mx.gob.imss.siade.peticion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Set;
import mx.gob.imss.siade.catalogos.AreaDac;
import mx.gob.imss.siade.catalogos.Ooad;
import mx.gob.imss.siade.catalogos.Umae;
import mx.gob.imss.siade.personas.DatosPersonales;
import mx.gob.imss.siade.personas.PersonaUsuaria;
import mx.gob.imss.siade.personas.TipoPersonaUsuaria;
import mx.gob.imss.siade.seguridad.CifradoDatosPersonales;
import mx.gob.imss.siade.seguridad.Rol;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PeticionTest {

    private static final OffsetDateTime AHORA = OffsetDateTime.of(2026, 3, 10, 10, 0, 0, 0, ZoneOffset.ofHours(-6));
    private static final Set<Rol> SUPERVISOR = EnumSet.of(Rol.SUPERVISOR);
    private static final Set<Rol> CORRESPONDENCIA = EnumSet.of(Rol.CORRESPONDENCIA);

    private Peticion peticion;

    @BeforeEach
    void registrar() {
        PersonaUsuaria persona = new PersonaUsuaria(TipoPersonaUsuaria.DERECHOHABIENTE, "Ana López",
                DatosPersonales.vacios(), new CifradoDatosPersonales("clave-de-prueba-123456"), AHORA);
        peticion = new Peticion(Folio.generar(2026, 1), persona, MedioCaptacion.CORREO_POSTAL,
                new AreaDac(6L, "CORRESPONDENCIA", "Correspondencia"), "Asunto", null, AHORA.minusHours(1), AHORA);
    }

    @Test
    void nacidaRegistrada() {
        assertEquals(EstadoPeticion.REGISTRADA, peticion.getEstado());
    }

    @Test
    void recorreElCaminoDeUnaQuejaConRespuestaRechazadaYLuegoAceptada() {
        peticion.clasificar(TipoPeticion.QUEJA, LocalDate.of(2026, 3, 24), SUPERVISOR);
        assertEquals(EstadoPeticion.EN_ANALISIS, peticion.getEstado());
        peticion.aplicar(TransicionPeticion.DERIVAR, SUPERVISOR);
        peticion.aplicar(TransicionPeticion.REGISTRAR_RESPUESTA, CORRESPONDENCIA);
        peticion.aplicar(TransicionPeticion.RECHAZAR_RESPUESTA, SUPERVISOR);
        assertEquals(EstadoPeticion.DERIVADA, peticion.getEstado());
        peticion.aplicar(TransicionPeticion.REGISTRAR_RESPUESTA, CORRESPONDENCIA);
        EstadoPeticion anterior = peticion.concluir(TransicionPeticion.CONCLUIR, MotivoConclusion.ATENDIDA, AHORA, SUPERVISOR);
        assertEquals(EstadoPeticion.RESPUESTA_RECIBIDA, anterior);
        assertEquals(EstadoPeticion.CONCLUIDA, peticion.getEstado());
        assertEquals(MotivoConclusion.ATENDIDA, peticion.getMotivoConclusion());
        assertNotNull(peticion.getFechaConclusion());
        assertNull(peticion.getFechaLimite());
    }

    @Test
    void noSeDerivaSinClasificar() {
        TransicionNoPermitidaException e = assertThrows(TransicionNoPermitidaException.class,
                () -> peticion.aplicar(TransicionPeticion.DERIVAR, SUPERVISOR));
        assertEquals("error.transicion.estado", e.clave());
        assertEquals(EstadoPeticion.REGISTRADA, peticion.getEstado());
    }

    @Test
    void correspondenciaNoPuedeDerivar() {
        peticion.clasificar(TipoPeticion.QUEJA, null, SUPERVISOR);
        TransicionNoPermitidaException e = assertThrows(TransicionNoPermitidaException.class,
                () -> peticion.aplicar(TransicionPeticion.DERIVAR, CORRESPONDENCIA));
        assertEquals("error.transicion.rol", e.clave());
        assertEquals(EstadoPeticion.EN_ANALISIS, peticion.getEstado());
    }

    @Test
    void juridicoNoCambiaNingunaPeticion() {
        for (EstadoPeticion estado : EstadoPeticion.values()) {
            assertEquals(Set.of(), TransicionPeticion.disponibles(estado, EnumSet.of(Rol.JURIDICO)), estado.name());
        }
    }

    @Test
    void unaPeticionConcluidaNoSeMueveMas() {
        for (TransicionPeticion t : TransicionPeticion.values()) {
            assertEquals(false, t.permiteDesde(EstadoPeticion.CONCLUIDA), t.name());
        }
    }

    @Test
    void soloElSistemaYElPersonalConcluyenPorVencimientoDeDatos() {
        peticion.aplicar(TransicionPeticion.SOLICITAR_DATOS, CORRESPONDENCIA);
        peticion.concluir(TransicionPeticion.CONCLUIR_POR_VENCIMIENTO, MotivoConclusion.FALTA_INFORMACION, AHORA,
                EnumSet.of(Rol.SISTEMA));
        assertEquals(EstadoPeticion.CONCLUIDA, peticion.getEstado());
    }

    @Test
    void clasificarExigeUnTipo() {
        assertThrows(TransicionNoPermitidaException.class, () -> peticion.clasificar(null, null, SUPERVISOR));
        assertEquals(EstadoPeticion.REGISTRADA, peticion.getEstado());
    }

    @Test
    void noAceptaOoadYUmaeALaVez() {
        assertThrows(TransicionNoPermitidaException.class,
                () -> peticion.ubicar(new Ooad(14L, "14", "Jalisco"), new Umae(6L, "HE-CMNO", "HE CMN Occidente")));
    }

    @Test
    void noAceptaRecepcionFutura() {
        PersonaUsuaria persona = peticion.getPersonaUsuaria();
        assertThrows(TransicionNoPermitidaException.class, () -> new Peticion(Folio.generar(2026, 2), persona,
                MedioCaptacion.CHAT, peticion.getAreaDac(), "Asunto", null, AHORA.plusDays(1), AHORA));
    }
}
