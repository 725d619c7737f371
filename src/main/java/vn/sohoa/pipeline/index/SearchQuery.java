package vn.sohoa.pipeline.index;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a clerk asks for: free text (words with or without diacritics, {@code "phrases"},
 * {@code prefix*}, or blank for everything), field filters (AND between filters, OR between the
 * values of one filter), an issue-date range, one page of hits, and whether to count facets.
 *
 * @param issuedFrom first issue date included, or null
 * @param issuedTo   last issue date included, or null
 * @param offset     hits to skip (paging)
 * @param limit      hits to return
 * @param order      the order of the hits
 */
public record SearchQuery(String text, Map<SearchFilter, List<String>> filters, LocalDate issuedFrom, LocalDate issuedTo,
                          int offset, int limit, boolean facets, Order order) {

    /** How hits are ordered; ties are always broken by record id, so the same index gives the same order. */
    public enum Order {
        /** Best matches first; without words, newest issue date first. */
        RELEVANCE,
        /** Newest issue date first (records without a date last). */
        ISSUED_NEWEST,
        /** Oldest issue date first (records without a date last). */
        ISSUED_OLDEST,
        /** Archived longest ago first: the review queue. */
        ARCHIVED_OLDEST
    }

    public SearchQuery(String text, Map<SearchFilter, List<String>> filters, LocalDate issuedFrom, LocalDate issuedTo,
                       int offset, int limit, boolean facets) {
        this(text, filters, issuedFrom, issuedTo, offset, limit, facets, Order.RELEVANCE);
    }

    public SearchQuery {
        order = order == null ? Order.RELEVANCE : order;
        text = text == null ? "" : text;
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit must be 0 or more, not " + offset + " and " + limit);
        }
    }

    /** Free text only, first {@code limit} hits, no facets. */
    public static SearchQuery text(String text, int limit) {
        return new SearchQuery(text, Map.of(), null, null, 0, limit, false);
    }

    /** The same query with one more filter value. */
    public SearchQuery with(SearchFilter filter, String value) {
        Map<SearchFilter, List<String>> more = new EnumMap<>(SearchFilter.class);
        more.putAll(filters);
        more.merge(filter, List.of(value), (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList());
        return new SearchQuery(text, more, issuedFrom, issuedTo, offset, limit, facets, order);
    }

    public SearchQuery issuedBetween(LocalDate from, LocalDate to) {
        return new SearchQuery(text, filters, from, to, offset, limit, facets, order);
    }

    public SearchQuery page(int newOffset, int newLimit) {
        return new SearchQuery(text, filters, issuedFrom, issuedTo, newOffset, newLimit, facets, order);
    }

    public SearchQuery withFacets() {
        return new SearchQuery(text, filters, issuedFrom, issuedTo, offset, limit, true, order);
    }

    public SearchQuery ordered(Order newOrder) {
        return new SearchQuery(text, filters, issuedFrom, issuedTo, offset, limit, facets, newOrder);
    }
}
