package vn.sohoa.operations.jobs;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.scheduling.support.CronExpression;

/**
 * One scheduled job, as declared in a file of {@code jobs/}.
 *
 * @param name the file's base name ({@code nightly-digitize} for {@code nightly-digitize.yml})
 * @param job  the job to run (see {@code sohoa jobs})
 * @param cron Spring cron expression, six fields: second minute hour day month weekday
 */
public record JobDefinition(Path file, String name, String job, CronExpression cron, String cronText, ZoneId zone,
                            boolean enabled, Map<String, String> parameters) {
}
