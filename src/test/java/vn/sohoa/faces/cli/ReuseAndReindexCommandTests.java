package vn.sohoa.faces.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.SampleScans;
import vn.sohoa.tools.samples.BornDigitalPdfWriter;
import vn.sohoa.tools.samples.FontSet;
import vn.sohoa.tools.samples.ResultCatalog;
import vn.sohoa.tools.samples.ResultDocument;

/**
 * {@code reuse}, {@code dossier}, {@code search} filters and {@code run reindex} through
 * {@link Main}, as {@code ./sohoa} runs them, on born-digital PDFs of the sample catalog (text
 * layer, no OCR: fast) with the embedded stores.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReuseAndReindexCommandTests {

    private static final String DOSSIER = "000.00.10.H01-250310-0099";
    private final JsonMapper json = JsonMapper.builder().build();
    private Path home;
    private List<String> ids;

    @BeforeAll
    void digitizeBornDigitalResults() throws IOException {
        home = SampleScans.newTempDir("sohoa-reuse-cli");
        System.setProperty("sohoa.home", home.toString());
        Path batch = SampleScans.newTempDir("reuse-batch");
        BornDigitalPdfWriter writer = new BornDigitalPdfWriter(FontSet.fromSystem(), new GregorianCalendar(2025, 0, 6));
        StringBuilder manifest = new StringBuilder("file,typeName,issuedDate\n");
        int n = 0;
        for (ResultDocument doc : new ResultCatalog(7).all()) {
            String file = "kq-" + (++n) + ".pdf";
            writer.write(doc, batch.resolve(file));
            manifest.append(file).append(',').append(doc.typeName()).append(",202").append(n).append("-05-0").append(n).append('\n');
        }
        Files.writeString(batch.resolve("manifest.csv"), manifest);
        CommandRun run = run("run", "digitize", "--batch", batch.toString(), "--name", "reuse-batch");
        assertThat(run.code()).as(run.err()).isZero();
        ids = new ArrayList<>();
        json.readTree(run("batch", "reuse-batch", "--json").out()).get("files").forEach(f -> ids.add(f.get("recordId").asString()));
        assertThat(ids).hasSize(5);
    }

    @AfterAll
    void clearHome() {
        System.clearProperty("sohoa.home");
    }

    @Test
    void reuseIsRecordedOnceShownAndListedByDossier() {
        String id = ids.get(0);
        CommandRun first = run("reuse", id, "--dossier", DOSSIER, "--by", "tran.b");
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("reused in dossier " + DOSSIER).contains("tran.b");
        CommandRun second = run("reuse", id, "--dossier", " 000.00.10.h01-250310-0099 ", "--by", "someone");
        assertThat(second.code()).isZero();
        assertThat(second.out()).contains("already reused").contains("tran.b");

        JsonNode shown = json.readTree(run("show", id, "--json").out());
        assertThat(shown.get("id").asString()).isEqualTo(id);
        assertThat(shown.get("reuseCount").asInt()).isEqualTo(1);
        assertThat(shown.get("reusedIn").get(0).get("by").asString()).isEqualTo("tran.b");
        assertThat(run("show", id).out()).contains("reused 1 times").contains(DOSSIER);

        JsonNode dossier = json.readTree(run("dossier", DOSSIER, "--json").out());
        assertThat(dossier.get("results")).hasSize(1);
        assertThat(dossier.get("results").get(0).get("reuse").get("recordId").asString()).isEqualTo(id);
        JsonNode found = json.readTree(run("search", "*", "--reused-in", DOSSIER, "--json").out());
        assertThat(found.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void unknownRecordsAndMalformedDossierCodesAreRefusedWithTheReason() {
        CommandRun unknown = run("reuse", "000000000000000000000000", "--dossier", DOSSIER);
        assertThat(unknown.code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(unknown.err()).contains("000000000000000000000000").contains("nothing recorded");
        CommandRun badDate = run("reuse", ids.get(1), "--dossier", "000.00.10.H01-250230-0001");
        assertThat(badDate.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(badDate.err()).contains("250230").contains("not a date");
        CommandRun badShape = run("reuse", ids.get(1), "--dossier", "HS-2025-1");
        assertThat(badShape.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(badShape.err()).contains("unit-YYMMDD-NNNN");
        assertThat(json.readTree(run("show", ids.get(1), "--json").out()).get("reuseCount").asInt()).isZero();
    }

    @Test
    void searchFiltersAndFacetsFromTheCommandLine() {
        JsonNode byType = json.readTree(run("search", "*", "--type", "giay phep xay dung", "--json").out());
        assertThat(byType.get("total").asLong()).isEqualTo(1);
        JsonNode byDate = json.readTree(run("search", "", "--from", "01/01/2024", "--facets", "--json").out());
        assertThat(byDate.get("total").asLong()).isEqualTo(2);
        assertThat(byDate.get("facets").get("year").toString()).contains("2024").contains("2025");
        CommandRun bad = run("search", "x", "--from", "2024-02-30");
        assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(bad.err()).contains("2024-02-30");
    }

    @Test
    void reindexRebuildsTheSameIndexFromTheBucketAlone() throws IOException {
        run("reuse", ids.get(2), "--dossier", "000.00.10.H01-250311-0100");
        List<String> queries = List.of("*", "quyet dinh", "\"giấy phép\"", "thoai son");
        List<String> before = new ArrayList<>();
        queries.forEach(q -> before.add(withoutScores(run("search", q, "--facets", "--json").out())));
        String reusedBefore = run("search", "*", "--reused-in", "000.00.10.H01-250311-0100", "--json").out();

        deleteTree(home.resolve("index"));
        assertThat(json.readTree(run("search", "*", "--json").out()).get("total").asLong()).isZero();
        CommandRun reindex = run("run", "reindex");

        assertThat(reindex.code()).as(reindex.err()).isZero();
        assertThat(reindex.out()).contains("5 records");
        for (int i = 0; i < queries.size(); i++) {
            assertThat(withoutScores(run("search", queries.get(i), "--facets", "--json").out())).isEqualTo(before.get(i));
        }
        assertThat(run("search", "*", "--reused-in", "000.00.10.H01-250311-0100", "--json").out()).isEqualTo(reusedBefore)
                .contains(ids.get(2));
    }

    @Test
    void pruneFeedKeepsTheEntriesWithinTheRetention() {
        // The batch of this class was digitized moments ago: its feed entries are well within 30 days.
        CommandRun prune = run("run", "prune-feed");

        assertThat(prune.code()).as(prune.err()).isZero();
        assertThat(prune.out()).startsWith("prune-feed completed: 0 change feed entries older than");
    }

    @Test
    void commandsStartNoWebServer() {
        try (ConfigurableApplicationContext context = SohoaContext.start()) {
            assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
        }
    }

    /**
     * Scores are left out of the comparison: Lucene's statistics count the deleted copies an
     * incremental index keeps until segments merge (a reuse re-indexes its record), so the same
     * hits in the same order can score a little differently than in a freshly built index.
     */
    private static String withoutScores(String searchJson) {
        return searchJson.replaceAll("\"score\" : [0-9.E-]+", "\"score\" : _");
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }
}
