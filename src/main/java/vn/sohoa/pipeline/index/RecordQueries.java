package vn.sohoa.pipeline.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link SearchQuery} into a Lucene query.
 *
 * <p>Free text ({@link SearchText}: words, phrases, prefixes; no other syntax) is searched over
 * {@code text} and {@code meta} twice: in its exact form (boosted, so that {@code má} ranks
 * {@code má} above {@code mà}) and folded (so that {@code quyet dinh} finds {@code Quyết định}),
 * every word required. A typed word that the analyzer splits ({@code 729/QĐ-UBND}, a dossier code)
 * is searched as a phrase, its pieces in order. The whole text is also tried as an identifier
 * (owner ID, dossier code, document number, procedure code), so a personal ID typed with spaces
 * in the one search box still finds its record. Filters restrict without scoring.
 */
final class RecordQueries {

    private static final String[] SEARCHED = {RecordDocuments.TEXT, RecordDocuments.META};
    private static final List<String> IDENTIFIER_FIELDS = List.of("ownerIds", "dossierCode", "documentNumber", "procedureCode");
    private static final float EXACT_BOOST = 2f;
    private static final float IDENTIFIER_BOOST = 4f;
    private static final int MAX_IDENTIFIER_CHARS = 64;

    private RecordQueries() {
    }

    static Query build(SearchQuery query, SearchText text) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(text.matchesAll() ? new MatchAllDocsQuery() : freeText(KeywordValues.nfc(query.text()).strip(), text),
                BooleanClause.Occur.MUST);
        for (Map.Entry<SearchFilter, List<String>> filter : query.filters().entrySet()) {
            builder.add(filter(filter.getKey(), filter.getValue()), BooleanClause.Occur.FILTER);
        }
        if (query.issuedFrom() != null || query.issuedTo() != null) {
            int from = query.issuedFrom() == null ? Integer.MIN_VALUE : RecordDocuments.dayNumber(query.issuedFrom());
            int to = query.issuedTo() == null ? Integer.MAX_VALUE : RecordDocuments.dayNumber(query.issuedTo());
            builder.add(IntPoint.newRangeQuery(RecordDocuments.ISSUED, from, to), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    private static Query freeText(String typed, SearchText text) {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        either.add(new BoostQuery(allParts(text, VietnameseAnalyzers.exact()), EXACT_BOOST), BooleanClause.Occur.SHOULD);
        either.add(allParts(text, VietnameseAnalyzers.folded()), BooleanClause.Occur.SHOULD);
        if (typed.length() <= MAX_IDENTIFIER_CHARS && !text.hasPhrase()) {
            for (String field : IDENTIFIER_FIELDS) {
                Query identifier = identifier(field, typed);
                if (identifier != null) {
                    either.add(new BoostQuery(identifier, IDENTIFIER_BOOST), BooleanClause.Occur.SHOULD);
                }
            }
        }
        return either.build();
    }

    /** Every word and phrase, each in {@code text} or {@code meta}; parts without a word (a lone bracket) ask nothing. */
    private static Query allParts(SearchText text, Analyzer analyzer) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int asked = 0;
        for (SearchText.Part part : text.parts()) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            int fields = 0;
            for (String field : SEARCHED) {
                Query query = part instanceof SearchText.Word word && word.prefix() ? prefix(field, word.text(), analyzer)
                        : new QueryBuilder(analyzer).createPhraseQuery(field, part.text());
                if (query != null) {
                    anyField.add(query, BooleanClause.Occur.SHOULD);
                    fields++;
                }
            }
            if (fields > 0) {
                all.add(anyField.build(), BooleanClause.Occur.MUST);
                asked++;
            }
        }
        return asked == 0 ? new MatchNoDocsQuery("no words") : all.build();
    }

    /**
     * {@code quyết*}: the word's last token as a prefix, the tokens before it required too
     * ({@code 729/QĐ*}). Short prefixes expand to most of the vocabulary: the word needs
     * {@value SearchText#MIN_PREFIX} characters, its last token two.
     */
    private static Query prefix(String field, String word, Analyzer analyzer) {
        List<String> tokens = tokens(analyzer, field, word);
        if (tokens.isEmpty()) {
            return null;
        }
        String last = tokens.get(tokens.size() - 1);
        int characters = tokens.stream().mapToInt(t -> t.codePointCount(0, t.length())).sum();
        if (characters < SearchText.MIN_PREFIX || last.codePointCount(0, last.length()) < 2) {
            throw SearchText.prefixTooShort(word);
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String token : tokens.subList(0, tokens.size() - 1)) {
            all.add(new TermQuery(new Term(field, token)), BooleanClause.Occur.MUST);
        }
        all.add(new PrefixQuery(new Term(field, last)), BooleanClause.Occur.MUST);
        return all.build();
    }

    private static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot analyse '" + text + "'", e);
        }
        return tokens;
    }

    /** The whole typed text as one identifier of {@code field}; a prefix when it ends with {@code *} (null when that prefix is too short). */
    private static Query identifier(String field, String typed) {
        String value = typed.strip();
        if (value.endsWith("*")) {
            String prefix = KeywordValues.normalize(field, value.replaceAll("\\*+$", ""));
            return prefix.codePointCount(0, prefix.length()) < SearchText.MIN_PREFIX ? null
                    : new PrefixQuery(new Term(RecordDocuments.keyword(field), prefix));
        }
        return new TermQuery(new Term(RecordDocuments.keyword(field), KeywordValues.normalize(field, value)));
    }

    private static Query filter(SearchFilter filter, List<String> values) {
        BooleanQuery.Builder anyOf = new BooleanQuery.Builder();
        for (String value : values) {
            anyOf.add(filterValue(filter, value), BooleanClause.Occur.SHOULD);
        }
        return anyOf.build();
    }

    private static Query filterValue(SearchFilter filter, String value) {
        switch (filter.kind()) {
            case KEYWORD:
                return keyword(filter.recordField(), value);
            case PHRASE:
                Query phrase = new QueryBuilder(VietnameseAnalyzers.folded())
                        .createPhraseQuery(RecordDocuments.phrase(filter.recordField()), KeywordValues.nfc(value));
                return phrase == null ? new MatchNoDocsQuery("no words in " + filter.parameter()) : phrase;
            default:
                return new TermQuery(new Term(RecordDocuments.BATCH, value.strip()));
        }
    }

    /** A filter's exact normalized value, or a prefix of it (of at least {@value SearchText#MIN_PREFIX} characters) when it ends with {@code *}. */
    private static Query keyword(String field, String value) {
        String stripped = value.strip();
        if (stripped.endsWith("*")) {
            String typed = stripped.replaceAll("\\*+$", "");
            String prefix = KeywordValues.normalize(field, typed);
            if (prefix.codePointCount(0, prefix.length()) < SearchText.MIN_PREFIX) {
                throw SearchText.prefixTooShort(typed);
            }
            return new PrefixQuery(new Term(RecordDocuments.keyword(field), prefix));
        }
        return new TermQuery(new Term(RecordDocuments.keyword(field), KeywordValues.normalize(field, stripped)));
    }
}
