package vn.sohoa.services.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import vn.sohoa.pipeline.index.SearchFilter;

/**
 * A search as asked through any face of Sohoa (command line, API, web page), before validation:
 * the one type all three build, from parameters named alike ({@link SearchFilter#parameter()} and
 * the constants here).
 *
 * @param q          free text; blank for everything
 * @param filters    filter values; blank values are ignored
 * @param issuedFrom first issue date, {@code yyyy-MM-dd} or {@code dd/MM/yyyy}; blank for none
 * @param issuedTo   last issue date, same forms
 * @param page       page number from 1
 * @param size       hits per page
 * @param facets     whether to count hits by type, agency and year
 * @param sort       {@code newest} or {@code oldest} (by issue date); blank for best matches first
 */
public record SearchRequest(String q, Map<SearchFilter, String> filters, String issuedFrom, String issuedTo, int page, int size,
                            boolean facets, String sort) {

    public static final String SORT = "sort";
    public static final String NEWEST = "newest";
    public static final String OLDEST = "oldest";

    public SearchRequest(String q, Map<SearchFilter, String> filters, String issuedFrom, String issuedTo, int page, int size,
                         boolean facets) {
        this(q, filters, issuedFrom, issuedTo, page, size, facets, null);
    }

    public static final String Q = "q";
    public static final String ISSUED_FROM = "issuedFrom";
    public static final String ISSUED_TO = "issuedTo";
    public static final String PAGE = "page";
    public static final String SIZE = "size";
    public static final String FACETS = "facets";

    public SearchRequest {
        q = q == null ? "" : q;
        Map<SearchFilter, String> given = new EnumMap<>(SearchFilter.class);
        if (filters != null) {
            filters.forEach((filter, value) -> {
                if (value != null && !value.isBlank()) {
                    given.put(filter, value.strip());
                }
            });
        }
        filters = Collections.unmodifiableMap(given);
        issuedFrom = blankToNull(issuedFrom);
        issuedTo = blankToNull(issuedTo);
        sort = blankToNull(sort);
    }

    /**
     * The request named by {@code parameter} (a query string, a form, the command line's options
     * translated to parameter names); absent parameters take the defaults given.
     *
     * @throws InvalidSearchException when page, size or facets is not a number or a boolean
     */
    public static SearchRequest of(Function<String, String> parameter, int defaultSize, boolean defaultFacets) {
        Map<SearchFilter, String> filters = new EnumMap<>(SearchFilter.class);
        for (SearchFilter filter : SearchFilter.values()) {
            filters.put(filter, parameter.apply(filter.parameter()));
        }
        return new SearchRequest(parameter.apply(Q), filters, parameter.apply(ISSUED_FROM), parameter.apply(ISSUED_TO),
                number(PAGE, parameter.apply(PAGE), 1), number(SIZE, parameter.apply(SIZE), defaultSize),
                bool(parameter.apply(FACETS), defaultFacets), parameter.apply(SORT));
    }

    /** True when something was asked: words, a filter or a date. */
    public boolean asksAnything() {
        return !q.isBlank() || !filters.isEmpty() || issuedFrom != null || issuedTo != null;
    }

    /** The same request on another page. */
    public SearchRequest onPage(int newPage) {
        return new SearchRequest(q, filters, issuedFrom, issuedTo, newPage, size, facets, sort);
    }

    /** The request as named parameters (blank ones left out): for links that keep the search. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(Q, q);
        filters.forEach((filter, value) -> parameters.put(filter.parameter(), value));
        if (issuedFrom != null) {
            parameters.put(ISSUED_FROM, issuedFrom);
        }
        if (issuedTo != null) {
            parameters.put(ISSUED_TO, issuedTo);
        }
        if (sort != null) {
            parameters.put(SORT, sort);
        }
        if (page != 1) {
            parameters.put(PAGE, String.valueOf(page));
        }
        return parameters;
    }

    /** What was asked, for the audit trail: {@code q=...; ownerId=...; page=N}. */
    public String describe() {
        StringBuilder detail = new StringBuilder(Q).append('=').append(q);
        filters.forEach((filter, value) -> detail.append("; ").append(filter.parameter()).append('=').append(value));
        if (issuedFrom != null) {
            detail.append("; ").append(ISSUED_FROM).append('=').append(issuedFrom);
        }
        if (issuedTo != null) {
            detail.append("; ").append(ISSUED_TO).append('=').append(issuedTo);
        }
        if (sort != null) {
            detail.append("; ").append(SORT).append('=').append(sort);
        }
        return detail.append("; ").append(PAGE).append('=').append(page).toString();
    }

    private static int number(String name, String value, int absent) {
        if (value == null || value.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSearchException(name + " must be a whole number, not '" + value + "'");
        }
    }

    private static boolean bool(String value, boolean absent) {
        return value == null || value.isBlank() ? absent : Boolean.parseBoolean(value.strip());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
