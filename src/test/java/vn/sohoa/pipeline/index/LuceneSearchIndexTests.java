package vn.sohoa.pipeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchIndexTests {

    @TempDir
    Path dir;

    private LuceneSearchIndex index;

    @BeforeEach
    void open() {
        index = new LuceneSearchIndex(dir);
        index.index(record("permit", "giay-phep.tif", "GIẤY PHÉP XÂY DỰNG số 308/GPXD cấp cho ông Nguyễn Văn An"));
        index.index(record("decision", "quyet-dinh.pdf", "QUYẾT ĐỊNH về việc cấp phép kinh doanh"));
        index.index(record("ma-acute", "a.png", "con má tôi ở Thoại Sơn"));
        index.index(record("ma-grave", "b.png", "con mà tôi ở Thoại Sơn"));
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void findsWordsTypedWithoutDiacritics() {
        SearchResults results = index.search("quyet dinh cap phep", 10);
        assertThat(results.hits()).extracting(SearchResults.Hit::id).containsExactly("decision");
        assertThat(results.hits().get(0).snippet()).contains("<b>");
    }

    @Test
    void exactDiacriticsRankAboveFoldedMatchesButBothAreFound() {
        SearchResults results = index.search("má", 10);
        assertThat(results.hits()).extracting(SearchResults.Hit::id).containsExactly("ma-acute", "ma-grave");
        assertThat(results.hits().get(0).score()).isGreaterThan(results.hits().get(1).score());
    }

    @Test
    void decomposedQueriesMatchComposedText() {
        String nfd = Normalizer.normalize("Thoại Sơn", Normalizer.Form.NFD);
        assertThat(index.search(nfd, 10).total()).isEqualTo(2);
    }

    @Test
    void phrasesMustBeContiguous() {
        assertThat(index.search("\"giay phep xay dung\"", 10).hits()).extracting(SearchResults.Hit::id).containsExactly("permit");
        assertThat(index.search("\"phep giay\"", 10).total()).isZero();
    }

    @Test
    void starMatchesEveryRecordAndReindexingReplaces() {
        index.index(record("permit", "giay-phep.tif", "bản mới"));
        index.commit();
        assertThat(index.search("*", 10).total()).isEqualTo(4);
        assertThat(index.search("308", 10).total()).isZero();
    }

    @Test
    void uncommittedRecordsAreInvisible() {
        index.index(record("late", "c.pdf", "thông báo mới"));
        assertThat(index.search("thong bao", 10).total()).isZero();
        index.commit();
        assertThat(index.search("thong bao", 10).total()).isEqualTo(1);
    }

    @Test
    void strayQuerySyntaxIsSearchedAsText() {
        assertThat(index.search("308/GPXD (", 10).hits()).extracting(SearchResults.Hit::id).contains("permit");
    }

    private static IndexedRecord record(String id, String fileName, String text) {
        return new IndexedRecord(id, fileName, "batch", text, Map.of("ownerIds", List.of("089092225127")));
    }
}
