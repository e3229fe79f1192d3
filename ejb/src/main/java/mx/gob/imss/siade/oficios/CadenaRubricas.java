package mx.gob.imss.siade.oficios;

import java.util.ArrayList;
import java.util.List;
import mx.gob.imss.siade.seguridad.Rol;
import mx.gob.imss.siade.seguridad.Usuario;

/**
 * Who initials an oficio and who signs it, in order (5.71): the one who drafted it (or turns it to
 * rúbrica), then the jefe de área, then the signer. Oficios of the DAC are signed by the Titular DAC;
 * oficios addressed to an Órgano normativo carry the Titular DAC's rúbrica and are signed by the
 * Titular CAO. The one place that says so: screens and services ask here.
 */
public final class CadenaRubricas {

    /** One step of the chain. */
    public record Paso(PapelRubrica papel, Usuario usuario) {
    }

    /** The rúbricas in order and who signs at the end. */
    public record Cadena(List<Paso> rubricas, Usuario firmante) {
        public Cadena {
            rubricas = List.copyOf(rubricas);
        }
    }

    /** The people the rules choose from; any of them may be missing from the catalogue. */
    public record Participantes(Usuario turna, Usuario jefeArea, Usuario titularDac, Usuario titularCao) {
    }

    private CadenaRubricas() {
    }

    /**
     * @throws CadenaIncompletaException naming the role nobody active holds
     */
    public static Cadena para(boolean organoNormativo, Participantes p) {
        if (p.jefeArea() == null) {
            throw new CadenaIncompletaException("error.rubrica.sinJefe");
        }
        Usuario firmante = organoNormativo ? p.titularCao() : p.titularDac();
        if (firmante == null) {
            throw new CadenaIncompletaException(organoNormativo ? "error.rubrica.sinTitularCao" : "error.rubrica.sinTitularDac");
        }
        if (organoNormativo && p.titularDac() == null) {
            throw new CadenaIncompletaException("error.rubrica.sinTitularDac");
        }
        List<Paso> pasos = new ArrayList<>();
        Usuario turna = p.turna();
        // The drafter initials first, unless the drafter is the jefe (one rúbrica each) or a titular.
        if (turna != null && !turna.equals(p.jefeArea()) && !turna.getRoles().contains(Rol.TITULAR_DAC)
                && !turna.getRoles().contains(Rol.TITULAR_CAO)) {
            pasos.add(new Paso(PapelRubrica.REDACCION, turna));
        }
        pasos.add(new Paso(PapelRubrica.JEFE_AREA, p.jefeArea()));
        if (organoNormativo) {
            pasos.add(new Paso(PapelRubrica.TITULAR_DAC, p.titularDac()));
        }
        return new Cadena(pasos, firmante);
    }
}
