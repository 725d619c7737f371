package vn.sohoa.pipeline.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a user types reaches Lucene only as words, phrases and bounded prefixes: regular
 * expressions, fuzzy terms and ranges are text, big queries are refused with a reason, and a
 * search that runs out of time is stopped. The search features clerks rely on stay.
 */
class SearchSafetyTests {

    @TempDir
    Path dir;

    private LuceneSearchIndex index;

    @BeforeEach
    void open() {
        index = new LuceneSearchIndex(dir);
        index.index(record("permit", "GIẤY PHÉP XÂY DỰNG số 308/GPXD cấp cho ông Nguyễn Văn An", "089092225127", "308/GPXD"));
        index.index(record("decision", "QUYẾT ĐỊNH số 729/QĐ-UBND về việc cấp phép kinh doanh", "089176383275", "729/QĐ-UBND"));
        index.index(record("notice", "THÔNG BÁO acacaca về lịch tiếp công dân", "1601234567-001", "152/TB-PTNMT"));
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void regularExpressionsFuzzyTermsAndRangesAreText() {
        assertThat(ids("/[ac]*a[ac]{50}/")).as("once a regular expression that took seconds to compile").isEmpty();
        assertThat(ids("quyet~2")).as("no fuzzy search: the word and the 2").isEmpty();
        assertThat(ids("[a TO z]")).isEmpty();
        assertThat(ids("text:quyết")).isEmpty();
        assertThat(ids("308/GPXD (")).containsExactly("permit");
        assertThat(ids("acacaca")).containsExactly("notice");
    }

    @Test
    void bigQueriesAreRefusedWithTheLimitNamed() {
        String fuzzy = IntStream.range(0, 300).mapToObj(i -> "term" + i + "~2").collect(Collectors.joining(" "));
        assertThatThrownBy(() -> index.search(fuzzy, 10)).as("hundreds of fuzzy terms").isInstanceOf(SearchRefusedException.class)
                .extracting(e -> ((SearchRefusedException) e).code()).isEqualTo("search-too-long");
        String many = IntStream.range(0, 60).mapToObj(i -> "t" + i + "~2").collect(Collectors.joining(" "));
        assertThatThrownBy(() -> index.search(many, 10)).isInstanceOf(SearchRefusedException.class)
                .hasMessageContaining("at most 32").extracting(e -> ((SearchRefusedException) e).code()).isEqualTo("search-too-many-words");
        assertThatThrownBy(() -> index.search("gi* ph*", 10)).isInstanceOf(SearchRefusedException.class)
                .hasMessageContaining("gi*").extracting(e -> ((SearchRefusedException) e).code()).isEqualTo("search-prefix-too-short");
        assertThatThrownBy(() -> index.search("aaa* bbb* ccc* ddd* eee*", 10)).isInstanceOf(SearchRefusedException.class)
                .extracting(e -> ((SearchRefusedException) e).code()).isEqualTo("search-too-many-prefixes");
        assertThatThrownBy(() -> index.search(SearchQuery.text("", 10).with(SearchFilter.OWNER_ID, "08*")))
                .isInstanceOf(SearchRefusedException.class).extracting(e -> ((SearchRefusedException) e).code())
                .isEqualTo("search-prefix-too-short");
    }

    @Test
    void aSearchThatRunsOutOfTimeIsStoppedNotAnsweredWithPartialHits() {
        try (LuceneSearchIndex hurried = new LuceneSearchIndex(dir, Duration.ofSeconds(1), Duration.ZERO)) {
            assertThatThrownBy(() -> hurried.search("quyet dinh", 10)).isInstanceOf(SearchRefusedException.class)
                    .extracting(e -> ((SearchRefusedException) e).code()).isEqualTo("search-too-slow");
        }
    }

    @Test
    void theSearchesClerksUseStillWork() {
        assertThat(ids("quyet dinh")).as("without diacritics").containsExactly("decision");
        assertThat(ids("\"giay phep xay dung\"")).as("a phrase").containsExactly("permit");
        assertThat(ids("089 092 225 127")).as("an owner ID typed with spaces").containsExactly("permit");
        assertThat(ids("089176*")).as("a prefix of an owner ID").containsExactly("decision");
        assertThat(ids("729/QĐ-UBND")).as("a document number").containsExactly("decision");
        assertThat(ids("quyế*")).as("a prefix of a word").containsExactly("decision");
        assertThat(ids("729/qd*")).as("a prefix after a number").containsExactly("decision");
        assertThat(ids("*")).as("everything").hasSize(3);
        assertThat(index.search(SearchQuery.text("", 10).with(SearchFilter.OWNER_ID, "0890*")).hits())
                .extracting(SearchResults.Hit::id).containsExactly("permit");
    }

    @Test
    void snippetsAreTheDocumentsTextEscapedWithOnlyTheMatchesMarked() {
        index.index(new IndexedRecord("markup", "m.pdf", "batch",
                "Đơn <script>alert('x')</script> & <b>giả</b> về giấy phép \"mẫu\" " + "chữ ".repeat(100), Map.of()));
        index.commit();
        String snippet = index.search("giay phep", 10).hits().stream().filter(h -> h.id().equals("markup")).findFirst()
                .orElseThrow().snippet();
        assertThat(snippet).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;giả&lt;/b&gt;")
                .contains("<b>giấy</b> <b>phép</b> &quot;mẫu&quot;").doesNotContain("<script>");
        assertThat(snippet.replaceAll("<b>|</b>", "").replaceAll("&[a-z#0-9]+;", "x")).hasSizeLessThanOrEqualTo(241).endsWith("…");
        assertThat(index.search("*", 10).hits().stream().filter(h -> h.id().equals("markup")).findFirst().orElseThrow().snippet())
                .as("without words, the start of the text, escaped too").startsWith("Đơn &lt;script&gt;");
    }

    private List<String> ids(String text) {
        return index.search(text, 10).hits().stream().map(SearchResults.Hit::id).toList();
    }

    private static IndexedRecord record(String id, String text, String owner, String number) {
        return new IndexedRecord(id, id + ".pdf", "batch", text, Map.of("ownerIds", List.of(owner), "documentNumber", List.of(number)));
    }
}
