package vn.sohoa.cli;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.sohoa.index.SearchIndex;
import vn.sohoa.index.SearchResults;

/** {@code sohoa search QUERY}: full-text search, with or without diacritics. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search records by words (with or without diacritics), \"phrases\", or * for all.")
final class SearchCommand extends ContextCommand {

    @Parameters(index = "0", paramLabel = "QUERY", description = "What to look for.")
    String query;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N hits (default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    @Override
    protected int run(ConfigurableApplicationContext context) {
        if (limit < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--limit must be 0 or more, not " + limit);
        }
        SearchResults results = context.getBean(SearchIndex.class).search(query, limit);
        if (json) {
            printJson(context, results);
        } else {
            print(out(), query, results);
        }
        return ExitCodes.OK;
    }

    static void print(java.io.PrintWriter out, String query, SearchResults results) {
        out.printf("%d records match '%s'%n", results.total(), query);
        for (SearchResults.Hit hit : results.hits()) {
            out.printf("  %s  %-32s %.2f%n      %s%n", hit.id(), hit.fileName(), hit.score(),
                    hit.snippet().replace("<b>", "[").replace("</b>", "]"));
        }
    }
}
