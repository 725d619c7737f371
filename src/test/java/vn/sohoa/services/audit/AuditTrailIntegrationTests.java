package vn.sohoa.services.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.faces.web.ServedSamples;
import vn.sohoa.faces.web.SignedInClient;
import vn.sohoa.model.ArchiveLayout;
import vn.sohoa.operations.reindex.IndexRebuilder;
import vn.sohoa.storage.ObjectStore;

/** Each kind of access leaves one event in the bucket (who, what, from where); admins query it; a reindex keeps it. */
class AuditTrailIntegrationTests extends ServedSamples {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    IndexRebuilder rebuilder;

    @Autowired
    ObjectStore store;

    @Test
    void everyKindOfAccessIsRecordedAndAnAdminFindsItByUserRecordAndDay() throws Exception {
        String id = idOf("ho-kinh-doanh.jpg");
        String reader = "auditee";
        if (accounts.find(reader).isEmpty()) {
            accounts.add(reader, java.util.Set.of(vn.sohoa.services.security.Role.CLERK), PASSWORD);
        }
        assertThat(call(reader, "GET", "/api/search?q=ho+kinh+doanh", null).statusCode()).isEqualTo(200);
        assertThat(call(reader, "GET", "/api/records/" + id, null).statusCode()).isEqualTo(200);
        assertThat(call(reader, "GET", "/api/records/" + id + "/original", null).statusCode()).isEqualTo(200);
        assertThat(call(reader, "GET", "/api/records/" + id + "/text?inline=true", null).statusCode()).isEqualTo(200);
        assertThat(call(reader, "POST", "/api/records/" + id + "/reuse", "{\"dossierCode\":\"000.00.10.H01-250401-0009\"}").statusCode())
                .isIn(200, 201);
        SignedInClient browserLike = new SignedInClient(this::url, basic(reader));
        assertThat(browserLike.get("/records/" + id).statusCode()).isEqualTo(200);
        assertThat(browserLike.postForm("/records/" + id + "/reuse", Map.of("dossierCode", "000.00.10.H01-250401-0010"), true).statusCode())
                .isEqualTo(302);

        JsonNode mine = audit("/api/audit?user=" + reader);
        List<String> actions = new java.util.ArrayList<>();
        mine.get("events").forEach(e -> actions.add(e.get("action").asString() + " " + e.get("channel").asString()));
        assertThat(actions).containsExactly("SEARCH api", "VIEW api", "DOWNLOAD api", "DOWNLOAD api", "REUSE api", "VIEW web", "REUSE web");
        JsonNode search = mine.get("events").get(0);
        assertThat(search.get("who").asString()).isEqualTo(reader);
        assertThat(search.get("from").asString()).isEqualTo("127.0.0.1");
        assertThat(search.get("detail").asString()).contains("q=ho kinh doanh");
        assertThat(search.get("results").toString()).contains(id);
        assertThat(mine.get("events").get(2).get("detail").asString()).isEqualTo("original");
        assertThat(mine.get("events").get(3).get("detail").asString()).isEqualTo("text (shown inline)");
        assertThat(mine.get("events").get(4).get("detail").asString()).contains("000.00.10.H01-250401-0009");

        JsonNode byRecord = audit("/api/audit?record=" + id + "&user=" + reader);
        assertThat(byRecord.get("count").asInt()).as("the search listed it, and six accesses named it").isEqualTo(7);
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        assertThat(audit("/api/audit?user=" + reader + "&from=" + today + "&to=" + today).get("count").asInt()).isEqualTo(7);
        assertThat(audit("/api/audit?user=" + reader + "&from=2001-01-01&to=2001-12-31").get("count").asInt()).isZero();
        assertThat(call(ADMIN, "GET", "/api/audit?from=2025-02-01&to=2025-01-01", null).statusCode()).isEqualTo(400);

        rebuilder.rebuild();
        assertThat(audit("/api/audit?user=" + reader).get("events")).as("the trail is not part of the index").hasSize(7);
    }

    @Test
    void aQueryReadsTheLastMonthUnlessToldAndNeverMoreThanAYear() throws Exception {
        java.time.Instant old = java.time.Instant.now().minus(java.time.Duration.ofDays(45));
        String day = ArchiveLayout.auditDay(old.atZone(java.time.ZoneOffset.UTC).toLocalDate());
        store.put(day + "old-event.json", json.writeValueAsBytes(Map.of("id", "old-event", "at", old.toString(), "who", "ancien",
                "action", "VIEW", "recordId", "r1", "from", "127.0.0.1", "channel", "web")), "application/json", Map.of());
        assertThat(audit("/api/audit?user=ancien").get("count").asInt()).as("45 days ago: outside the default month").isZero();
        String then = old.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate().toString();
        assertThat(audit("/api/audit?user=ancien&from=" + then).get("count").asInt()).isEqualTo(1);
        HttpResponse<String> tooLong = call(ADMIN, "GET", "/api/audit?from=2020-01-01&to=2025-12-31", null);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json.readTree(tooLong.body()).get("message").asString()).contains("tối đa 366 ngày");
    }

    @Test
    void readingBatchReportsAndDigitizingNowAreAudited() throws Exception {
        samples();
        String staffer = "report-reader";
        if (accounts.find(staffer).isEmpty()) {
            accounts.add(staffer, java.util.Set.of(vn.sohoa.services.security.Role.RECORDS_STAFF), PASSWORD);
        }
        SignedInClient staff = new SignedInClient(this::url, basic(staffer));
        assertThat(staff.get("/api/batches/" + BATCH).statusCode()).isEqualTo(200);
        assertThat(staff.get("/batches/" + BATCH).statusCode()).isEqualTo(200);
        assertThat(staff.get("/batches/" + BATCH + "/report.html").statusCode()).isEqualTo(200);
        assertThat(staff.upload("/batches", "lo-ngay", Map.of("a.pdf", "%PDF-1.4".getBytes()), true).statusCode()).isEqualTo(302);
        staff.takeCsrfTokenOf("/batches/lo-ngay");
        assertThat(staff.postForm("/batches/lo-ngay/digitize", Map.of(), true).statusCode()).isEqualTo(302);

        JsonNode events = audit("/api/audit?user=" + staffer).get("events");
        List<String> seen = new java.util.ArrayList<>();
        events.forEach(e -> seen.add(e.get("action").asString() + " " + e.get("detail").asString()));
        assertThat(seen).contains("BATCH_REPORT batch " + BATCH + " (api)", "BATCH_REPORT batch " + BATCH + " (batch page)",
                "BATCH_REPORT batch " + BATCH + " (report.html)", "DIGITIZE batch lo-ngay (digitize now)");
        assertThat(audit("/api/audit?record=" + idOf("thong-bao.png") + "&user=" + staffer).get("count").asInt())
                .as("each report read names the records it listed").isEqualTo(3);
    }

    @Test
    void onlyAdminsReadTheAuditTrail() throws Exception {
        assertThat(call(CLERK, "GET", "/api/audit", null).statusCode()).isEqualTo(403);
        assertThat(call(STAFF, "GET", "/api/audit", null).statusCode()).isEqualTo(403);
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(url("/api/audit"))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow()).startsWith("Basic");
        assertThat(anonymous.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(call(CLERK, "GET", "/api/search?q=x", null).statusCode()).isEqualTo(200);
        HttpResponse<String> wrongPassword = http.send(HttpRequest.newBuilder(URI.create(url("/api/search")))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((CLERK + ":wrong").getBytes())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
    }

    private JsonNode audit(String path) throws Exception {
        HttpResponse<String> response = call(ADMIN, "GET", path, null);
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
        samples();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user));
        if (body != null) {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
