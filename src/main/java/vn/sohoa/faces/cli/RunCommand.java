package vn.sohoa.faces.cli;

import java.nio.file.Path;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import vn.sohoa.operations.digitize.BatchRun;
import vn.sohoa.operations.digitize.DigitizeService;
import vn.sohoa.operations.reindex.IndexRebuilder;

/** {@code sohoa run JOB}: runs a job now. */
@Command(name = "run", description = "Run a job now.", mixinStandardHelpOptions = true,
        subcommands = {RunCommand.Digitize.class, RunCommand.Reindex.class})
final class RunCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required job name: one of " + spec.subcommands().keySet());
    }

    @Command(name = "digitize", mixinStandardHelpOptions = true,
            description = "Digitize one batch folder: OCR, archive, index. Exit 0 when the job completed.")
    static final class Digitize extends ContextCommand {

        @Option(names = "--batch", required = true, paramLabel = "DIR", description = "The batch folder (nested folders allowed).")
        Path batch;

        @Option(names = "--name", paramLabel = "NAME", description = "Batch name (default: the folder's name).")
        String name;

        @Option(names = "--rerun", description = "Digitize again even if the unchanged batch was completed before.")
        boolean rerun;

        @Option(names = "--partitions", paramLabel = "N", description = {
                "Split the batch into N partitions (balanced by pages) for the workers (sohoa worker) sharing",
                "this PostgreSQL job repository and bucket; 1: digitize here. Default: sohoa.scale-out.partitions (1)."})
        Integer partitions;

        @Override
        protected int run(ConfigurableApplicationContext context) {
            BatchRun run = context.getBean(DigitizeService.class).digitize(batch, name, rerun, partitions);
            BatchSummary.printRun(out(), run);
            return run.succeeded() ? 0 : ExitCodes.JOB_FAILED;
        }
    }

    @Command(name = "reindex", mixinStandardHelpOptions = true,
            description = {"Rebuild the search index from the bucket alone (every record.json, its text and reuse entries).",
                    "Searches see the old index until the new one is complete."})
    static final class Reindex extends ContextCommand {

        @Override
        protected int run(ConfigurableApplicationContext context) {
            IndexRebuilder.Summary summary = context.getBean(IndexRebuilder.class).rebuild();
            out().printf("Index rebuilt from %s: %d records in %.1f s%s%n", context.getBean(vn.sohoa.storage.ObjectStore.class).describe(),
                    summary.records(), summary.elapsed().toMillis() / 1000.0,
                    summary.unreadable() == 0 ? "" : "; " + summary.unreadable() + " records could not be read (see the log)");
            return summary.unreadable() == 0 ? ExitCodes.OK : ExitCodes.JOB_FAILED;
        }
    }
}
