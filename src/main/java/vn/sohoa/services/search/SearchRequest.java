package vn.sohoa.services.search;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A search as typed into any face of Sohoa (command line, API, web page), before validation.
 *
 * @param q          free text; blank for everything
 * @param filters    filter values by parameter name ({@code ownerId}, {@code dossierCode}, ...;
 *                   see {@link vn.sohoa.pipeline.index.SearchFilter}); blank values are ignored
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

    /**
     * The filter map from the filters each face offers, in one place so that the command line and
     * the API name them alike; null values are kept and ignored like blank ones.
     */
    public static Map<String, String> filters(String ownerId, String dossierCode, String documentNumber, String procedureCode,
                                              String typeName, String organName, String batch, String reusedIn) {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("ownerId", ownerId);
        filters.put("dossierCode", dossierCode);
        filters.put("documentNumber", documentNumber);
        filters.put("procedureCode", procedureCode);
        filters.put("typeName", typeName);
        filters.put("organName", organName);
        filters.put("batch", batch);
        filters.put("reusedIn", reusedIn);
        return filters;
    }
}
