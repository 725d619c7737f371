package vn.sohoa.search;

import java.util.Map;

/**
 * A search as typed into any face of Sohoa (command line, API, web page), before validation.
 *
 * @param q          free text; blank for everything
 * @param filters    filter values by parameter name ({@code ownerId}, {@code dossierCode}, ...;
 *                   see {@link vn.sohoa.index.SearchFilter}); blank values are ignored
 * @param issuedFrom first issue date, {@code yyyy-MM-dd} or {@code dd/MM/yyyy}; blank for none
 * @param issuedTo   last issue date, same forms
 * @param page       page number from 1
 * @param size       hits per page
 */
public record SearchRequest(String q, Map<String, String> filters, String issuedFrom, String issuedTo, int page, int size,
                            boolean facets) {

    public SearchRequest {
        filters = filters == null ? Map.of() : filters;
    }
}
