package vn.sohoa.operations.jobs;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.stereotype.Component;

/** The declarations of {@code jobs/}, checked against the jobs this Sohoa can run. */
@Component
public class ScheduleCatalog {

    private final Path dir;
    private final JobRunner runner;

    public ScheduleCatalog(JobsProperties properties, JobRunner runner) {
        this.dir = properties.dir();
        this.runner = runner;
    }

    public JobDefinitionLoader.Result load() {
        return new JobDefinitionLoader(runner.jobs().keySet()).load(dir);
    }

    /**
     * @param dir folder of the job declarations; the launcher points it at the checkout's {@code jobs/}
     */
    @ConfigurationProperties("sohoa.jobs")
    public record JobsProperties(@DefaultValue("jobs") Path dir) {
    }
}
