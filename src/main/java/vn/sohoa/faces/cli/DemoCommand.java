package vn.sohoa.faces.cli;

import java.nio.file.Path;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.sohoa.operations.digitize.BatchRun;
import vn.sohoa.operations.digitize.DigitizeService;
import vn.sohoa.pipeline.index.SearchIndex;

/** {@code sohoa demo}: digitizes the sample scans with the embedded stores and shows a search. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Digitize sample-scans/ with the embedded stores, print the summary and an example search.")
final class DemoCommand extends ContextCommand {

    /** Typed without diacritics on purpose: shows that clerks need not type them. */
    static final String EXAMPLE_QUERY = "giay phep xay dung";

    @Option(names = "--batch", paramLabel = "DIR", defaultValue = "${sys:sohoa.root:-.}/sample-scans",
            description = "Batch folder (default: sample-scans of the Sohoa checkout).")
    Path batch;

    @Override
    protected int run(ConfigurableApplicationContext context) {
        BatchRun run = context.getBean(DigitizeService.class).digitize(batch, null, false);
        BatchSummary.printRun(out(), run);
        if (!run.succeeded()) {
            return ExitCodes.JOB_FAILED;
        }
        out().println();
        out().println("Example search (typed without diacritics): " + EXAMPLE_QUERY);
        SearchCommand.print(out(), EXAMPLE_QUERY, context.getBean(SearchIndex.class).search(EXAMPLE_QUERY, 3));
        out().println();
        out().println("Try: ./sohoa search \"quyet dinh\"   ./sohoa batch " + run.batch() + "   ./sohoa show ID");
        return ExitCodes.OK;
    }
}
