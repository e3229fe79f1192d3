package mx.gob.imss.siade.documentos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class PaginasTiffTest {

    @Test
    void unaPaginaAnchaSeReduceAlAnchoDePantallaConservandoProporcion() {
        BufferedImage escaneo = new BufferedImage(5100, 6600, BufferedImage.TYPE_BYTE_BINARY); // carta a 600 dpi
        BufferedImage vista = PaginasTiff.escalar(escaneo);
        assertEquals(PaginasTiff.ANCHO_MAXIMO, vista.getWidth());
        assertEquals(2200, vista.getHeight());
    }

    @Test
    void unaPaginaAngostaQuedaIgual() {
        BufferedImage escaneo = new BufferedImage(600, 800, BufferedImage.TYPE_BYTE_GRAY);
        assertSame(escaneo, PaginasTiff.escalar(escaneo));
    }
}
