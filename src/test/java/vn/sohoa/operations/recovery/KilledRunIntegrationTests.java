package vn.sohoa.operations.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.SampleScans;
import vn.sohoa.SohoaProcess;
import vn.sohoa.pipeline.index.LuceneSearchIndex;

/**
 * A digitize run killed with SIGKILL in the middle of a batch, in a real separate JVM, then run
 * again: it resumes from the last commit, and in the end every file has exactly one outcome, the
 * bucket holds exactly one record per distinct document, and no half-written record exists.
 */
class KilledRunIntegrationTests {

    private static final int PAGES = 8;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aKilledRunResumesAndEndsWithOneOutcomePerFileAndOneRecordPerDocument() throws Exception {
        Path home = SampleScans.newTempDir("sohoa-killed");
        Path batch = RecoveryFixtures.batch(PAGES);
        Path firstLog = home.resolve("first.log");

        Process first = sohoa(home, firstLog, "run", "digitize", "--batch", batch.toString(), "--name", "killed");
        waitForCommittedLines(home, first);
        first.destroyForcibly().waitFor(60, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no cleanup
        long linesBeforeKill = reportLines(home).size();
        assertThat(linesBeforeKill).as(Files.readString(firstLog)).isBetween(SohoaProcess.CHUNK_FILES + 1L, (long) PAGES + 1);

        Path secondLog = home.resolve("second.log");
        Process second = sohoa(home, secondLog, "run", "digitize", "--batch", batch.toString(), "--name", "killed");
        assertThat(second.waitFor(8, TimeUnit.MINUTES)).isTrue();
        String output = Files.readString(secondLog);
        assertThat(second.exitValue()).as(output).isZero();
        assertThat(output).contains("resuming after");

        Path report = home.resolve("report.json");
        Process batchJson = sohoa(home, report, "batch", "killed", "--json");
        assertThat(batchJson.waitFor(3, TimeUnit.MINUTES)).isTrue();
        JsonNode files = new JsonMapper().readTree(Files.readString(report)).get("files");
        Map<String, String> outcomes = new java.util.TreeMap<>();
        files.forEach(f -> outcomes.put(f.get("file").asString(), f.get("outcome").asString()));
        assertThat(outcomes).hasSize(PAGES + 2);
        assertThat(outcomes.values().stream().filter("archived"::equals).count()).isEqualTo(PAGES + 1);
        assertThat(outcomes).containsEntry("z-ban-sao.pdf", "duplicate");

        Set<String> records = recordFolders(home);
        assertThat(records).hasSize(PAGES + 1);
        assertThat(records).allSatisfy(r -> assertThat(home.resolve("objects/sohoa/records").resolve(r).resolve("record.json")).exists());
        try (LuceneSearchIndex index = new LuceneSearchIndex(home.resolve("index"))) {
            assertThat(index.count()).isEqualTo(PAGES + 1);
        }
    }

    /**
     * Waits until the first run has committed at least one chunk (or ended): a chunk's report lines
     * are written just before it commits, so lines beyond the first chunk's mean that the first
     * one is committed and the second was written.
     */
    private static void waitForCommittedLines(Path home, Process process) throws Exception {
        for (int i = 0; i < 1200 && process.isAlive() && reportLines(home).size() <= SohoaProcess.CHUNK_FILES; i++) {
            Thread.sleep(100);
        }
    }

    private static List<Path> reportLines(Path home) throws IOException {
        Path dir = home.resolve("objects/sohoa/batches/killed/files");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".json")).toList();
        }
    }

    private static Set<String> recordFolders(Path home) throws IOException {
        try (Stream<Path> records = Files.list(home.resolve("objects/sohoa/records"))) {
            return records.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private static Process sohoa(Path home, Path output, String... args) throws IOException {
        return SohoaProcess.start(home, output, args);
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
