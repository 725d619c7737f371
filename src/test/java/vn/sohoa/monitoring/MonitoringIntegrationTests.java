package vn.sohoa.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.sohoa.SampleScans;
import vn.sohoa.SohoaApplication;
import vn.sohoa.digitize.DigitizeService;
import vn.sohoa.jobs.JobRunner;

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

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sohoa.home", () -> home.toString());
    }

    @Test
    void healthNamesTheStoresAndTesseract() throws Exception {
        HttpResponse<String> health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("objectStore").contains("tesseract").contains("db");
    }

    @Test
    void prometheusCountsOutcomesPagesAndJobs() throws Exception {
        Path batch = SampleScans.newTempDir("monitoring-batch");
        Files.copy(SampleScans.DIR.resolve("cong-van-dien-tu.pdf"), batch.resolve("a.pdf"));
        Files.writeString(batch.resolve("b.pdf"), "not a pdf");
        digitizer.digitize(batch, "monitoring", false);
        jobs.run("fixity", Map.of());

        String metrics = get("/actuator/prometheus").body();

        assertThat(metrics).contains("sohoa_files_total{outcome=\"archived\"} 1.0")
                .contains("sohoa_files_total{outcome=\"quarantined\"} 1.0")
                .contains("sohoa_pages_total{source=\"text-layer\"} 1.0")
                .contains("sohoa_job_duration_seconds_count{job=\"fixity\",outcome=\"ok\"} 1");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
