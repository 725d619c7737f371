package vn.sohoa.faces.api;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.audit.AuditTrail;
import vn.sohoa.pipeline.index.SearchResults;
import vn.sohoa.services.search.SearchRequest;
import vn.sohoa.services.search.SearchService;

/** {@code GET /api/search}: the search of the web page, as JSON. */
@RestController
@RequestMapping("/api")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Tag(name = "Search")
class SearchApi {

    private final SearchService search;
    private final AuditTrail audit;

    SearchApi(SearchService search, AuditTrail audit) {
        this.search = search;
        this.audit = audit;
    }

    @GetMapping("/search")
    @Operation(summary = "Search records",
            description = "Words with or without diacritics (exact diacritics rank first), \"phrases\", prefix*, or an identifier "
                    + "(owner ID, dossier code, document number) typed in q; field filters AND-ed; facets by type, agency and year; "
                    + "snippets with matches in <b>.")
    SearchResults search(
            @Parameter(description = "Free text; empty or * for everything") @RequestParam(defaultValue = "") String q,
            @Parameter(description = "Owner's personal ID or tax code; spaces and dots ignored; ends with * for a prefix")
            @RequestParam(required = false) String ownerId,
            @Parameter(description = "Dossier code of the result, e.g. 000.00.10.H01-210705-1187 (or a prefix*)")
            @RequestParam(required = false) String dossierCode,
            @Parameter(description = "Document number, e.g. 729/QĐ-UBND; spaces and diacritics ignored")
            @RequestParam(required = false) String documentNumber,
            @Parameter(description = "Procedure code, e.g. 1.001612") @RequestParam(required = false) String procedureCode,
            @Parameter(description = "Words of the document type, in order") @RequestParam(required = false) String typeName,
            @Parameter(description = "Words of the issuing agency, in order") @RequestParam(required = false) String organName,
            @Parameter(description = "Batch name") @RequestParam(required = false) String batch,
            @Parameter(description = "Dossier code the result was reused in") @RequestParam(required = false) String reusedIn,
            @Parameter(description = "Issued on or after (yyyy-MM-dd or dd/MM/yyyy)") @RequestParam(required = false) String issuedFrom,
            @Parameter(description = "Issued on or before (yyyy-MM-dd or dd/MM/yyyy)") @RequestParam(required = false) String issuedTo,
            @Parameter(description = "Page number from 1") @RequestParam(defaultValue = "1") int page,
            @Parameter(description = "Hits per page, at most 100") @RequestParam(defaultValue = "20") int size,
            @Parameter(description = "Count hits by type, agency and year") @RequestParam(defaultValue = "true") boolean facets,
            HttpServletRequest http) {
        Map<String, String> filters = SearchRequest.filters(ownerId, dossierCode, documentNumber, procedureCode, typeName,
                organName, batch, reusedIn);
        SearchRequest request = new SearchRequest(q, filters, issuedFrom, issuedTo, page, size, facets);
        SearchResults results = search.search(request);
        audit.searched(Actor.of(http), request, results);
        return results;
    }
}
