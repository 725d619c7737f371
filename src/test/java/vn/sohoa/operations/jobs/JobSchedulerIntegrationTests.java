package vn.sohoa.operations.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.sohoa.SampleScans;
import vn.sohoa.SohoaApplication;

/** The scheduler fires a real job from a file of jobs/ and skips an invalid file. */
@SpringBootTest(classes = SohoaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class JobSchedulerIntegrationTests {

    private static final Path home = SampleScans.newTempDir("sohoa-scheduler");
    private static final Path jobs = writeJobs();

    @Autowired
    JobRunner runner;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sohoa.home", () -> home.toString());
        registry.add("sohoa.jobs.dir", jobs::toString);
        registry.add("sohoa.scheduler.enabled", () -> "true");
    }

    @Test
    void firesTheJobOnItsCronSchedule() throws InterruptedException {
        for (int i = 0; i < 300 && runner.lastRun("fixity").isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertThat(runner.lastRun("fixity")).get().satisfies(run -> {
            assertThat(run.succeeded()).isTrue();
            assertThat(run.summary()).contains("0 records");
        });
    }

    private static Path writeJobs() {
        try {
            Path dir = SampleScans.newTempDir("jobs");
            Files.writeString(dir.resolve("every-second-fixity.yml"), "job: fixity\ncron: \"* * * * * *\"\nzone: UTC\n");
            Files.writeString(dir.resolve("broken.yml"), "job: fixity\ncron: nonsense\n");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
