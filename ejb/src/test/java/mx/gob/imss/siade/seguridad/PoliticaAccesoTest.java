package mx.gob.imss.siade.seguridad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The whole matrix, role × action × (own área / other área), written out by hand: the policy must
 * answer each cell as the table says, and an action without a row here fails the test.
 */
class PoliticaAccesoTest {

    /**
     * Per action: the letters of the roles allowed on a case of their own área, then "|", then on a
     * case of another área, then "|", then when named on the case's oficio for the step (its reviewer or
     * signer now). C consultor, S supervisor, J jefe de área, R correspondencia,
     * D titular DAC, O titular CAO, L jurídico, A administrador.
     */
    private static final Map<AccionCaso, String> ESPERADO = Map.ofEntries(
            Map.entry(AccionCaso.CONSULTAR, "CSJRDOLA|DOLA|DOLA"),
            Map.entry(AccionCaso.AGREGAR_ESCRITO, "SJR|R|R"),
            Map.entry(AccionCaso.CLASIFICAR, "CSJ||"),
            Map.entry(AccionCaso.REVISAR, "SJ||"),
            Map.entry(AccionCaso.ANOTAR, "CSJR||"),
            Map.entry(AccionCaso.CONCLUIR, "CSJ||"),
            Map.entry(AccionCaso.SOLICITAR_DATOS, "CSJR||"),
            Map.entry(AccionCaso.RECIBIR_DATOS, "CSJR||"),
            Map.entry(AccionCaso.DERIVAR, "SJ||"),
            Map.entry(AccionCaso.REGISTRAR_RESPUESTA, "CSJR||"),
            Map.entry(AccionCaso.ACEPTAR_RESPUESTA, "SJ||"),
            Map.entry(AccionCaso.RECHAZAR_RESPUESTA, "SJ||"),
            Map.entry(AccionCaso.REDACTAR_OFICIO, "CSJR||"),
            Map.entry(AccionCaso.ENVIAR_OFICIO, "CSJR||"),
            Map.entry(AccionCaso.REASIGNAR, "SJ||"),
            Map.entry(AccionCaso.ANULAR, "J||"),
            Map.entry(AccionCaso.LLAMAR, "CSJ||"),
            Map.entry(AccionCaso.ESCALAR, "CSJ||"),
            Map.entry(AccionCaso.INFORMAR_Y_CONCLUIR, "CSJ||"),
            Map.entry(AccionCaso.INFORMAR_INSTANCIA, "CSJ||"),
            Map.entry(AccionCaso.EXPORTAR_EXPEDIENTE, "JDOL|DOL|DOL"),
            Map.entry(AccionCaso.CLASIFICAR_CONFIDENCIALIDAD, "JDO|DO|DO"),
            Map.entry(AccionCaso.RUBRICAR, "||CSJRD"),
            Map.entry(AccionCaso.FIRMAR, "||SJDO"));

    private static final Map<Character, Rol> LETRAS = Map.of('C', Rol.CONSULTOR, 'S', Rol.SUPERVISOR, 'J', Rol.JEFE_AREA,
            'R', Rol.CORRESPONDENCIA, 'D', Rol.TITULAR_DAC, 'O', Rol.TITULAR_CAO, 'L', Rol.JURIDICO, 'A', Rol.ADMIN);

    @Test
    @DisplayName("Cada rol × acción × área responde como dice la tabla; toda acción tiene su regla")
    void matrizCompleta() {
        List<String> diferencias = new ArrayList<>();
        for (AccionCaso accion : AccionCaso.values()) {
            String fila = ESPERADO.get(accion);
            if (fila == null) {
                diferencias.add(accion + ": acción sin regla en la tabla de la prueba");
                continue;
            }
            String[] partes = fila.split("\\|", -1);
            for (Rol rol : Rol.dePersonas()) {
                for (RelacionCaso relacion : RelacionCaso.values()) {
                    String permitidos = partes[relacion.ordinal()];
                    boolean esperado = permitidos.chars().mapToObj(c -> LETRAS.get((char) c)).anyMatch(rol::equals);
                    boolean real = PoliticaAcceso.permite(EnumSet.of(rol), relacion, accion);
                    if (esperado != real) {
                        diferencias.add(accion + " " + rol + " " + relacion + ": esperado " + esperado + ", fue " + real);
                    }
                }
            }
        }
        assertEquals(List.of(), diferencias);
    }

    @Test
    @DisplayName("Datos personales completos sólo para quien trabaja los casos y para jurídico")
    void datosPersonales() {
        for (Rol rol : List.of(Rol.CONSULTOR, Rol.SUPERVISOR, Rol.JEFE_AREA, Rol.CORRESPONDENCIA, Rol.JURIDICO)) {
            assertTrue(PoliticaAcceso.veDatosPersonales(EnumSet.of(rol)), rol.name());
        }
        for (Rol rol : List.of(Rol.TITULAR_DAC, Rol.TITULAR_CAO, Rol.ADMIN)) {
            assertFalse(PoliticaAcceso.veDatosPersonales(EnumSet.of(rol)), rol.name());
        }
    }
}
