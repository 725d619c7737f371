package vn.sohoa.tools.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.sohoa.SohoaApplication;
import vn.sohoa.operations.digitize.BatchRun;
import vn.sohoa.operations.digitize.DigitizeService;
import vn.sohoa.operations.report.Outcome;

/**
 * Measures, on the same generated pages in one run: the bare-Tesseract bound, OCRmyPDF when
 * installed, Sohoa's digitize job end to end at 1 worker and at one worker per core, and
 * born-digital batches (after their own warm-up, the median of three, in one context). Each scanned
 * run gets a fresh context and {@code SOHOA_HOME}; context
 * start-up is not counted, everything from intake to the indexed, archived record is.
 */
public final class ThroughputBenchmark {

    /**
     * One Sohoa measurement.
     *
     * @param retainedHeapMib heap still reachable after a full collection at the end of the run, the
     *                        application open: what would grow with the batch if anything accumulated
     * @param stageSeconds worker seconds per stage (decode, preprocess, ocr, pdf, validate, sign,
     *                     upload, index …), summed over the files, from the batch report
     */
    public record SohoaRun(int workers, int pages, double seconds, double pagesPerMinute, double peakHeapMib,
                           double retainedHeapMib, double peakResidentMib, Map<String, Double> stageSeconds) {
    }

    /**
     * Everything the benchmark measured; {@code ratioToOcrmypdf} is null when OCRmyPDF is absent, and
     * the bound, OCRmyPDF and born-digital figures are null in a Sohoa-only run.
     *
     * @param bornDigital             the median of the measured born-digital runs
     * @param bornDigitalRuns         pages per second of each measured born-digital run, in order
     * @param bornDigitalWarmUpPagesPerSecond pages per second of the warm-up's born-digital run, the
     *                                first documents after start-up, while the JIT still compiles
     */
    public record Result(int pages, int cores, String languages, Double boundPagesPerMinute, Double ocrmypdfPagesPerMinute,
                         List<SohoaRun> sohoa, SohoaRun bornDigital, Double bornDigitalPagesPerSecond,
                         List<Double> bornDigitalRuns, Double bornDigitalWarmUpPagesPerSecond, Double ratioToBound,
                         Double ratioToOcrmypdf) {
    }

    private static final int WARM_UP_PAGES = 12;
    /** Born-digital documents in the first warm-up, before the scanned runs: scanned PDFs share their paths. */
    private static final int WARM_UP_DOCUMENTS = 20;
    /**
     * Born-digital documents run before measuring. A born-digital file is all Java (PDFBox, veraPDF
     * with its rules compiled to classes by Rhino, Lucene, the S3 server), and on two cores the one
     * C2 compiler thread takes minutes to compile it all: successive runs of 100 documents in one
     * process took 118, 99, 88, 85, 79, 78, 76, 73, 69 and 69 ms of process CPU per page, and JFR
     * showed the compiler busy 6 to 7 s in every 10 s during the first 500 documents. A nightly
     * batch of thousands of files runs at the level; the first run after start-up is reported too.
     */
    private static final int BORN_DIGITAL_WARM_UP_DOCUMENTS = 400;
    /** Born-digital results per measured run: about 120 pages, several seconds. */
    private static final int BORN_DIGITAL_DOCUMENTS = 100;
    /** Measured born-digital runs; their median is reported, so that one slow moment of the VM weighs little. */
    private static final int BORN_DIGITAL_RUNS = 3;

    private final Path work;
    private final int pages;
    private final int cores = Runtime.getRuntime().availableProcessors();
    /** The bound reads with the languages Sohoa is configured with, so that both do the same work. */
    private final String languages = System.getenv().getOrDefault("SOHOA_OCR_LANGUAGES", "vie");

    private final boolean sohoaOnly;

    /** @param sohoaOnly only Sohoa at one worker per core (for memory at large page counts) */
    public ThroughputBenchmark(Path work, int pages, boolean sohoaOnly) {
        this.work = work;
        this.pages = pages;
        this.sohoaOnly = sohoaOnly;
    }

    public Result run() {
        BenchBatchWriter writer = new BenchBatchWriter();
        BenchBatchWriter.BenchPages scans = writer.scans(work, pages, 7L);
        warmUp(writer);
        if (sohoaOnly) {
            return new Result(pages, cores, languages, null, null, List.of(sohoa(scans.batch(), cores, work.resolve("home"))),
                    null, null, null, null, null, null);
        }
        double bound = perMinute(pages, ExternalOcrRuns.bareTesseract(scans.pageImages(), cores, languages));
        Double ocrmypdf = ExternalOcrRuns.ocrmypdfInstalled()
                ? perMinute(pages, ExternalOcrRuns.ocrmypdf(scans.pageImages(), work, cores)) : null;
        List<SohoaRun> runs = new ArrayList<>();
        for (int workers : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
            runs.add(sohoa(scans.batch(), workers, work.resolve("home-" + workers)));
        }
        SohoaRun full = runs.get(runs.size() - 1);
        // Born-digital batches in one context, as the server's nightly job runs them: a long first batch
        // brings the JIT to its level, then the measured ones. After the scanned runs, which thus run as before.
        List<Path> batches = new ArrayList<>();
        batches.add(writer.bornDigital(work.resolve("warm-up-born-digital"), BORN_DIGITAL_WARM_UP_DOCUMENTS, 10_000L));
        // Seeds far apart: no document of one batch is a duplicate of another's.
        for (int i = 0; i < BORN_DIGITAL_RUNS; i++) {
            batches.add(writer.bornDigital(work.resolve("born-digital-" + i), Math.max(pages, BORN_DIGITAL_DOCUMENTS), 11L + 1000L * i));
        }
        List<SohoaRun> series = sohoa(batches, cores, work.resolve("home-born-digital"));
        double bornDigitalWarmUp = perSecond(series.get(0));
        List<SohoaRun> bornDigital = series.subList(1, series.size());
        SohoaRun median = bornDigital.stream().sorted(Comparator.comparingDouble(SohoaRun::pagesPerMinute))
                .toList().get(BORN_DIGITAL_RUNS / 2);
        return new Result(pages, cores, languages, bound, ocrmypdf, runs, median, perSecond(median),
                bornDigital.stream().map(ThroughputBenchmark::perSecond).toList(), bornDigitalWarmUp,
                full.pagesPerMinute() / bound, ocrmypdf == null ? null : full.pagesPerMinute() / ocrmypdf);
    }

    /**
     * Runs Sohoa once on a few other pages and born-digital documents, not counted. The JIT
     * compiles PDFBox, veraPDF, ZXing and the image code during the first minute, on the same two
     * cores as OCR: counted, it made a 40-page run about a quarter slower than the steady state a
     * nightly batch runs at.
     */
    private void warmUp(BenchBatchWriter writer) {
        sohoa(writer.scans(work.resolve("warm-up"), WARM_UP_PAGES, 3L).batch(), cores, work.resolve("home-warm-up"));
        if (!sohoaOnly) {
            sohoa(writer.bornDigital(work.resolve("warm-up"), WARM_UP_DOCUMENTS, 5L), cores, work.resolve("home-warm-up-born-digital"));
        }
    }

    private SohoaRun sohoa(Path batch, int workers, Path home) {
        return sohoa(List.of(batch), workers, home).get(0);
    }

    /** Digitizes the batches one after another in one context, as {@code sohoa serve} runs its nightly job: a run per batch. */
    private List<SohoaRun> sohoa(List<Path> batches, int workers, Path home) {
        shareSigningKeys(home);
        MemoryProbe.resetHeapPeak();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SohoaApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                // Arguments, not default properties: they must win over application.yml and the environment.
                .run("--sohoa.home=" + home, "--sohoa.ocr.workers=" + workers)) {
            List<SohoaRun> runs = new ArrayList<>();
            for (Path batch : batches) {
                if (!runs.isEmpty()) {
                    MemoryProbe.resetHeapPeak();
                }
                long started = System.nanoTime();
                BatchRun run = context.getBean(DigitizeService.class).digitize(batch, "bench-" + runs.size(), false);
                double seconds = (System.nanoTime() - started) / 1e9;
                if (!run.succeeded()) {
                    throw new IllegalStateException("Sohoa run failed: " + run.message());
                }
                if (run.report().counts().getOrDefault(Outcome.DUPLICATE.key(), 0) > 0) {
                    // A duplicate is skipped, not digitized: it would make the run look faster than it is.
                    throw new IllegalStateException("The benchmark's batch " + batch + " has duplicates: " + run.report().counts());
                }
                int pages = run.report().pages();
                Map<String, Double> stages = new LinkedHashMap<>();
                if (run.report().stageMillis() != null) {
                    run.report().stageMillis().forEach((stage, millis) -> stages.put(stage, millis / 1000.0));
                }
                runs.add(new SohoaRun(workers, pages, seconds, perMinute(pages, seconds), MemoryProbe.peakHeapMib(),
                        MemoryProbe.retainedHeapMib(), MemoryProbe.peakResidentMib(), stages));
            }
            return runs;
        }
    }

    /**
     * Gives a measured run the warm-up's signing keystore. Without one, the first run in a home
     * generates its RSA key (one to three seconds of a core), which a nightly batch never pays.
     */
    private void shareSigningKeys(Path home) {
        Path keys = work.resolve("home-warm-up").resolve("signing");
        if (!Files.isDirectory(keys) || home.equals(keys.getParent())) {
            return;
        }
        try (Stream<Path> files = Files.list(keys)) {
            Path target = Files.createDirectories(home.resolve("signing"));
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot share the warm-up's signing keys with " + home, e);
        }
    }

    private static double perSecond(SohoaRun run) {
        return run.pagesPerMinute() / 60;
    }

    private static double perMinute(int pages, double seconds) {
        return pages * 60.0 / seconds;
    }
}
