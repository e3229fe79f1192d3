package mx.gob.imss.siade.firma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The signing path without the server: demo PKI, e.firma, the checks, PAdES B-LT, DSS validation. */
class FirmaPadesTest {

    static final PkiDemo.Persona DAC = new PkiDemo.Persona("titular.dac", "PATRICIA FLORES MENDEZ", "FOMP750312AB1",
            "FOMP750312MDFLNT09");
    static final PkiDemo.Persona CAO = new PkiDemo.Persona("titular.cao", "RICARDO TORRES VEGA", "TOVR700820CD2",
            "TOVR700820HDFRGC05");

    @TempDir
    static Path carpeta;

    static PkiDemo pki;
    static ConfianzaFirma confianza;

    @BeforeAll
    static void pki() {
        System.setProperty("siade.pki.dir", carpeta.toString());
        pki = new PkiDemo();
        pki.asegurar(List.of(DAC, CAO), DAC, DAC);
        confianza = new ConfianzaFirma(pki, Clock.systemUTC());
    }

    static byte[] pdf(int paginas) throws Exception {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
            for (int i = 0; i < paginas; i++) {
                doc.addPage(new PDPage(PDRectangle.LETTER));
            }
            doc.save(salida);
            return salida.toByteArray();
        }
    }

    static CredencialFirma credencial(String nombre, String contrasena) {
        return CredencialFirma.abrir(pki.leer(nombre + ".cer"), pki.leer(nombre + ".key"), contrasena.toCharArray());
    }

    @Test
    @DisplayName("Firma B-LT con bloque visible: DSS la da por válida sin conexión; un byte cambiado se detecta")
    void firmaYValida() throws Exception {
        CredencialFirma dac = credencial("titular.dac", PkiDemo.CONTRASENA);
        assertEquals("FOMP750312AB1", dac.rfc().orElseThrow());
        confianza.verificar(dac.certificado(), "FOMP750312AB1");
        FirmaPades firma = new FirmaPades(confianza, dac.certificado());
        assertEquals("PAdES_BASELINE_LT", firma.nivel().name());
        byte[] firmado = firma.firmar(pdf(2), dac, new BloqueFirma("PATRICIA FLORES MENDEZ", "Titular de la DAC", null,
                "29/11/2026 10:00", "CORR/000001/2026", "ABCD-EFGH-JKMN-PQRS",
                "http://localhost:8080/siade/verificar.xhtml?o=CORR/000001/2026&c=ABCDEFGHJKMNPQRS"), new Date(),
                "Firma del oficio");

        ValidadorPdf.Veredicto veredicto = ValidadorPdf.validar(firmado, confianza.verificadorDss());
        assertTrue(veredicto.valida(), veredicto.explicacion());
        assertEquals("TOTAL_PASSED", veredicto.indicacion());

        byte[] alterado = firmado.clone();
        int i = indice(alterado, "/Contents") - 200; // inside the signed bytes, before the signature dictionary
        alterado[i] = (byte) (alterado[i] == '0' ? '1' : '0');
        ValidadorPdf.Veredicto malo = ValidadorPdf.validar(alterado, confianza.verificadorDss());
        assertFalse(malo.valida());
    }

    @Test
    @DisplayName("Contraseña equivocada, certificado de otra persona, vencido o revocado: rechazos en español")
    void rechazos() {
        FirmaRechazadaException e = assertThrows(FirmaRechazadaException.class, () -> credencial("titular.dac", "otra"));
        assertEquals("error.firma.contrasena", e.clave());
        CredencialFirma cao = credencial("titular.cao", PkiDemo.CONTRASENA);
        assertEquals("error.firma.noEsSuyo", assertThrows(FirmaRechazadaException.class,
                () -> confianza.verificar(cao.certificado(), "FOMP750312AB1")).clave());
        CredencialFirma vencido = credencial("vencido", PkiDemo.CONTRASENA);
        assertEquals("error.firma.vencido", assertThrows(FirmaRechazadaException.class,
                () -> confianza.verificar(vencido.certificado(), "FOMP750312AB1")).clave());
        CredencialFirma revocado = credencial("revocado", PkiDemo.CONTRASENA);
        assertEquals("error.firma.revocado", assertThrows(FirmaRechazadaException.class,
                () -> confianza.verificar(revocado.certificado(), "FOMP750312AB1")).clave());
        assertEquals("error.firma.llaveAjena", assertThrows(FirmaRechazadaException.class,
                () -> CredencialFirma.abrir(pki.leer("titular.dac.cer"), pki.leer("titular.cao.key"),
                        PkiDemo.CONTRASENA.toCharArray())).clave());
    }

    private static int indice(byte[] datos, String texto) {
        byte[] buscado = texto.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = datos.length - buscado.length; i >= 0; i--) {
            for (int j = 0; j < buscado.length; j++) {
                if (datos[i + j] != buscado[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError(texto + " no está");
    }
}
