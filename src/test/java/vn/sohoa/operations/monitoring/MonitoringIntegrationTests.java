package vn.sohoa.operations.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.sohoa.SampleScans;
import vn.sohoa.SohoaApplication;
import vn.sohoa.operations.digitize.DigitizeService;
import vn.sohoa.operations.jobs.JobRunner;
import vn.sohoa.services.security.Role;
import vn.sohoa.services.security.UserAccounts;

/** Health and Prometheus metrics of the running server, over real HTTP. */
@SpringBootTest(classes = SohoaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonitoringIntegrationTests {

    private static final Path home = SampleScans.newTempDir("sohoa-monitoring");

    @LocalServerPort
    int port;
    @Autowired
    DigitizeService digitizer;
    @Autowired
    JobRunner jobs;
    @Autowired
    UserAccounts accounts;

    private static final String PASSWORD = "giám-sát-hệ-thống";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sohoa.home", () -> home.toString());
    }

    @BeforeEach
    void admin() {
        if (accounts.find("monitor").isEmpty()) {
            accounts.add("monitor", Set.of(Role.ADMIN), PASSWORD);
        }
    }

    @Test
    void healthIsStatusOnlyForAnyoneAndNamesTheStoresAndTesseractForAdmins() throws Exception {
        HttpResponse<String> anonymous = get("/actuator/health", null);
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("tesseract");

        HttpResponse<String> admin = get("/actuator/health", "monitor");
        assertThat(admin.body()).contains("\"status\":\"UP\"").contains("objectStore").contains("tesseract").contains("db")
                .contains("\"languages\":\"vie\"");
    }

    @Test
    void prometheusCountsOutcomesPagesAndJobs() throws Exception {
        Path batch = SampleScans.newTempDir("monitoring-batch");
        Files.copy(SampleScans.DIR.resolve("cong-van-dien-tu.pdf"), batch.resolve("a.pdf"));
        Files.writeString(batch.resolve("b.pdf"), "not a pdf");
        Files.copy(SampleScans.DIR.resolve("thong-bao.png"), batch.resolve("c.png"));
        digitizer.digitize(batch, "monitoring", false);
        jobs.run("fixity", Map.of());

        assertThat(get("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        String metrics = get("/actuator/prometheus", "monitor").body();

        assertThat(metrics).contains("sohoa_files_total{host=\"" + vn.sohoa.operations.report.BatchState.currentHost() + "\",outcome=\"archived\"} 2.0")
                .contains("sohoa_files_total{host=\"" + vn.sohoa.operations.report.BatchState.currentHost() + "\",outcome=\"quarantined\"} 1.0")
                .contains("sohoa_pages_total{source=\"text-layer\"} 1.0")
                .contains("sohoa_pages_total{source=\"ocr\"} 1.0")
                .contains("sohoa_job_duration_seconds_count{job=\"fixity\",outcome=\"ok\"} 1");
        // Time per stage; OCR seconds are sohoa_stage_seconds_sum{stage="ocr"}: one page was OCRed.
        assertThat(metrics).containsPattern("sohoa_stage_seconds_count\\{stage=\"pdf\"\\} [1-9]")
                .containsPattern("sohoa_stage_seconds_count\\{stage=\"upload\"\\} [1-9]")
                .containsPattern("sohoa_stage_seconds_count\\{stage=\"index\"\\} [1-9]")
                .contains("sohoa_stage_seconds_count{stage=\"ocr\"} 1")
                .containsPattern("sohoa_stage_seconds_sum\\{stage=\"ocr\"\\} (0\\.[0-9]*[1-9]|[1-9])");
    }

    private HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
