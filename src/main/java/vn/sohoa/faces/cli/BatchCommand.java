package vn.sohoa.faces.cli;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.sohoa.operations.report.BatchNotFoundException;
import vn.sohoa.operations.report.BatchReport;
import vn.sohoa.operations.report.BatchReports;
import vn.sohoa.services.audit.Actor;

/** {@code sohoa batch NAME}: the report of a batch. */
@Command(name = "batch", mixinStandardHelpOptions = true, description = "Show the report of a batch: every file with its outcome.")
final class BatchCommand extends ContextCommand {

    @Parameters(index = "0", paramLabel = "NAME", description = "The batch name.")
    String name;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    @Override
    protected int run(ConfigurableApplicationContext context) {
        BatchReport report = context.getBean(BatchReports.class).report(Actor.cli(), name, "command line")
                .orElseThrow(() -> BatchNotFoundException.named(name));
        if (json) {
            printJson(context, report);
        } else {
            BatchSummary.printReport(out(), report);
        }
        return ExitCodes.OK;
    }
}
