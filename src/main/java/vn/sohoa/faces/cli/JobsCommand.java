package vn.sohoa.faces.cli;

import java.time.ZonedDateTime;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.sohoa.operations.jobs.JobDefinition;
import vn.sohoa.operations.jobs.JobDefinitionLoader;
import vn.sohoa.operations.jobs.JobDefinitionProblem;
import vn.sohoa.operations.jobs.JobRunner;
import vn.sohoa.operations.jobs.ScheduleCatalog;

/** {@code sohoa jobs}: the scheduled jobs of {@code jobs/}, their next and last runs. */
@Command(name = "jobs", mixinStandardHelpOptions = true,
        description = "List the scheduled jobs (jobs/*.yml): schedule, next fire time, last run and outcome.")
final class JobsCommand extends ContextCommand {

    @Option(names = "--check", description = "Only check the files of jobs/; exit 2 if any is invalid.")
    boolean check;

    @Override
    protected int run(ConfigurableApplicationContext context) {
        JobDefinitionLoader.Result loaded = context.getBean(ScheduleCatalog.class).load();
        for (JobDefinitionProblem problem : loaded.problems()) {
            spec.commandLine().getErr().println("invalid: " + problem);
        }
        if (check) {
            out().printf("%d valid, %d invalid job files%n", loaded.definitions().size(), loaded.problems().size());
            return loaded.problems().isEmpty() ? ExitCodes.OK : ExitCodes.USAGE;
        }
        JobRunner runner = context.getBean(JobRunner.class);
        for (JobDefinition job : loaded.definitions()) {
            ZonedDateTime next = job.enabled() ? job.cron().next(ZonedDateTime.now(job.zone())) : null;
            String last = runner.lastRun(job.job()).map(r -> r.finishedAt() + " " + (r.succeeded() ? "ok" : "PROBLEMS")
                    + " (" + r.summary() + ")").orElse("never");
            out().printf("%-18s %-15s cron \"%s\" %s%n    next: %s%n    last: %s%n", job.name(), job.job(), job.cronText(),
                    job.zone(), next == null ? "disabled" : next, last);
        }
        return loaded.problems().isEmpty() ? ExitCodes.OK : ExitCodes.USAGE;
    }
}
