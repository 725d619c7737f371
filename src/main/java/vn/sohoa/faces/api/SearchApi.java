package vn.sohoa.faces.api;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.sohoa.pipeline.index.SearchFilter;
import vn.sohoa.pipeline.index.SearchResults;
import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.search.SearchRequest;
import vn.sohoa.services.search.SearchService;

/** {@code GET /api/search}: the search of the web page, as JSON. */
@RestController
@RequestMapping("/api")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Tag(name = "Search")
class SearchApi {

    static final int DEFAULT_SIZE = 20;

    private final SearchService search;

    SearchApi(SearchService search) {
        this.search = search;
    }

    @GetMapping("/search")
    @Operation(summary = "Search records",
            description = "Words with or without diacritics (exact diacritics rank first), \"phrases\", prefix*, or an identifier "
                    + "(owner ID, dossier code, document number) typed in q; field filters AND-ed; facets by type, agency and year; "
                    + "snippets with matches in <b>.")
    @Parameters({
            @Parameter(in = ParameterIn.QUERY, name = SearchRequest.Q, description = "Free text; empty or * for everything"),
            @Parameter(in = ParameterIn.QUERY, name = SearchRequest.ISSUED_FROM, description = "Issued on or after (yyyy-MM-dd or dd/MM/yyyy)"),
            @Parameter(in = ParameterIn.QUERY, name = SearchRequest.ISSUED_TO, description = "Issued on or before (yyyy-MM-dd or dd/MM/yyyy)"),
            @Parameter(in = ParameterIn.QUERY, name = SearchRequest.PAGE, description = "Page number from 1 (default 1)"),
            @Parameter(in = ParameterIn.QUERY, name = SearchRequest.SIZE, description = "Hits per page, at most 100 (default 20)"),
            @Parameter(in = ParameterIn.QUERY, name = SearchRequest.FACETS, description = "Count hits by type, agency and year (default true)")})
    SearchResults search(@Parameter(hidden = true) @RequestParam Map<String, String> parameters, @Parameter(hidden = true) Actor actor) {
        return search.search(actor, SearchRequest.of(parameters::get, DEFAULT_SIZE, true));
    }

    /** The field filters, documented from {@link SearchFilter}: the one list of them. */
    @Bean
    static OperationCustomizer searchFilterParameters() {
        return (operation, handler) -> {
            if (handler.getBeanType() == SearchApi.class) {
                for (SearchFilter filter : SearchFilter.values()) {
                    operation.addParametersItem(new QueryParameter().name(filter.parameter()).description(filter.description())
                            .schema(new StringSchema()));
                }
            }
            return operation;
        };
    }
}
