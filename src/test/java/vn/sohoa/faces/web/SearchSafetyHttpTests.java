package vn.sohoa.faces.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search box of a running server, as the probe of issue 17 used it: what once gave 500s with
 * long traces is searched as text or refused with 400 and a Vietnamese reason, on the page and in
 * the API.
 */
class SearchSafetyHttpTests extends ServedSamples {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aRegularExpressionIsSearchedAsTextAndHundredsOfFuzzyTermsAreRefusedInVietnamese() throws Exception {
        samples();
        SignedInClient clerk = new SignedInClient(this::url, basic(CLERK));
        HttpResponse<String> regexp = clerk.get("/api/search?q=" + enc("/[ac]*a[ac]{50}/"));
        assertThat(regexp.statusCode()).isEqualTo(200);
        assertThat(json.readTree(regexp.body()).get("total").asInt()).isZero();

        String fuzzy = IntStream.range(0, 300).mapToObj(i -> "giay" + i + "~2").collect(Collectors.joining(" "));
        HttpResponse<String> api = clerk.get("/api/search?q=" + enc(fuzzy));
        assertThat(api.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(api.body());
        assertThat(problem.get("type").asString()).endsWith("/search-too-long");
        assertThat(problem.get("message").asString()).contains("dài quá 500 ký tự");
        assertThat(api.body()).doesNotContain("at org.");

        String many = IntStream.range(0, 40).mapToObj(i -> "t" + i + "~2").collect(Collectors.joining(" "));
        HttpResponse<String> page = clerk.get("/?q=" + enc(many));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("search-error").contains("có 40 từ và cụm từ, tối đa 32");
        HttpResponse<String> prefix = clerk.get("/?q=" + enc("g*"));
        assertThat(prefix.statusCode()).isEqualTo(400);
        assertThat(prefix.body()).contains("tiền tố &quot;g*&quot; quá ngắn");
    }

    @Test
    void theSearchesOfTheSamplesStillWorkAndApiSnippetsAreEscapedHtml() throws Exception {
        samples();
        SignedInClient clerk = new SignedInClient(this::url, basic(CLERK));
        JsonNode owner = json.readTree(clerk.get("/api/search?q=" + enc("089 194 290 546")).body());
        assertThat(owner.get("hits").get(0).get("id").asString()).isEqualTo(idOf("ho-kinh-doanh.jpg"));
        JsonNode prefix = json.readTree(clerk.get("/api/search?q=&ownerId=" + enc("08919429*")).body());
        assertThat(prefix.get("total").asInt()).isEqualTo(1);
        JsonNode words = json.readTree(clerk.get("/api/search?q=" + enc("giay phep xay dung")).body());
        String snippet = words.get("hits").get(0).get("snippet").asString();
        assertThat(snippet).contains("<b>").doesNotContain("<script").matches("(?s)([^<]|<b>|</b>)*");
        assertThat(json.readTree(clerk.get("/api/search?q=*").body()).get("total").asInt()).isEqualTo(5);
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
