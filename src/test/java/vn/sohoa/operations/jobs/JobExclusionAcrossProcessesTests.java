package vn.sohoa.operations.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.sohoa.SampleScans;
import vn.sohoa.SohoaApplication;
import vn.sohoa.SohoaProcess;

/**
 * Two real Sohoa processes on one job repository (the default H2 file): this test's JVM, which
 * holds the job repository open as {@code sohoa serve} does, and command lines started beside it.
 */
@SpringBootTest(classes = SohoaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class JobExclusionAcrossProcessesTests {

    private static final Path home = SampleScans.newTempDir("sohoa-two-processes");

    @Autowired
    JobLeases leases;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sohoa.home", () -> home.toString());
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void aJobRunningInOneProcessIsRefusedInAnotherWhichNamesIt() throws Exception {
        try (JobLeases.Lease running = leases.acquire("fixity")) { // what JobRunner holds while fixity runs here
            Path refused = home.resolve("refused.log");
            assertThat(exitCode(SohoaProcess.start(home, refused, "run", "fixity"))).as(Files.readString(refused)).isEqualTo(4);
            assertThat(Files.readString(refused)).contains("Job fixity is already running")
                    .contains("pid " + ProcessHandle.current().pid());

            // The repository is shared, not locked by the first process: the admin's commands work.
            Path list = home.resolve("jobs.log");
            assertThat(exitCode(SohoaProcess.start(home, list, "jobs"))).as(Files.readString(list)).isZero();
            assertThat(Files.readString(list)).contains("fixity");
        }

        Path ran = home.resolve("ran.log");
        assertThat(exitCode(SohoaProcess.start(home, ran, "run", "fixity"))).as(Files.readString(ran)).isZero();
        assertThat(leases.holder("fixity")).isNull();
    }

    private static int exitCode(Process process) throws InterruptedException {
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
        return process.exitValue();
    }
}
