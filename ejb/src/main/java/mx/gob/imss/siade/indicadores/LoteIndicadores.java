package mx.gob.imss.siade.indicadores;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import mx.gob.imss.siade.plazos.CalendarioRepository;

/**
 * One batch of the indicators' outbox, in one transaction: under the job's lock (one node at a time), each
 * case's contribution is recomputed, the difference with the stored one applied to the summaries, the new
 * one stored and its tasks deleted. A crash rolls all of it back; the tasks stay for the next run.
 */
@Stateless
@PermitAll
public class LoteIndicadores {

    @Inject
    private ResumenesRepository resumenes;

    @Inject
    private CalendarioRepository calendarios;

    @Inject
    private Clock reloj;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int aplicar(int maximo) {
        resumenes.bloquear();
        List<long[]> tareas = resumenes.tareas(maximo);
        if (tareas.isEmpty()) {
            return 0;
        }
        Set<Long> casos = new LinkedHashSet<>();
        List<Long> ids = new ArrayList<>();
        for (long[] t : tareas) {
            ids.add(t[0]);
            casos.add(t[1]);
        }
        Map<Long, DatosCaso> datos = resumenes.casos(new ArrayList<>(casos));
        LocalDate hoy = LocalDate.now(reloj);
        for (Long id : casos) {
            Optional<ContribucionCaso> anterior = resumenes.contribucion(id);
            DatosCaso caso = datos.get(id);
            Optional<ContribucionCaso> nueva = caso == null ? Optional.empty()
                    : Optional.of(ContribucionCaso.de(caso, calendarios.calendario(hoy)));
            if (anterior.equals(nueva)) {
                continue;
            }
            List<ContribucionCaso.Incremento> antes = anterior.map(ContribucionCaso::incrementos).orElse(List.of());
            List<ContribucionCaso.Incremento> ahora = nueva.map(ContribucionCaso::incrementos).orElse(List.of());
            // Only the rows that change: a reclassification moves one monthly row, not all of them.
            antes.stream().filter(k -> !ahora.contains(k)).forEach(k -> resumenes.sumar(k, -1));
            ahora.stream().filter(k -> !antes.contains(k)).forEach(k -> resumenes.sumar(k, 1));
            if (nueva.isPresent()) {
                resumenes.guardar(id, nueva.get(), anterior.isPresent());
            } else {
                resumenes.borrar(id);
            }
        }
        resumenes.borrarTareas(ids);
        resumenes.marcarActualizado(OffsetDateTime.now(reloj));
        return tareas.size();
    }
}
