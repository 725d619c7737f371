package vn.sohoa.faces.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.GregorianCalendar;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.SampleScans;
import vn.sohoa.tools.samples.BornDigitalPdfWriter;
import vn.sohoa.tools.samples.FontSet;
import vn.sohoa.tools.samples.ResultCatalog;
import vn.sohoa.tools.samples.ResultDocument;

/**
 * {@code review} and {@code correct} through {@link Main}, as {@code ./sohoa} runs them, on a
 * born-digital result whose manifest gives another document number than the paper: a conflict,
 * so the record waits in the queue until a person settles it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewCommandTests {

    private static final String BATCH = "review-cli";
    private final JsonMapper json = JsonMapper.builder().build();
    private String id;

    @BeforeAll
    void digitizeAResultWithAConflictingManifest() throws IOException {
        Path home = SampleScans.newTempDir("sohoa-review-cli");
        System.setProperty("sohoa.home", home.toString());
        Path batch = SampleScans.newTempDir("review-batch");
        ResultDocument doc = new ResultCatalog(7).all().get(0);
        new BornDigitalPdfWriter(FontSet.fromSystem(), new GregorianCalendar(2025, 0, 6)).write(doc, batch.resolve("kq.pdf"));
        Files.writeString(batch.resolve("manifest.csv"), "file,documentNumber\nkq.pdf,999/QĐ-SAI\n");
        CommandRun run = CommandRun.of("run", "digitize", "--batch", batch.toString(), "--name", BATCH);
        assertThat(run.code()).as(run.err()).isZero();
        id = json.readTree(CommandRun.of("batch", BATCH, "--json").out()).get("files").get(0).get("recordId").asString();
    }

    @AfterAll
    void clearHome() {
        System.clearProperty("sohoa.home");
    }

    @Test
    void theQueueListsTheRecordACorrectionIsRefusedWithItsReasonOrSettlesTheField() {
        JsonNode queue = json.readTree(CommandRun.of("review", "--batch", BATCH, "--json").out());
        assertThat(queue.get("total").asInt()).isEqualTo(1);
        JsonNode item = queue.get("items").get(0);
        assertThat(item.get("recordId").asString()).isEqualTo(id);
        assertThat(item.get("notes").toString()).contains("documentNumber");
        assertThat(CommandRun.of("review", "--batch", BATCH).out()).contains(id).contains("documentNumber");

        CommandRun refused = CommandRun.of("correct", id, "issuedDate", "30/02/2025");
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("not a date").contains("nothing changed");
        CommandRun unknown = CommandRun.of("correct", "000000000000000000000000", "subject", "x");
        assertThat(unknown.code()).isEqualTo(3);

        CommandRun corrected = CommandRun.of("correct", id, "documentNumber", "12/QĐ-UBND", "--by", "le.van.b");
        assertThat(corrected.code()).as(corrected.err()).isZero();
        assertThat(corrected.out()).contains("documentNumber set to 12/QĐ-UBND").contains("le.van.b");

        JsonNode shown = json.readTree(CommandRun.of("show", id, "--json").out());
        assertThat(shown.get("fields").get("documentNumber").get("source").asString()).isEqualTo("manual");
        assertThat(shown.get("corrections").get(0).get("by").asString()).isEqualTo("le.van.b");
        assertThat(shown.get("review").toString()).doesNotContain("documentNumber");
        assertThat(CommandRun.of("run", "reindex").code()).isZero();
        JsonNode found = json.readTree(CommandRun.of("search", "*", "--document-number", "12/QĐ-UBND", "--json").out());
        assertThat(found.get("hits").toString()).as("reindex from the bucket keeps the correction").contains(id);
    }
}
