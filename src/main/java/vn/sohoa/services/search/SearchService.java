package vn.sohoa.services.search;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import vn.sohoa.pipeline.index.SearchFilter;
import vn.sohoa.pipeline.index.SearchIndex;
import vn.sohoa.pipeline.index.SearchQuery;
import vn.sohoa.pipeline.index.SearchRefusedException;
import vn.sohoa.pipeline.index.SearchResults;
import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.audit.AuditAction;
import vn.sohoa.services.audit.AuditTrail;

/**
 * Searching, the one service behind {@code sohoa search}, {@code GET /api/search} and the web
 * page: checks what was typed and turns it into a {@link SearchQuery}.
 */
@Service
public class SearchService {

    public static final int MAX_PAGE_SIZE = 100;
    /** Deep paging costs memory per request; nobody reads past the 10,000th hit. */
    static final int MAX_DEPTH = 10_000;
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final SearchIndex index;
    private final AuditTrail audit;

    public SearchService(SearchIndex index, AuditTrail audit) {
        this.index = index;
        this.audit = audit;
    }

    /**
     * Runs the search for {@code actor}. Hits show names and ID numbers, so the search and the
     * records it listed are written to the audit trail before the hits are handed out.
     *
     * @throws InvalidSearchException naming the parameter at fault
     */
    public SearchResults search(Actor actor, SearchRequest request) {
        SearchResults results;
        try {
            results = index.search(toQuery(request));
        } catch (SearchRefusedException e) {
            throw new InvalidSearchException(e);
        }
        audit.record(actor, AuditAction.SEARCH, null, request.describe() + "; total=" + results.total(),
                results.hits().stream().map(SearchResults.Hit::id).toList());
        return results;
    }

    static SearchQuery toQuery(SearchRequest request) {
        if (request.size() < 0 || request.size() > MAX_PAGE_SIZE) {
            throw new InvalidSearchException("search-size", "size must be between 0 and " + MAX_PAGE_SIZE + ", not " + request.size(),
                    MAX_PAGE_SIZE, request.size());
        }
        if (request.page() < 1) {
            throw new InvalidSearchException("search-page", "page must be 1 or more, not " + request.page(), request.page());
        }
        long offset = (long) (request.page() - 1) * request.size();
        if (offset + request.size() > MAX_DEPTH) {
            throw new InvalidSearchException("search-too-deep", "page " + request.page() + " is beyond the first " + MAX_DEPTH
                    + " hits; narrow the search", request.page(), MAX_DEPTH);
        }
        Map<SearchFilter, List<String>> filters = new EnumMap<>(SearchFilter.class);
        request.filters().forEach((filter, value) -> filters.put(filter, List.of(value)));
        LocalDate from = date(SearchRequest.ISSUED_FROM, request.issuedFrom());
        LocalDate to = date(SearchRequest.ISSUED_TO, request.issuedTo());
        if (from != null && to != null && from.isAfter(to)) {
            throw new InvalidSearchException("search-dates-reversed", "issuedFrom " + from + " is after issuedTo " + to, from, to);
        }
        return new SearchQuery(request.q(), filters, from, to, (int) offset, request.size(), request.facets(), order(request.sort()));
    }

    private static SearchQuery.Order order(String sort) {
        if (sort == null) {
            return SearchQuery.Order.RELEVANCE;
        }
        return switch (sort.strip().toLowerCase(java.util.Locale.ROOT)) {
            case SearchRequest.NEWEST -> SearchQuery.Order.ISSUED_NEWEST;
            case SearchRequest.OLDEST -> SearchQuery.Order.ISSUED_OLDEST;
            case "relevance" -> SearchQuery.Order.RELEVANCE;
            default -> throw new InvalidSearchException("search-sort", "sort must be newest, oldest or relevance, not '" + sort + "'", sort);
        };
    }

    private static LocalDate date(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        try {
            return LocalDate.parse(value, value.contains("/") ? VIETNAMESE : ISO);
        } catch (DateTimeParseException e) {
            throw new InvalidSearchException("search-date", name + " '" + value + "' is not a date: use yyyy-MM-dd or dd/MM/yyyy", name, value);
        }
    }
}
