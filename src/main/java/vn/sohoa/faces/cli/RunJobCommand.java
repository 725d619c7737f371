package vn.sohoa.faces.cli;

import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine;

import vn.sohoa.operations.jobs.JobOutcome;
import vn.sohoa.operations.jobs.JobRunner;

/** {@code sohoa run JOB} for the scheduled jobs (those of {@code jobs/}): runs one now. */
@Command(mixinStandardHelpOptions = true)
final class RunJobCommand extends ContextCommand {

    private final String job;

    private RunJobCommand(String job) {
        this.job = job;
    }

    /** The subcommand for one job, with its description for {@code --help}. */
    static CommandLine of(String job, String description) {
        CommandLine command = new CommandLine(new RunJobCommand(job));
        command.getCommandSpec().name(job);
        command.getCommandSpec().usageMessage().description(description + ". Exit 0 when it found nothing wrong.");
        return command;
    }

    @Override
    protected int run(ConfigurableApplicationContext context) {
        JobOutcome outcome = context.getBean(JobRunner.class).run(job, Map.of());
        out().printf("%s %s: %s%n", job, outcome.succeeded() ? "completed" : "FOUND PROBLEMS", outcome.summary());
        if (outcome.reportKey() != null) {
            out().println("report: " + outcome.reportKey());
        }
        return outcome.succeeded() ? ExitCodes.OK : ExitCodes.JOB_FAILED;
    }
}
