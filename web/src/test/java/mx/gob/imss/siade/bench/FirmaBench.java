package mx.gob.imss.siade.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mx.gob.imss.siade.firma.CredencialFirma;
import mx.gob.imss.siade.firma.PkiDemo;
import mx.gob.imss.siade.firma.PortafirmasService;
import mx.gob.imss.siade.pruebas.ComoTitularDac;
import mx.gob.imss.siade.pruebas.Despliegue;
import mx.gob.imss.siade.pruebas.OficiosDePrueba;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Batch signing through the service (PortafirmasService.firmarLote as the Titular DAC: checks, PAdES
 * with the visible block and QR, B-LT time stamp and CRL, each oficio filed in its own transaction)
 * beside the raw SHA256withRSA signature of as many digests with the same key. Run by
 * {@code bench/firma.sh}, never by the test suite; it writes its table to {@code bench.salida}.
 */
@ExtendWith(ArquillianExtension.class)
class FirmaBench {

    private static final int OFICIOS = Integer.getInteger("bench.oficios", 100);
    private static final int CALENTAMIENTO = 30;
    private static final int RONDAS = 3;

    @Deployment
    static WebArchive despliegue() {
        return Despliegue.conEjecutoresDeRol();
    }

    @EJB
    private OficiosDePrueba preparados;

    @EJB
    private PortafirmasService portafirmas;

    @EJB
    private ComoTitularDac comoTitularDac;

    @Inject
    private PkiDemo pki;

    private List<Long> porFirmar(int cuantos) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < cuantos; i++) {
            ids.add(preparados.porFirmar().getId());
        }
        return ids;
    }

    private double lote(List<Long> ids) throws Exception {
        long inicio = System.nanoTime();
        List<PortafirmasService.Resultado> r = comoTitularDac.ejecutar(() -> portafirmas.firmarLote(ids,
                pki.leer("titular.dac.cer"), pki.leer("titular.dac.key"), PkiDemo.CONTRASENA.toCharArray(), n -> { }));
        double segundos = (System.nanoTime() - inicio) / 1e9;
        assertEquals(ids.size(), r.stream().filter(PortafirmasService.Resultado::firmado).count(), r.toString());
        return segundos;
    }

    @Test
    void medir() throws Exception {
        lote(porFirmar(CALENTAMIENTO));
        CredencialFirma credencial = CredencialFirma.abrir(pki.leer("titular.dac.cer"), pki.leer("titular.dac.key"),
                PkiDemo.CONTRASENA.toCharArray());
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < 200; i++) {
            credencial.firmar(sha.digest(new byte[] {(byte) i}));
        }
        double mejorLote = Double.MAX_VALUE;
        double mejorCrudo = Double.MAX_VALUE;
        List<String> rondas = new ArrayList<>();
        for (int ronda = 1; ronda <= RONDAS; ronda++) {
            double lote = lote(porFirmar(OFICIOS));
            long inicio = System.nanoTime();
            for (int i = 0; i < OFICIOS; i++) {
                credencial.firmar(sha.digest(("oficio " + ronda + " " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            }
            double crudo = (System.nanoTime() - inicio) / 1e9;
            rondas.add(String.format(Locale.ROOT, "| %d | %.2f | %.1f | %.3f | %.0fx |", ronda, lote, lote * 1000 / OFICIOS,
                    crudo * 1000 / OFICIOS, lote / crudo));
            mejorLote = Math.min(mejorLote, lote);
            mejorCrudo = Math.min(mejorCrudo, crudo);
        }
        StringBuilder md = new StringBuilder();
        md.append("Firma por lote de ").append(OFICIOS).append(" oficios a través de PortafirmasService (PAdES ")
                .append("B-LT con bloque visible y QR, sello de tiempo y CRL de la PKI de demostración, cada oficio en su ")
                .append("transacción, H2 en Payara Micro, ").append(Runtime.getRuntime().availableProcessors())
                .append(" núcleos), junto a la firma RSA cruda (SHA256withRSA) de ").append(OFICIOS)
                .append(" resúmenes con la misma llave, en un hilo. ").append(CALENTAMIENTO)
                .append(" oficios de calentamiento; ").append(RONDAS).append(" rondas.\n\n")
                .append("| ronda | lote s | ms por oficio | RSA crudo ms por firma | lote / crudo |\n")
                .append("|---:|---:|---:|---:|---:|\n");
        rondas.forEach(f -> md.append(f).append('\n'));
        md.append(String.format(Locale.ROOT, "%nMejor ronda: %.2f s por %d oficios (%.1f ms por oficio); RSA crudo %.3f ms; "
                + "relación %.0fx.%n", mejorLote, OFICIOS, mejorLote * 1000 / OFICIOS, mejorCrudo * 1000 / OFICIOS,
                mejorLote / mejorCrudo));
        System.out.println(md);
        Files.writeString(Path.of(System.getProperty("bench.salida", "target/bench-firma.md")), md);
    }
}
