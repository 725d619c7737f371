package vn.sohoa.pipeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Field filters, identifier lookups, facets and paging over records indexed directly. */
class SearchFiltersAndFacetsTests {

    @TempDir
    Path dir;

    private LuceneSearchIndex index;

    @BeforeEach
    void open() {
        index = new LuceneSearchIndex(dir);
        index.index(record("decision", "b1", "Quyết định về việc cấp giấy phép kinh doanh dịch vụ karaoke",
                fields("QUYẾT ĐỊNH", "729/QĐ-UBND", "2021-07-05", "ỦY BAN NHÂN DÂN HUYỆN THOẠI SƠN",
                        "000.00.10.H01-210705-1187", "1.001029", "089092225127"), List.of()));
        index.index(record("permit", "b1", "Giấy phép xây dựng nhà ở riêng lẻ",
                fields("GIẤY PHÉP XÂY DỰNG", "308/GPXD", "2022-09-30", "ỦY BAN NHÂN DÂN HUYỆN THOẠI SƠN",
                        "000.00.10.H01-220930-1205", "1.009975", "089176383275"), List.of("000.00.10.H01-230101-0001")));
        index.index(record("notice", "b2", "Thông báo về việc thu hồi đất",
                fields("Thông báo", "152/TB-PTNMT", "2022-03-01", "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG",
                        "000.00.10.H01-220301-0042", "1.000001", "1601234567-001"), List.of()));
        index.index(record("no-fields", "b2", "Công văn không có trường nào", Map.of(), List.of()));
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void ownerIdsMatchHoweverTheyAreTyped() {
        assertThat(ids(query("").with(SearchFilter.OWNER_ID, "089 092 225 127"))).containsExactly("decision");
        assertThat(ids(query("").with(SearchFilter.OWNER_ID, "089.092.225.127"))).containsExactly("decision");
        assertThat(ids(query("").with(SearchFilter.OWNER_ID, "1601234567-001"))).containsExactly("notice");
        assertThat(ids(query("").with(SearchFilter.OWNER_ID, "08909222512"))).isEmpty();
    }

    @Test
    void identifiersTypedInTheSearchBoxFindTheirRecord() {
        assertThat(ids(query("089 092 225 127"))).containsExactly("decision");
        assertThat(ids(query("000.00.10.h01-220930-1205"))).containsExactly("permit");
        assertThat(ids(query("308 / GPXD")).get(0)).isEqualTo("permit");
    }

    @Test
    void documentNumbersIgnoreSpacesCaseAndDiacritics() {
        assertThat(ids(query("").with(SearchFilter.DOCUMENT_NUMBER, "729 / qd-ubnd"))).containsExactly("decision");
        assertThat(ids(query("").with(SearchFilter.DOCUMENT_NUMBER, "Số: 729/QĐ-UBND"))).containsExactly("decision");
    }

    @Test
    void prefixesWorkOnIdentifiers() {
        assertThat(ids(query("").with(SearchFilter.DOSSIER_CODE, "000.00.10.H01-22*"))).containsExactlyInAnyOrder("permit", "notice");
        assertThat(ids(query("").with(SearchFilter.OWNER_ID, "089*"))).containsExactlyInAnyOrder("decision", "permit");
        assertThat(ids(query("").with(SearchFilter.PROCEDURE_CODE, "1.00*"))).hasSize(3);
    }

    @Test
    void phraseFiltersOnTypeAndAgencyIgnoreDiacritics() {
        assertThat(ids(query("").with(SearchFilter.TYPE_NAME, "giay phep xay dung"))).containsExactly("permit");
        assertThat(ids(query("").with(SearchFilter.TYPE_NAME, "thông báo"))).containsExactly("notice");
        assertThat(ids(query("").with(SearchFilter.ORGAN_NAME, "huyen thoai son"))).containsExactlyInAnyOrder("decision", "permit");
        assertThat(ids(query("").with(SearchFilter.ORGAN_NAME, "thoai huyen"))).isEmpty();
    }

    @Test
    void filtersCombineWithTextDatesAndBatch() {
        assertThat(ids(query("thoai son").issuedBetween(LocalDate.of(2022, 1, 1), null))).containsExactly("permit");
        assertThat(ids(query("").issuedBetween(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 3, 1)))).containsExactly("notice");
        assertThat(ids(query("").with(SearchFilter.BATCH, "b2"))).containsExactlyInAnyOrder("notice", "no-fields");
        assertThat(ids(query("").with(SearchFilter.DOSSIER_CODE, "000.00.10.H01-210705-1187")
                .with(SearchFilter.DOSSIER_CODE, "000.00.10.H01-220301-0042"))).containsExactlyInAnyOrder("decision", "notice");
        assertThat(ids(query("").with(SearchFilter.REUSED_IN, "000.00.10.h01-230101-0001"))).containsExactly("permit");
    }

    @Test
    void fieldTextIsSearchableWithAndWithoutDiacritics() {
        assertThat(ids(query("tai nguyen moi truong"))).containsExactly("notice");
        assertThat(ids(query(Normalizer.normalize("Tài nguyên", Normalizer.Form.NFD)))).containsExactly("notice");
    }

    @Test
    void facetsCountTypesAgenciesAndYearsOfTheMatches() {
        SearchResults all = index.search(query("").withFacets());
        assertThat(all.facets().get("typeName")).extracting(SearchResults.FacetCount::value)
                .containsExactlyInAnyOrder("QUYẾT ĐỊNH", "GIẤY PHÉP XÂY DỰNG", "THÔNG BÁO");
        assertThat(all.facets().get("organName")).first()
                .isEqualTo(new SearchResults.FacetCount("ỦY BAN NHÂN DÂN HUYỆN THOẠI SƠN", 2));
        assertThat(all.facets().get("year")).containsExactly(new SearchResults.FacetCount("2022", 2), new SearchResults.FacetCount("2021", 1));
        SearchResults only2021 = index.search(query("").issuedBetween(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)).withFacets());
        assertThat(only2021.facets().get("year")).containsExactly(new SearchResults.FacetCount("2021", 1));
    }

    @Test
    void hitsCarryTheirKeyFieldsAndReuseCount() {
        SearchResults.Hit permit = index.search(query("giay phep")).hits().get(0);
        assertThat(permit.fields()).containsEntry("documentNumber", List.of("308/GPXD")).containsEntry("reusedIn", List.of("000.00.10.H01-230101-0001"));
        assertThat(permit.reuseCount()).isEqualTo(1);
        assertThat(permit.batch()).isEqualTo("b1");
        assertThat(permit.snippet()).contains("<b>");
    }

    @Test
    void pagesSliceTheRankedHits() {
        List<String> all = ids(query("").page(0, 10));
        assertThat(all).hasSize(4);
        SearchResults second = index.search(query("").page(2, 2));
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.hits()).extracting(SearchResults.Hit::id).containsExactlyElementsOf(all.subList(2, 4));
        assertThat(index.search(query("").page(10, 2)).hits()).isEmpty();
    }

    @Test
    void aRebuildIsInvisibleUntilCommitted() {
        index.deleteAll();
        index.index(record("only", "b3", "bản mới", Map.of(), List.of()));
        assertThat(index.count()).isEqualTo(4);
        index.commit();
        assertThat(ids(query(""))).containsExactly("only");
    }

    @Test
    void aSecondIndexOnTheSameFolderSeesCommitsOfTheFirst() {
        try (LuceneSearchIndex reader = new LuceneSearchIndex(dir)) {
            assertThat(reader.count()).isEqualTo(4);
            index.index(record("late", "b3", "công văn khẩn", Map.of(), List.of()));
            index.commit();
            assertThat(ids(reader, query("cong van khan"))).containsExactly("late");
            // The reader process can write too once the first has committed (the lock is released).
            reader.index(record("from-reader", "b3", "quyết định khác", Map.of(), List.of()));
            reader.commit();
        }
        assertThat(index.count()).isEqualTo(6);
    }

    @Test
    void hitsSortByIssueDateEitherWayAndTheReviewFlagFiltersAndShows() {
        assertThat(ids(query("").ordered(SearchQuery.Order.ISSUED_OLDEST))).containsExactly("decision", "notice", "permit", "no-fields");
        assertThat(ids(query("").ordered(SearchQuery.Order.ISSUED_NEWEST))).containsExactly("permit", "notice", "decision", "no-fields");
        index.index(new IndexedRecord("uncertain", "u.pdf", "b3", "Quyết định", Map.of("subject", List.of("Về việc cấp phép")), List.of(),
                true, java.time.Instant.parse("2025-01-02T00:00:00Z")));
        index.index(new IndexedRecord("older", "o.pdf", "b3", "Quyết định", Map.of(), List.of(), true, java.time.Instant.parse("2025-01-01T00:00:00Z")));
        index.commit();
        assertThat(ids(query("").with(SearchFilter.NEEDS_REVIEW, "true").ordered(SearchQuery.Order.ARCHIVED_OLDEST)))
                .containsExactly("older", "uncertain");
        SearchResults.Hit hit = index.search(query("").with(SearchFilter.BATCH, "b3").with(SearchFilter.NEEDS_REVIEW, "true")).hits().stream()
                .filter(h -> h.id().equals("uncertain")).findFirst().orElseThrow();
        assertThat(hit.needsReview()).isTrue();
        assertThat(hit.archivedAt()).isEqualTo(java.time.Instant.parse("2025-01-02T00:00:00Z"));
        assertThat(hit.snippet()).as("the trích yếu, not the text's start, for a list without words").contains("Về việc cấp phép");
        assertThat(ids(query("").with(SearchFilter.NEEDS_REVIEW, "false"))).contains("decision").doesNotContain("older");
    }

    @Test
    void anAgencyWrittenShortOrLongIsOneFacetValue() {
        assertThat(KeywordValues.facetValue("UBND huyện Thoại Sơn")).isEqualTo(KeywordValues.facetValue("ỦY BAN NHÂN DÂN HUYỆN THOẠI SƠN"));
        assertThat(KeywordValues.facetValue("Phòng Tài nguyên")).isEqualTo("PHÒNG TÀI NGUYÊN");
    }

    private static SearchQuery query(String text) {
        return SearchQuery.text(text, 10);
    }

    private List<String> ids(SearchQuery query) {
        return ids(index, query);
    }

    private static List<String> ids(SearchIndex index, SearchQuery query) {
        return index.search(query).hits().stream().map(SearchResults.Hit::id).toList();
    }

    private static Map<String, List<String>> fields(String type, String number, String date, String organ, String dossier,
                                                    String procedure, String owner) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("typeName", List.of(type));
        fields.put("documentNumber", List.of(number));
        fields.put("issuedDate", List.of(date));
        fields.put("organName", List.of(organ));
        fields.put("dossierCode", List.of(dossier));
        fields.put("procedureCode", List.of(procedure));
        fields.put("ownerIds", List.of(owner));
        return fields;
    }

    private static IndexedRecord record(String id, String batch, String text, Map<String, List<String>> fields, List<String> reusedIn) {
        return new IndexedRecord(id, id + ".pdf", batch, text, fields, reusedIn);
    }
}
