package vn.sohoa.pipeline.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analysis for Vietnamese text typed with or without diacritics.
 *
 * <p>At index time every word is kept twice at the same position: as written (lowercased) and
 * folded (tones and marks removed, đ → d). A query is analysed both ways: its exact form matches
 * only the written tokens, its folded form matches every spelling, so {@code quyet dinh} finds
 * {@code Quyết định}, and {@code má} finds both {@code má} and {@code mà} but ranks {@code má}
 * first. Text is NFC-normalized before it reaches these analyzers.
 */
public final class VietnameseAnalyzers {

    private VietnameseAnalyzers() {
    }

    /** Index analyzer: written and folded tokens at the same positions. */
    public static Analyzer index() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream lower = new LowerCaseFilter(source);
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(lower, true));
            }
        };
    }

    /** Query analyzer for the exact (diacritic-preserving) form. */
    public static Analyzer exact() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new LowerCaseFilter(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                // Prefix terms (quyết*) skip analysis; without this they would keep their capitals.
                return new LowerCaseFilter(in);
            }
        };
    }

    /** Query analyzer for the folded form. */
    public static Analyzer folded() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source), false));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new ASCIIFoldingFilter(new LowerCaseFilter(in), false);
            }
        };
    }
}
