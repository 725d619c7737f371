package vn.sohoa.faces.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.SampleScans;
import vn.sohoa.operations.reindex.IndexRebuilder;
import vn.sohoa.pipeline.index.SearchIndex;
import vn.sohoa.pipeline.index.SearchQuery;
import vn.sohoa.pipeline.index.SearchResults;

/** The REST API over real HTTP, on records digitized from the sample scans. */
class RestApiIntegrationTests extends vn.sohoa.faces.web.ServedSamples {

    private final HttpClient http = HttpClient.newHttpClient();
    /** Who the requests sign in as (HTTP Basic): a clerk unless a test says otherwise. */
    private String user = CLERK;
    private final JsonMapper json = JsonMapper.builder().build();

    @Autowired
    IndexRebuilder rebuilder;
    @Autowired
    SearchIndex index;

    @Test
    void searchFindsWithoutDiacriticsWithFacetsAndSnippets() throws Exception {
        JsonNode results = getJson("/api/search?q=" + enc("giay phep xay dung"), 200);
        assertThat(results.get("hits").get(0).get("id").asString()).isEqualTo(idOf("giay-phep-xay-dung.tif"));
        assertThat(results.get("hits").get(0).get("snippet").asString()).contains("<b>");
        assertThat(results.get("hits").get(0).get("fields").get("documentNumber").get(0).asString()).isEqualTo("308/GPXD");
        JsonNode all = getJson("/api/search", 200);
        assertThat(all.get("total").asLong()).isEqualTo(5);
        assertThat(all.get("facets").get("year").toString()).contains("\"2022\"").contains("\"count\":2");
        assertThat(all.get("facets").get("typeName").toString()).contains("GIẤY PHÉP XÂY DỰNG");
    }

    @Test
    void filtersNarrowByOwnerDossierNumberTypeAgencyDateAndBatch() throws Exception {
        assertThat(ids("/api/search?ownerId=" + enc("089 176.383.275"))).containsExactly(idOf("giay-phep-xay-dung.tif"));
        assertThat(ids("/api/search?dossierCode=000.00.10.H01-220712-6467")).containsExactly(idOf("quyet-dinh-cap-phep.pdf"));
        assertThat(ids("/api/search?documentNumber=" + enc("152 / TB-PTNMT"))).containsExactly(idOf("thong-bao.png"));
        assertThat(ids("/api/search?typeName=" + enc("thong bao"))).containsExactly(idOf("thong-bao.png"));
        assertThat(ids("/api/search?organName=" + enc("phong tai chinh"))).containsExactly(idOf("ho-kinh-doanh.jpg"));
        assertThat(ids("/api/search?issuedFrom=2024-01-01&issuedTo=31/12/2024")).containsExactlyInAnyOrder(idOf("thong-bao.png"),
                idOf(VIETNAMESE_FILE));
        assertThat(ids("/api/search?q=thoai+son&batch=" + BATCH)).hasSize(5);
        assertThat(ids("/api/search?q=" + enc("089194290546"))).containsExactly(idOf("ho-kinh-doanh.jpg"));
        assertThat(ids("/api/search?ownerId=0891*")).hasSize(5);
    }

    @Test
    void badSearchesAreProblemDetails() throws Exception {
        JsonNode problem = getJson("/api/search?issuedFrom=2024-13-01", 400);
        assertThat(problem.get("detail").asString()).contains("issuedFrom").contains("2024-13-01");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(getJson("/api/search?size=1000", 400).get("detail").asString()).contains("size");
        assertThat(getJson("/api/search?page=abc", 400).get("status").asInt()).isEqualTo(400);
    }

    @Test
    void recordMetadataAndStreamedDownloadsKeepVietnameseFileNames() throws Exception {
        String id = idOf(VIETNAMESE_FILE);
        JsonNode record = getJson("/api/records/" + id, 200);
        assertThat(record.get("id").asString()).isEqualTo(id);
        assertThat(record.get("originalFileName").asString()).isEqualTo(VIETNAMESE_FILE);
        assertThat(record.get("fields").get("documentNumber").get("source").asString()).isEqualTo("manifest");
        assertThat(record.get("reuseCount").asInt()).isZero();

        HttpResponse<byte[]> original = get("/api/records/" + id + "/original");
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(original.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;").contains("filename*=UTF-8''" + URLEncoder.encode(VIETNAMESE_FILE, StandardCharsets.UTF_8));
        assertThat(original.body()).isEqualTo(Files.readAllBytes(SampleScans.DIR.resolve("cong-van-dien-tu.pdf")));

        HttpResponse<byte[]> text = get("/api/records/" + id + "/text?inline=true");
        assertThat(text.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain").containsIgnoringCase("utf-8");
        assertThat(text.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline;")
                .contains(URLEncoder.encode("công-văn-điện-tử.txt", StandardCharsets.UTF_8));
        assertThat(new String(text.body(), StandardCharsets.UTF_8)).contains("Thoại Sơn");

        HttpResponse<byte[]> pdf = get("/api/records/" + id + "/pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains("filename*=UTF-8''");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(getJson("/api/records/000000000000000000000000", 404).get("detail").asString()).contains("000000000000000000000000");
        assertThat(getJson("/api/records/not-an-id/original", 404).get("status").asInt()).isEqualTo(404);
    }

    @Test
    void reuseIsAppendOnlyIdempotentListedAndSearchable() throws Exception {
        String id = idOf("thong-bao.png");
        String dossier = "000.00.10.H01-250115-0042";
        // Who reuses is the signed-in user: a "by" in the body is not taken (issue 17).
        HttpResponse<String> first = post("/api/records/" + id + "/reuse", "{\"dossierCode\":\"" + dossier + "\",\"by\":\"Lê Thị Mai\"}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(json.readTree(first.body()).get("entry").get("by").asString()).isEqualTo(CLERK);
        user = ADMIN;
        HttpResponse<String> again = post("/api/records/" + id + "/reuse", "{\"dossierCode\":\"000.00.10.h01-250115-0042\"}");
        user = CLERK;
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json.readTree(again.body()).get("entry").get("by").asString()).as("the earlier entry, unchanged").isEqualTo(CLERK);

        JsonNode record = getJson("/api/records/" + id, 200);
        assertThat(record.get("reuseCount").asInt()).isEqualTo(1);
        assertThat(record.get("reusedIn").get(0).get("dossierCode").asString()).isEqualTo(dossier);
        JsonNode list = getJson("/api/dossiers/" + dossier, 200);
        assertThat(list.get("results")).hasSize(1);
        assertThat(list.get("results").get(0).get("reuse").get("recordId").asString()).isEqualTo(id);
        assertThat(list.get("results").get(0).get("fileName").asString()).isEqualTo("thong-bao.png");
        assertThat(ids("/api/search?reusedIn=" + dossier)).containsExactly(id);

        HttpResponse<String> malformed = post("/api/records/" + id + "/reuse", "{\"dossierCode\":\"000.00.10.H01-251345-0042\"}");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json.readTree(malformed.body()).get("detail").asString()).contains("251345").contains("not a date");
        HttpResponse<String> unknown = post("/api/records/000000000000000000000000/reuse", "{\"dossierCode\":\"" + dossier + "\"}");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(getJson("/api/dossiers/xyz", 400).get("detail").asString()).contains("unit-YYMMDD-NNNN");
        assertThat(getJson("/api/dossiers/000.00.10.H01-250116-0001", 200).get("results")).isEmpty();
    }

    @Test
    void aRebuiltIndexAnswersLikeTheIncrementalOne() throws Exception {
        samples();
        post("/api/records/" + idOf("ho-kinh-doanh.jpg") + "/reuse", "{\"dossierCode\":\"000.00.10.H01-250301-0007\"}");
        List<SearchQuery> queries = List.of(SearchQuery.text("*", 10).withFacets(), SearchQuery.text("giay phep", 10),
                SearchQuery.text("quyết định", 10), SearchQuery.text("\"thông báo\"", 10),
                SearchQuery.text("", 10).with(vn.sohoa.pipeline.index.SearchFilter.REUSED_IN, "000.00.10.H01-250301-0007"));
        List<SearchResults> before = new ArrayList<>();
        queries.forEach(q -> before.add(index.search(q)));

        IndexRebuilder.Summary summary = rebuilder.rebuild();

        assertThat(summary.records()).isEqualTo(5);
        assertThat(summary.unreadable()).isZero();
        for (int i = 0; i < queries.size(); i++) {
            SearchResults after = index.search(queries.get(i));
            assertThat(after.total()).isEqualTo(before.get(i).total());
            assertThat(after.hits()).extracting(SearchResults.Hit::id).containsExactlyElementsOf(
                    before.get(i).hits().stream().map(SearchResults.Hit::id).toList());
            assertThat(after.hits()).extracting(SearchResults.Hit::reuseCount).containsExactlyElementsOf(
                    before.get(i).hits().stream().map(SearchResults.Hit::reuseCount).toList());
            assertThat(after.facets()).isEqualTo(before.get(i).facets());
        }
        assertThat(index.search(queries.get(4)).hits()).extracting(SearchResults.Hit::id).containsExactly(idOf("ho-kinh-doanh.jpg"));
    }

    @Test
    void batchReportsAndOpenApiAreServed() throws Exception {
        samples();
        user = STAFF;   // batch reports are for records staff (and admins), not clerks
        JsonNode report = getJson("/api/batches/" + BATCH, 200);
        assertThat(report.get("counts").get("archived").asInt()).isEqualTo(5);
        assertThat(getJson("/api/batches/no-such-batch", 404).get("detail").asString()).contains("no-such-batch");
        user = CLERK;
        JsonNode docs = getJson("/v3/api-docs", 200);
        assertThat(docs.get("paths").propertyNames()).contains("/api/search", "/api/records/{id}", "/api/records/{id}/original",
                "/api/records/{id}/reuse", "/api/dossiers/{code}", "/api/batches/{name}");
        HttpResponse<byte[]> ui = get("/swagger-ui/index.html");
        assertThat(ui.statusCode()).isEqualTo(200);
    }

    private List<String> ids(String path) throws Exception {
        List<String> ids = new ArrayList<>();
        getJson(path, 200).get("hits").forEach(hit -> ids.add(hit.get("id").asString()));
        return ids;
    }

    private JsonNode getJson(String path, int status) throws Exception {
        samples();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        }
        return json.readTree(response.body());
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        samples();
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        samples();
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", basic(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

}
