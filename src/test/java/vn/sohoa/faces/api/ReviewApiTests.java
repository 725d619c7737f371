package vn.sohoa.faces.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.faces.web.FixtureServer;
import vn.sohoa.pipeline.index.RecordIndexer;
import vn.sohoa.services.review.ReviewFixtures;
import vn.sohoa.storage.ObjectStore;

/** {@code GET /api/review} and {@code PATCH /api/records/{id}/fields} over real HTTP, with the roles' rules. */
class ReviewApiTests extends FixtureServer {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper mapper = JsonMapper.builder().build();

    @Autowired
    ObjectStore store;
    @Autowired
    JsonMapper json;
    @Autowired
    RecordIndexer indexer;

    @Test
    void theQueueIsListedAndAFieldCorrectedRefusedWithTheReasonOrMarkedChecked() throws Exception {
        String batch = "review-api-" + Long.toHexString(System.nanoTime());
        String id = ReviewFixtures.id(batch, 1);
        new ReviewFixtures(store, json, indexer).decision(id, batch, "089O92225l27", 0.3, Instant.parse("2025-06-01T00:00:00Z"), List.of());

        JsonNode queue = mapper.readTree(call(STAFF, "GET", "/api/review?batch=" + batch, null).body());
        assertThat(queue.get("total").asInt()).isEqualTo(1);
        assertThat(queue.get("items").get(0).get("recordId").asString()).isEqualTo(id);
        assertThat(queue.get("items").get(0).get("notes").get(0).get("code").asString()).isEqualTo("LOW_CONFIDENCE");

        HttpResponse<String> refused = call(STAFF, "PATCH", "/api/records/" + id + "/fields", "{\"field\":\"ownerIds\",\"value\":\"12345\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode problem = mapper.readTree(refused.body());
        assertThat(problem.get("type").asString()).endsWith("correction-owner-id");
        assertThat(problem.toString()).contains("12 chữ số");
        assertThat(problem.get("message").asString()).as("the field as staff know it, not its code name")
                .startsWith("Không lưu được Số định danh chủ sở hữu:").doesNotContain("ownerIds");
        JsonNode english = mapper.readTree(call(STAFF, "PATCH", "/api/records/" + id + "/fields?lang=en", "{\"field\":\"ownerIds\",\"value\":\"12345\"}").body());
        assertThat(english.get("message").asString()).startsWith("Cannot save Owner IDs:");

        HttpResponse<String> corrected = call(STAFF, "PATCH", "/api/records/" + id + "/fields", "{\"field\":\"ownerIds\",\"value\":\"089092225127\"}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        JsonNode outcome = mapper.readTree(corrected.body());
        assertThat(outcome.get("record").get("fields").get("ownerIds").get("source").asString()).isEqualTo("manual");
        assertThat(outcome.get("written").get(0).get("oldValue").get(0).asString()).isEqualTo("089O92225l27");
        assertThat(mapper.readTree(call(STAFF, "GET", "/api/review?batch=" + batch, null).body()).get("total").asInt()).isZero();

        assertThat(call(CLERK, "PATCH", "/api/records/" + id + "/fields", "{\"field\":\"ownerIds\",\"value\":\"089092225128\"}").statusCode())
                .as("clerks see corrections but do not make them").isEqualTo(403);
        JsonNode shown = mapper.readTree(call(CLERK, "GET", "/api/records/" + id, null).body());
        assertThat(shown.get("corrections").get(0).get("by").asString()).isEqualTo(STAFF);
        List<String> found = new ArrayList<>();
        mapper.readTree(call(CLERK, "GET", "/api/search?ownerId=089092225127", null).body()).get("hits")
                .forEach(h -> found.add(h.get("id").asString()));
        assertThat(found).contains(id);
        assertThat(call(ADMIN, "PATCH", "/api/records/" + id + "/fields", "{\"checked\":true}").statusCode()).isEqualTo(200);
        assertThat(call(STAFF, "PATCH", "/api/records/000000000000000000000000/fields", "{\"field\":\"subject\",\"value\":\"x\"}")
                .statusCode()).isEqualTo(404);
    }

    private HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user));
        if (body != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
