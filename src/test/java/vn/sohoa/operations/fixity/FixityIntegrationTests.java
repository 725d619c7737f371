package vn.sohoa.operations.fixity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.sohoa.SampleScans;
import vn.sohoa.SohoaApplication;
import vn.sohoa.model.ArchiveLayout;
import vn.sohoa.operations.digitize.BatchRun;
import vn.sohoa.operations.digitize.DigitizeService;
import vn.sohoa.operations.jobs.JobOutcome;
import vn.sohoa.operations.jobs.JobRunner;
import vn.sohoa.storage.ObjectStore;

/** The fixity job over a real archive in the embedded S3 server, before and after tampering. */
@SpringBootTest(classes = SohoaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class FixityIntegrationTests {

    private static final Path home = SampleScans.newTempDir("sohoa-fixity");

    @Autowired
    DigitizeService digitizer;
    @Autowired
    JobRunner jobs;
    @Autowired
    ObjectStore store;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sohoa.home", () -> home.toString());
    }

    @Test
    void findsMissingChangedAndUnexpectedObjectsAndKeepsEveryReport() throws Exception {
        Path batch = SampleScans.newTempDir("fixity-batch");
        Files.copy(SampleScans.DIR.resolve("cong-van-dien-tu.pdf"), batch.resolve("a.pdf"));
        Files.copy(SampleScans.DIR.resolve("thong-bao.png"), batch.resolve("b.png"));
        BatchRun run = digitizer.digitize(batch, "fixity", false);
        String a = run.report().files().get(0).recordId();
        String b = run.report().files().get(1).recordId();

        JobOutcome clean = jobs.run("fixity", Map.of());
        assertThat(clean.succeeded()).as(clean.summary()).isTrue();
        // Each record: original, text and the signed searchable PDF.
        assertThat(clean.summary()).contains("2 records").contains("6 objects").contains("0 problems");

        store.put(ArchiveLayout.text(a), "đã sửa".getBytes(StandardCharsets.UTF_8), "text/plain", Map.of());
        store.delete(ArchiveLayout.original(b));
        store.put(ArchiveLayout.recordPrefix(b) + "stray.bin", new byte[] {1}, "application/octet-stream", Map.of());

        JobOutcome tampered = jobs.run("fixity", Map.of());

        assertThat(tampered.succeeded()).isFalse();
        FixityReport report = new tools.jackson.databind.json.JsonMapper().readValue(store.read(tampered.reportKey()), FixityReport.class);
        assertThat(report.problems()).extracting(p -> p.kind() + " " + p.key()).containsExactlyInAnyOrder(
                "changed " + ArchiveLayout.text(a), "missing " + ArchiveLayout.original(b),
                "unexpected " + ArchiveLayout.recordPrefix(b) + "stray.bin");
        String html = new String(store.read(tampered.reportKey().replace(".json", ".html")), StandardCharsets.UTF_8);
        assertThat(html).contains("Kiểm tra toàn vẹn").contains("Bị thay đổi").contains(ArchiveLayout.text(a));
        assertThat(store.list("fixity/").filter(o -> o.key().endsWith("report.json")).count()).isEqualTo(2);
        assertThat(jobs.lastRun("fixity")).get().extracting(JobOutcome::succeeded).isEqualTo(false);
    }
}
