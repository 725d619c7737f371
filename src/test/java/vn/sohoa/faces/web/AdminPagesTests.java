package vn.sohoa.faces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.sohoa.operations.jobs.JobRunner;

/** The admin page lists the jobs with their last run and links every fixity report, readable as HTML. */
class AdminPagesTests extends ServedSamples {

    @Autowired
    JobRunner jobs;

    @Test
    void listsJobsWithTheirLastRunAndServesTheFixityReports() throws Exception {
        jobs.run("fixity", Map.of());

        String page = get("/admin").body();

        assertThat(page).contains("data-job=\"fixity\"").contains("data-job=\"digitize-inbox\"").contains("Tốt");
        // Issue 16: Vietnamese descriptions, each job's schedule with its next run, times in the office's format.
        assertThat(page).contains("Kiểm tra toàn vẹn: đọc lại mọi tệp đã lưu");
        assertThat(page).contains("không phát hiện vấn đề nào");
        assertThat(page).containsPattern("cron 0 0 3 \\* \\* SUN – lần tới: \\d\\d/\\d\\d/\\d{4} 03:00");
        assertThat(page).containsPattern("data-job=\"fixity\"[\\s\\S]*?\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d");
        Matcher link = Pattern.compile("href=\"(/admin/fixity/[^\"]+/report.html)\"").matcher(page);
        assertThat(link.find()).as(page).isTrue();
        HttpResponse<String> report = get(link.group(1));
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(report.body()).contains("Kiểm tra toàn vẹn").contains("href=\"/admin\"")
                .containsPattern("Bắt đầu: \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d").doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT");
        assertThat(get("/admin/fixity/..%2F..%2Fusers/report.html").statusCode()).isIn(400, 404);
    }

    @Autowired
    vn.sohoa.storage.ObjectStore store;
    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Test
    void eachJobShowsItsLastRunsWithStartEndOutcomeAndTheFailureMessage() throws Exception {
        // An old failed run, as the run log keeps it (JobRunnerTests checks a failing job is logged so).
        java.time.Instant at = java.time.Instant.parse("2020-01-01T00:00:00Z");
        store.put("runs/fixity/2020-01-01T00-00-00Z.json", json.writeValueAsBytes(new vn.sohoa.operations.jobs.JobOutcome("fixity", false,
                "kho lưu trữ không trả lời", null, at, at.plusSeconds(5), null)), "application/json", Map.of());
        jobs.run("fixity", Map.of());
        jobs.run("fixity", Map.of());

        String page = get("/admin").body();
        String fixity = page.substring(page.indexOf("data-job=\"fixity\""));
        fixity = fixity.substring(0, fixity.indexOf("</tr>"));
        assertThat(fixity).containsPattern("<li class=\"run ok\">Bắt đầu \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d, kết thúc \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d – Tốt: ");
        // Issue 18: each run names the host that did it (the old run, logged before hosts were, names none).
        assertThat(fixity).containsPattern("– Tốt: [^<]* · Máy: " + Pattern.quote(vn.sohoa.operations.report.BatchState.currentHost()) + "</li>");
        assertThat(fixity.split("<li class=\"run ").length - 1).as("the last runs, at most " + AdminPages.RECENT_RUNS)
                .isBetween(3, AdminPages.RECENT_RUNS);
        assertThat(fixity).contains("<li class=\"run error\">Bắt đầu 01/01/2020 07:00:00, kết thúc 01/01/2020 07:00:05 – Có vấn đề: kho lưu trữ không trả lời</li>");
        assertThat(fixity.lastIndexOf("run error")).as("newest first").isGreaterThan(fixity.indexOf("run ok"));
    }

    @Test
    void runNowStartsAJobInTheBackgroundAndThePageShowsItsRun() throws Exception {
        HttpResponse<String> asked = new SignedInClient(this::url, basic(ADMIN)).postForm("/admin/jobs/reindex/run", Map.of(), true);
        assertThat(asked.statusCode()).isEqualTo(302);
        assertThat(asked.headers().firstValue("Location")).get().asString().endsWith("/admin");
        // Polls for the outcome (not a time limit on it): the run is in the background.
        for (int i = 0; i < 600 && (jobs.lastRun("reindex").isEmpty() || get("/admin").body().contains("Đang chạy")); i++) {
            Thread.sleep(300);
        }
        assertThat(get("/admin").body()).containsPattern("data-job=\"reindex\"[\\s\\S]*?Tốt");
        assertThat(get("/admin").body()).contains("id=\"run-reindex\"");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url(path)))
                .header("Authorization", basic(ADMIN)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
