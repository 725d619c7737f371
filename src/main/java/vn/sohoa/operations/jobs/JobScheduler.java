package vn.sohoa.operations.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

/**
 * Fires the enabled jobs of {@code jobs/} on their cron schedules, in their time zones. Runs only
 * in the long-lived server ({@code sohoa serve} sets {@code sohoa.scheduler.enabled}). Invalid
 * files are logged with file, line and reason at start-up and skipped; the others still run. A
 * fire time that finds its job still running is skipped with a warning (the {@link JobRunner}
 * refuses overlapping runs).
 */
@Component
@ConditionalOnProperty(name = "sohoa.scheduler.enabled", havingValue = "true")
public class JobScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(JobScheduler.class);

    private final ScheduleCatalog catalog;
    private final JobRunner runner;
    private final ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    private final List<ScheduledFuture<?>> scheduled = new ArrayList<>();
    private volatile boolean running;

    public JobScheduler(ScheduleCatalog catalog, JobRunner runner) {
        this.catalog = catalog;
        this.runner = runner;
        scheduler.setPoolSize(2);
        scheduler.setThreadNamePrefix("scheduler-");
    }

    @Override
    public void start() {
        scheduler.initialize();
        JobDefinitionLoader.Result loaded = catalog.load();
        loaded.problems().forEach(p -> log.warn("Invalid job file, skipped: {}", p));
        for (JobDefinition job : loaded.definitions()) {
            if (job.enabled()) {
                scheduled.add(scheduler.schedule(() -> fire(job), new CronTrigger(job.cronText(), job.zone())));
                log.info("Scheduled {} ({}): cron \"{}\" {}", job.name(), job.job(), job.cronText(), job.zone());
            }
        }
        running = true;
    }

    private void fire(JobDefinition job) {
        try {
            JobOutcome outcome = runner.run(job.job(), job.parameters());
            log.info("Scheduled job {} ended: {} ({})", job.name(), outcome.succeeded() ? "ok" : "problems", outcome.summary());
        } catch (JobBusyException e) {
            log.warn("Scheduled job {} skipped: {}", job.name(), e.getMessage());
        } catch (RuntimeException e) {
            log.error("Scheduled job {} failed", job.name(), e);
        }
    }

    @Override
    public void stop() {
        scheduled.forEach(f -> f.cancel(false));
        scheduler.shutdown();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
