package vn.sohoa.faces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * Fixes from the new user's walk-through (issue 16), over real HTTP on the digitized samples: the
 * stored batch report says how the batch ended in local time and links its records; unknown
 * addresses are 404 pages with a way back; records staff's logo leads to their own page.
 */
class WalkThroughFixesHttpTests extends ServedSamples {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theBatchReportOfACompletedBatchSaysCompletedInLocalTimeLinksItsRecordsAndLeadsBack() throws Exception {
        String id = idOf("thong-bao.png");
        HttpResponse<String> report = get(STAFF, "/batches/" + BATCH + "/report.html");
        assertThat(report.statusCode()).isEqualTo(200);
        String html = report.body();
        assertThat(html).contains("Trạng thái: Đã hoàn thành").doesNotContain("running").doesNotContain("null");
        assertThat(html).containsPattern("Bắt đầu: \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d\\. Kết thúc: \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d:\\d\\d")
                .as("no UTC instants with nanoseconds").doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:");
        assertThat(html).contains("<a href=\"/review/" + id + "\">" + id + "</a>");
        assertThat(html).contains("href=\"/batches/" + BATCH + "\"").contains("href=\"/batches\"");
        assertThat(html).as("decimal comma").containsPattern("Độ tin cậy OCR trung bình: \\d+,\\d/100");
    }

    @Test
    void theBatchPageSaysWhatToDoWithAQuarantinedFileAndNamesTheRecordADuplicateDuplicates() throws Exception {
        samples();
        String page = get(STAFF, "/batches/" + BATCH).body();
        assertThat(page).contains("Cần làm: kiểm tra tệp gốc");
        assertThat(page).contains("<a href=\"/review/" + idOf("thong-bao.png") + "\">");
    }

    @Test
    void unknownAddressesAre404PagesWithAWayBackToTheRightHome() throws Exception {
        HttpResponse<String> staff = get(STAFF, "/khong-co-trang-nay");
        assertThat(staff.statusCode()).isEqualTo(404);
        assertThat(staff.body()).contains("Không tìm thấy trang").contains("href=\"/batches\" id=\"home-link\"");
        HttpResponse<String> clerk = get(CLERK, "/records/abc/khong-co");
        assertThat(clerk.statusCode()).isEqualTo(404);
        assertThat(clerk.body()).contains("href=\"/\" id=\"home-link\"");
        assertThat(get(STAFF, "/").statusCode()).as("the search is still the clerks'").isEqualTo(403);
        assertThat(get(STAFF, "/").body()).contains("href=\"/batches\" id=\"home-link\"");
        assertThat(get(STAFF, "/batches").body()).as("the logo leads records staff to their page").contains("class=\"brand\" href=\"/batches\"");
        assertThat(get(CLERK, "/").body()).contains("class=\"brand\" href=\"/\"");
    }

    @Test
    void datesInFieldValuesAndPercentagesReadTheVietnameseWayAndTheEnglishWayInEnglish() throws Exception {
        String id = idOf("quyet-dinh-cap-phep.pdf");
        String record = get(CLERK, "/records/" + id).body();
        assertThat(record).contains("<td>20/07/2022</td>").doesNotContain("<td>2022-07-20</td>");
        assertThat(record).as("a space before the sign, as Vietnamese writes it").contains("<td>100 %</td>").doesNotContain("<td>100%</td>");
        String english = get(CLERK, "/records/" + id + "?lang=en").body();
        assertThat(english).contains("<td>2022-07-20</td>").contains("<td>100%</td>");
        String search = get(CLERK, "/?q=729").body();
        assertThat(search).contains(">20/07/2022</span>").doesNotContain(">2022-07-20</span>");
        String review = get(STAFF, "/review/" + id).body();
        assertThat(review).as("the input keeps the stored ISO value the service accepts").contains("value=\"2022-07-20\"")
                .containsPattern(" · \\d+(,\\d)? %</span>");
    }

    @org.springframework.beans.factory.annotation.Autowired
    vn.sohoa.operations.report.BatchReportStore reports;
    @org.springframework.beans.factory.annotation.Autowired
    vn.sohoa.operations.inbox.Inbox inbox;

    @Test
    void aRunningBatchShowsTheFilesFinishedBeforeTheirChunkIsCommitted() throws Exception {
        String name = "progress-" + Long.toHexString(System.nanoTime());
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(inbox.dir().resolve(name));
        for (String file : java.util.List.of("a.png", "b.png", "c.png")) {
            java.nio.file.Files.copy(vn.sohoa.SampleScans.DIR.resolve("thong-bao.png"), folder.resolve(file));
        }
        try {
            // The state a run is in after two of three files finished, inside one uncommitted chunk.
            reports.saveStatus(new vn.sohoa.operations.report.BatchState(name, "running", null, java.time.Instant.now(), null, 1L,
                    vn.sohoa.operations.report.BatchState.currentHost(), ProcessHandle.current().pid()));
            reports.saveProgress(name, 2);
            assertThat(get(STAFF, "/batches/" + name).body()).contains("đã xử lý 2/3 tệp");
        } finally {
            reports.saveStatus(new vn.sohoa.operations.report.BatchState(name, "completed", null, java.time.Instant.now(), java.time.Instant.now(),
                    1L, vn.sohoa.operations.report.BatchState.currentHost(), ProcessHandle.current().pid()));
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private HttpResponse<String> get(String user, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
