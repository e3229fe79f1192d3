package mx.gob.imss.siade.busqueda;

import java.nio.file.Files;

/** The index contract on a real Lucene index in a temporary folder. */
class IndiceLuceneTest extends ContratoIndiceTest {

    private IndiceLucene lucene;

    @Override
    protected IndiceBusqueda abrirIndice() throws Exception {
        System.setProperty("siade.indice.dir", Files.createTempDirectory("indice-prueba").toString());
        lucene = new IndiceLucene();
        lucene.abrir();
        return lucene;
    }

    @Override
    protected void cerrarIndice() {
        lucene.cerrar();
        System.clearProperty("siade.indice.dir");
    }
}
