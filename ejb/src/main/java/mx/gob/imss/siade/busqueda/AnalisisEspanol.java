package mx.gob.imss.siade.busqueda;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.es.SpanishPluralStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How Spanish text is cut into searchable terms (stack.md, measured here): for free text, tokens →
 * lower case → Spanish stop words (before folding, so «él» and «el» are both dropped) → accents folded
 * (atención = atencion, Peña = Pena) → plural stem (peticiones = petición); for names, lower case and
 * folding only (no stemming of surnames).
 */
public final class AnalisisEspanol {

    public static final String TEXTO = "texto";
    public static final String NOMBRE = "nombre";

    private AnalisisEspanol() {
    }

    /** The analyzer of free text. */
    public static Analyzer texto() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String campo) {
                Tokenizer fuente = new StandardTokenizer();
                TokenStream t = new LowerCaseFilter(fuente);
                t = new StopFilter(t, SpanishAnalyzer.getDefaultStopSet());
                t = new ASCIIFoldingFilter(t);
                t = new SpanishPluralStemFilter(t);
                return new TokenStreamComponents(fuente, t);
            }

            @Override
            protected TokenStream normalize(String campo, TokenStream entrada) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(entrada));
            }
        };
    }

    /** The analyzer of names: folded, never stemmed. */
    public static Analyzer nombres() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String campo) {
                Tokenizer fuente = new StandardTokenizer();
                return new TokenStreamComponents(fuente, new ASCIIFoldingFilter(new LowerCaseFilter(fuente)));
            }

            @Override
            protected TokenStream normalize(String campo, TokenStream entrada) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(entrada));
            }
        };
    }

    /** Both, by field: names for {@value #NOMBRE}, free text for everything else. */
    public static Analyzer porCampo() {
        return new PerFieldAnalyzerWrapper(texto(), Map.of(NOMBRE, nombres()));
    }
}
