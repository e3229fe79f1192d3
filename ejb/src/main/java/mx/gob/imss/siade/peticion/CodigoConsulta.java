package mx.gob.imss.siade.peticion;

import mx.gob.imss.siade.infra.CodigoAleatorio;

/**
 * The code that, with the folio, opens the public status page of a petición (act. 11, 5.15): 12
 * random characters of Crockford's base 32 (60 bits), printed as XXXX-XXXX-XXXX on the acuse and in
 * the emails to the persona usuaria. Guessing is also slowed per address.
 */
public final class CodigoConsulta {

    public static final int LARGO = 12;

    private CodigoConsulta() {
    }

    public static String nuevo() {
        return CodigoAleatorio.generar(LARGO);
    }
}
