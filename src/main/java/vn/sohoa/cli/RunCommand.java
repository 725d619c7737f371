package vn.sohoa.cli;

import java.nio.file.Path;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import vn.sohoa.digitize.BatchRun;
import vn.sohoa.digitize.DigitizeService;

/** {@code sohoa run JOB}: runs a job now. */
@Command(name = "run", description = "Run a job now.", mixinStandardHelpOptions = true,
        subcommands = RunCommand.Digitize.class)
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

        @Override
        protected int run(ConfigurableApplicationContext context) {
            BatchRun run = context.getBean(DigitizeService.class).digitize(batch, name, rerun);
            BatchSummary.printRun(out(), run);
            return run.succeeded() ? 0 : ExitCodes.JOB_FAILED;
        }
    }
}
