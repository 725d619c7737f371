package vn.sohoa.operations.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.sohoa.PostgresServer;
import vn.sohoa.SampleScans;
import vn.sohoa.SohoaApplication;
import vn.sohoa.operations.digitize.BatchRun;
import vn.sohoa.operations.digitize.DigitizeService;

/**
 * The job repository of a multi-host deployment: a real PostgreSQL server (started here, as its
 * own account), reached through the same configuration keys and the same JDBC code as the
 * embedded H2 file. The OCR engine is the fake one: what is tested is the repository, not OCR.
 */
@SpringBootTest(classes = SohoaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresJobRepositoryIntegrationTests {

    private static final Path home = SampleScans.newTempDir("sohoa-home-pg");
    private static PostgresServer postgres;

    @Autowired
    DigitizeService digitize;
    @Autowired
    JobLeases leases;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) throws Exception {
        postgres = PostgresServer.start();
        registry.add("sohoa.home", home::toString);
        registry.add("sohoa.ocr.engine", () -> "fake");
        postgres.environment().forEach((key, value) -> registry.add(switch (key) {
            case "SOHOA_DB_URL" -> "spring.datasource.url";
            case "SOHOA_DB_USER" -> "spring.datasource.username";
            default -> "spring.datasource.password";
        }, () -> value));
    }

    @AfterAll
    void stopPostgres() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aBatchIsDigitizedWithItsExecutionKeptInPostgresAndNotRepeated() throws Exception {
        Path batch = SampleScans.newTempDir("samples-pg");
        SampleScans.copyTo(batch);
        BatchRun first = digitize.digitize(batch, "samples-pg", false);
        assertThat(first.result()).as(String.valueOf(first.message())).isEqualTo(BatchRun.Result.COMPLETED);
        assertThat(first.report().counts()).containsEntry("archived", 5).containsEntry("duplicate", 1).containsEntry("quarantined", 1);

        try (Connection connection = postgres.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT e.STATUS FROM BATCH_JOB_EXECUTION e JOIN BATCH_JOB_INSTANCE i"
                     + " ON e.JOB_INSTANCE_ID = i.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'digitize'")) {
            assertThat(rows.next()).as("the execution is in PostgreSQL").isTrue();
            assertThat(rows.getString(1)).isEqualTo("COMPLETED");
        }
        assertThat(digitize.digitize(batch, "samples-pg", false).result()).isEqualTo(BatchRun.Result.ALREADY_COMPLETED);
    }

    @Test
    void aJobLeaseIsHeldInPostgres() {
        try (JobLeases.Lease lease = leases.acquire("pg-lease-test")) {
            assertThat(leases.holder("pg-lease-test")).isNotNull();
        }
        assertThat(leases.holder("pg-lease-test")).isNull();
    }
}
