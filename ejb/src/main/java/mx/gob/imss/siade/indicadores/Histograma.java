package mx.gob.imss.siade.indicadores;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;

/**
 * Business days to conclusion of a group of cases, as counts per number of days: exact medians and
 * percentiles by the nearest-rank method (the value of the case at rank ⌈p·n⌉ in increasing order).
 */
public final class Histograma implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TreeMap<Integer, Long> cuentas = new TreeMap<>();
    private long total;
    private long enPlazo;
    private long fueraDePlazo;

    /** {@code cantidad} cases that took {@code dias}, of which {@code cumplieron} met the deadline and {@code no} did not. */
    public void sumar(int dias, long cantidad, long cumplieron, long no) {
        cuentas.merge(dias, cantidad, Long::sum);
        total += cantidad;
        enPlazo += cumplieron;
        fueraDePlazo += no;
    }

    public long total() {
        return total;
    }

    /** Concluded on or before their answer deadline. */
    public long enPlazo() {
        return enPlazo;
    }

    public long fueraDePlazo() {
        return fueraDePlazo;
    }

    /** Cases concluded without an answer deadline (never classified): out of the percentage. */
    public long sinPlazo() {
        return total - enPlazo - fueraDePlazo;
    }

    /** Percentage concluded within the deadline, of those that had one; null when none had. */
    public Double porcentajeEnPlazo() {
        long conPlazo = enPlazo + fueraDePlazo;
        return conPlazo == 0 ? null : 100.0 * enPlazo / conPlazo;
    }

    /** The nearest-rank percentile {@code p} (0 &lt; p ≤ 1); null for an empty group. */
    public Integer percentil(double p) {
        if (total == 0) {
            return null;
        }
        long rango = (long) Math.ceil(p * total);
        long acumulado = 0;
        for (Map.Entry<Integer, Long> e : cuentas.entrySet()) {
            acumulado += e.getValue();
            if (acumulado >= Math.max(1, rango)) {
                return e.getKey();
            }
        }
        return cuentas.lastKey();
    }

    public Integer mediana() {
        return percentil(0.5);
    }

    public Integer p90() {
        return percentil(0.9);
    }
}
