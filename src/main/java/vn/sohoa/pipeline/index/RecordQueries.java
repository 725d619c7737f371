package vn.sohoa.pipeline.index;

import java.util.List;
import java.util.Map;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
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
 * <p>Free text is parsed twice over {@code text} and {@code meta}: in its exact form (boosted, so
 * that {@code má} ranks {@code má} above {@code mà}) and folded (so that {@code quyet dinh} finds
 * {@code Quyết định}), words ANDed. The whole text is also tried as an identifier (owner ID,
 * dossier code, document number, procedure code), so a personal ID typed with spaces in the one
 * search box still finds its record. Filters restrict without scoring.
 */
final class RecordQueries {

    private static final String[] SEARCHED = {RecordDocuments.TEXT, RecordDocuments.META};
    private static final List<String> IDENTIFIER_FIELDS = List.of("ownerIds", "dossierCode", "documentNumber", "procedureCode");
    private static final float EXACT_BOOST = 2f;
    private static final float IDENTIFIER_BOOST = 4f;

    private RecordQueries() {
    }

    static Query build(SearchQuery query) {
        String text = KeywordValues.nfc(query.text()).strip();
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(isBlank(text) ? new MatchAllDocsQuery() : freeText(text), BooleanClause.Occur.MUST);
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

    /** No words: everything (filters aside). */
    static boolean isBlank(String text) {
        String stripped = text == null ? "" : text.strip();
        return stripped.isEmpty() || stripped.equals("*");
    }

    private static Query freeText(String text) {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        either.add(new BoostQuery(parse(text, new MultiFieldQueryParser(SEARCHED, VietnameseAnalyzers.exact())), EXACT_BOOST),
                BooleanClause.Occur.SHOULD);
        either.add(parse(text, new MultiFieldQueryParser(SEARCHED, VietnameseAnalyzers.folded())), BooleanClause.Occur.SHOULD);
        if (text.length() <= 64 && !text.contains("\"")) {
            for (String field : IDENTIFIER_FIELDS) {
                either.add(new BoostQuery(keyword(field, text), IDENTIFIER_BOOST), BooleanClause.Occur.SHOULD);
            }
        }
        return either.build();
    }

    private static Query parse(String text, QueryParser parser) {
        parser.setDefaultOperator(QueryParser.Operator.AND);
        // "729/QĐ-UBND" or a dossier code is one typed word split into several tokens: keep them in order.
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        try {
            return parser.parse(text);
        } catch (ParseException | IllegalArgumentException e) {
            // A stray quote or bracket from a clerk is text, not syntax.
            try {
                return parser.parse(QueryParser.escape(text));
            } catch (ParseException impossible) {
                throw new IllegalArgumentException("Cannot search for '" + text + "'", impossible);
            }
        }
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

    /** Exact normalized value, or a prefix of it when the value ends with {@code *}. */
    private static Query keyword(String field, String value) {
        String stripped = value.strip();
        if (stripped.endsWith("*") && stripped.length() > 1) {
            String prefix = KeywordValues.normalize(field, stripped.substring(0, stripped.length() - 1));
            return new PrefixQuery(new Term(RecordDocuments.keyword(field), prefix));
        }
        return new TermQuery(new Term(RecordDocuments.keyword(field), KeywordValues.normalize(field, stripped)));
    }
}
