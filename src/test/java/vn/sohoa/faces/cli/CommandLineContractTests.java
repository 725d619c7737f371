package vn.sohoa.faces.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.SampleScans;

/**
 * The command-line contract that scripts depend on (README, "Command-line contract"), through
 * {@link Main} with the embedded stores, as {@code ./sohoa} runs it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommandLineContractTests {

    private final JsonMapper json = JsonMapper.builder().build();
    private Path batch;
    private JsonNode report;

    @TempDir
    Path output;

    @BeforeAll
    void digitizeThroughTheCommandLine() {
        System.setProperty("sohoa.home", SampleScans.newTempDir("sohoa-cli").toString());
        batch = SampleScans.copyTo(SampleScans.newTempDir("cli-batch"));
        CommandRun run = run("run", "digitize", "--batch", batch.toString(), "--name", "cli-batch");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("archived: 5").contains("duplicates: 1").contains("quarantined: 1");
        report = json.readTree(run("batch", "cli-batch", "--json").out());
    }

    @AfterAll
    void clearHome() {
        System.clearProperty("sohoa.home");
    }

    @Test
    void batchJsonListsEveryFileWithItsOutcome() {
        assertThat(report.get("batch").asString()).isEqualTo("cli-batch");
        assertThat(report.get("status").asString()).isEqualTo("completed");
        List<String> files = new ArrayList<>();
        for (JsonNode file : report.get("files")) {
            files.add(file.get("file").asString() + "=" + file.get("outcome").asString());
            switch (file.get("outcome").asString()) {
                case "archived" -> assertThat(file.get("recordId").asString()).hasSize(24);
                case "duplicate" -> assertThat(file.get("duplicateOf").asString()).hasSize(24);
                default -> assertThat(file.get("reason").asString()).isNotBlank();
            }
        }
        assertThat(files).contains("tep-hong.pdf=quarantined", "trung-lap/ho-kinh-doanh-ban-sao.jpg=duplicate",
                "giay-phep-xay-dung.tif=archived");
    }

    @Test
    void showGetAndSearchAnswerForARecord() throws Exception {
        String id = recordIdOf("thong-bao.png");

        JsonNode record = json.readTree(run("show", id, "--json").out());
        assertThat(record.get("id").asString()).isEqualTo(id);
        assertThat(record.get("originalFileName").asString()).isEqualTo("thong-bao.png");

        Path text = output.resolve("text.txt");
        assertThat(run("get", id, "--text", "-o", text.toString()).code()).isZero();
        assertThat(Files.readString(text)).contains("THÔNG BÁO");
        Path original = output.resolve("original.png");
        assertThat(run("get", id, "--original", "-o", original.toString()).code()).isZero();
        assertThat(Files.readAllBytes(original)).isEqualTo(Files.readAllBytes(batch.resolve("thong-bao.png")));
        Path pdf = output.resolve("searchable.pdf");
        assertThat(run("get", id, "--pdf", "-o", pdf.toString()).code()).isZero();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        JsonNode all = json.readTree(run("search", "*", "--json").out());
        assertThat(all.get("total").asLong()).isEqualTo(5);
        JsonNode hits = json.readTree(run("search", "thong bao", "--limit", "1", "--json").out()).get("hits");
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).get("id").asString()).isEqualTo(id);
        assertThat(hits.get(0).has("score")).isTrue();
        assertThat(hits.get(0).get("fileName").asString()).isEqualTo("thong-bao.png");
        assertThat(hits.get(0).get("snippet").asString()).isNotBlank();
    }

    @Test
    void anObjectLostFromTheStoreIsNamedNotCopied() throws Exception {
        String id = recordIdOf("giay-phep-xay-dung.tif");
        Path stored = Path.of(System.getProperty("sohoa.home"), "objects", "sohoa", "records", id, "searchable.pdf");
        assertThat(stored).exists();
        Files.delete(stored);

        Path pdf = output.resolve("lost.pdf");
        CommandRun get = run("get", id, "--pdf", "-o", pdf.toString());

        assertThat(get.code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(get.err()).contains("Record " + id + " has no searchablePdf");
        assertThat(pdf).doesNotExist();
    }

    @Test
    void unknownThingsAreNamed() {
        CommandRun show = run("show", "000000000000000000000000", "--json");
        assertThat(show.code()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(show.err()).contains("000000000000000000000000");
        assertThat(run("batch", "no-such-batch").code()).isEqualTo(ExitCodes.NOT_FOUND);
        CommandRun missing = run("run", "digitize", "--batch", output.resolve("nowhere").toString());
        assertThat(missing.code()).isEqualTo(ExitCodes.REFUSED);
        assertThat(missing.err()).contains("nowhere").contains("does not exist");
    }

    private String recordIdOf(String file) {
        for (JsonNode line : report.get("files")) {
            if (line.get("file").asString().equals(file)) {
                return line.get("recordId").asString();
            }
        }
        throw new AssertionError("no line for " + file);
    }

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }
}
