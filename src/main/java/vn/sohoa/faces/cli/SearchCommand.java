package vn.sohoa.faces.cli;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.sohoa.pipeline.index.SearchFilter;
import vn.sohoa.pipeline.index.SearchResults;
import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.search.SearchRequest;
import vn.sohoa.services.search.SearchService;

/** {@code sohoa search QUERY [filters]}: search with or without diacritics, by field, with facets. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search records by words (with or without diacritics), \"phrases\", prefix*, an owner ID,",
                "a dossier code or a document number, or * for all; narrow with field filters."})
final class SearchCommand extends ContextCommand {

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for (* or \"\" for everything).")
    String query;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N hits per page (default ${DEFAULT-VALUE}, at most 100).")
    int limit;

    @Option(names = "--page", paramLabel = "P", defaultValue = "1", description = "Page P of the hits (default ${DEFAULT-VALUE}).")
    int page;

    @Option(names = "--from", paramLabel = "DATE", description = "Issued on or after DATE (yyyy-MM-dd or dd/MM/yyyy).")
    String from;
    @Option(names = "--to", paramLabel = "DATE", description = "Issued on or before DATE.")
    String to;
    @Option(names = "--facets", description = "Also count the hits by type, agency and year.")
    boolean facets;

    @Option(names = "--sort", paramLabel = "ORDER", description = "newest or oldest issue date first (default: best matches first).")
    String sort;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    @Override
    protected int run(ConfigurableApplicationContext context) {
        SearchRequest request = new SearchRequest(query, filters(spec), from, to, page, limit, facets, sort);
        SearchResults results = context.getBean(SearchService.class).search(Actor.cli(), request);
        if (json) {
            printJson(context, results);
        } else {
            print(out(), query, results);
        }
        return ExitCodes.OK;
    }

    /**
     * One option per {@link SearchFilter} ({@code --owner-id ID} …), added to the command before
     * its arguments are parsed, so that the filters are named in one place for every face.
     */
    static void addFilterOptions(CommandSpec command) {
        for (SearchFilter filter : SearchFilter.values()) {
            command.addOption(OptionSpec.builder(filter.option()).paramLabel(filter.label()).type(String.class)
                    .description(filter.description() + ".").build());
        }
    }

    private static Map<SearchFilter, String> filters(CommandSpec command) {
        Map<SearchFilter, String> filters = new EnumMap<>(SearchFilter.class);
        for (SearchFilter filter : SearchFilter.values()) {
            filters.put(filter, command.findOption(filter.option()).getValue());
        }
        return filters;
    }

    static void print(PrintWriter out, String query, SearchResults results) {
        out.printf("%d records match '%s'%n", results.total(), query);
        for (SearchResults.Hit hit : results.hits()) {
            out.printf("  %s  %-32s %.2f%s%n      %s%n", hit.id(), hit.fileName(), hit.score(), keyFields(hit),
                    org.springframework.web.util.HtmlUtils.htmlUnescape(hit.snippet().replace("<b>", "[").replace("</b>", "]")));
        }
        results.facets().forEach((facet, counts) -> out.printf("  %s: %s%n", facet,
                String.join(", ", counts.stream().map(c -> c.value() + " (" + c.count() + ")").toList())));
    }

    private static String keyFields(SearchResults.Hit hit) {
        StringBuilder line = new StringBuilder();
        for (String field : List.of("typeName", "documentNumber", "issuedDate", "dossierCode")) {
            List<String> values = hit.fields().get(field);
            if (values != null) {
                line.append("  ").append(String.join("; ", values));
            }
        }
        if (hit.reuseCount() > 0) {
            line.append("  reused ").append(hit.reuseCount()).append("x");
        }
        return line.toString();
    }
}
