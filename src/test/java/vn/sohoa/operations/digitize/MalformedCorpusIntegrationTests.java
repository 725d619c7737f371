package vn.sohoa.operations.digitize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.sohoa.SampleScans;
import vn.sohoa.SohoaApplication;
import vn.sohoa.operations.report.FileReport;
import vn.sohoa.operations.report.Outcome;

/**
 * Real broken files from other projects' test suites ({@code ../shared/corpus}: qpdf's bad PDFs,
 * TIFFs that made decoders allocate without bound or loop forever): every one must end as
 * quarantined or archived, in bounded time and within the test JVM's 1 GiB heap, and the batch
 * must complete. Read in place when the folder exists; it is never copied into the project.
 */
@SpringBootTest(classes = SohoaApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
class MalformedCorpusIntegrationTests {

    /** Beside the checkout, or where {@code -Dsohoa.test.corpus} says (a worktree elsewhere). */
    private static final Path CORPUS = Path.of(System.getProperty("sohoa.test.corpus", "../shared/corpus"));
    private static final Path home = SampleScans.newTempDir("sohoa-corpus");

    @Autowired
    DigitizeService service;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("sohoa.home", () -> home.toString());
    }

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES) // a guard against a decoder that never returns, not a speed check
    void everyMalformedFileEndsArchivedOrQuarantinedAndTheBatchCompletes() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "no ../shared/corpus here");
        long files;
        try (Stream<Path> walk = Files.walk(CORPUS.toRealPath())) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md")).count();
        }

        assertThat(files).as("files in " + CORPUS).isPositive();
        BatchRun run = service.digitize(CORPUS, "corpus", false);

        assertThat(run.result()).as(run.message()).isEqualTo(BatchRun.Result.COMPLETED);
        assertThat(run.report().files()).hasSize((int) files);
        assertThat(run.report().files()).allSatisfy(f -> assertThat(f.outcome()).isIn(Outcome.ARCHIVED, Outcome.QUARANTINED));
        assertThat(run.report().files()).filteredOn(f -> f.outcome() == Outcome.QUARANTINED)
                .allSatisfy(f -> assertThat(f.reasonCode()).isNotBlank());
        Map<Outcome, Long> counts = run.report().files().stream()
                .collect(Collectors.groupingBy(FileReport::outcome, Collectors.counting()));
        System.out.println("Malformed corpus: " + files + " files, " + counts);
    }
}
