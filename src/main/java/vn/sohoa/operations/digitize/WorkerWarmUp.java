package vn.sohoa.operations.digitize;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

import vn.sohoa.pipeline.intake.ContentHasher;
import vn.sohoa.pipeline.intake.MediaTypeDetector;
import vn.sohoa.pipeline.intake.ScanFile;
import vn.sohoa.pipeline.metadata.RecordFieldsAssembler;
import vn.sohoa.pipeline.ocr.OcrEnginePool;
import vn.sohoa.pipeline.pdf.SearchablePdfBuilder;
import vn.sohoa.pipeline.pdf.SearchablePdfs;
import vn.sohoa.pipeline.split.DocumentSplitter;
import vn.sohoa.pipeline.text.DocumentText;
import vn.sohoa.pipeline.text.DocumentTextReader;

/**
 * Before a {@code sohoa worker} takes its first partition, it digitizes a built-in page (a notice
 * of the sample scans) once per OCR engine, at the same time, through every stage but the
 * archive: the page is read, OCRed, its fields assembled, its searchable PDF composed, validated
 * and signed, and all of it is thrown away. Nothing reaches the bucket, the index or the batch
 * reports.
 *
 * <p>Why: a worker is a long-lived process that serves many batches, while its first file pays
 * for loading every engine's language data, creating the signing key, and compiling the code of
 * the decoders, PDF/A validator and signer, about ten seconds on a 2-core host. Without the
 * warm-up every worker pays that when a batch starts, all at once on shared cores; with it, at
 * the worker's start. It doubles as a self-test: a worker without its language data, or that
 * cannot sign, fails to start with the reason instead of failing partitions.
 *
 * <p>Runs as the worker's context finishes creating its beans, before the channel subscriber
 * starts: no partition request is taken before the worker is ready.
 */
class WorkerWarmUp implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(WorkerWarmUp.class);
    static final String PAGE = "warm-up-page.png";

    private final DocumentTextReader textReader;
    private final DocumentSplitter splitter;
    private final RecordFieldsAssembler fields;
    private final SearchablePdfs searchablePdfs;
    private final OcrEnginePool engines;
    private final ContentHasher hasher;
    private final MediaTypeDetector detector;

    WorkerWarmUp(DocumentTextReader textReader, DocumentSplitter splitter, RecordFieldsAssembler fields, SearchablePdfs searchablePdfs,
                 OcrEnginePool engines, ContentHasher hasher, MediaTypeDetector detector) {
        this.textReader = textReader;
        this.splitter = splitter;
        this.fields = fields;
        this.searchablePdfs = searchablePdfs;
        this.engines = engines;
        this.hasher = hasher;
        this.detector = detector;
    }

    /** What the warm-up did: the page digitized on {@code engines} engines, {@code words} words read on it. */
    record Result(int engines, int words, long millis) {
    }

    @Override
    public void afterSingletonsInstantiated() {
        Result result = run();
        log.info("Warmed up in {} ms: the built-in page digitized on {} OCR engine(s), {} words read", result.millis(),
                result.engines(), result.words());
    }

    /**
     * Digitizes the built-in page once per engine.
     *
     * @throws IllegalStateException naming what failed (the language data, the signing key...)
     */
    Result run() {
        long start = System.nanoTime();
        Path folder = null;
        try {
            folder = Files.createTempDirectory("sohoa-warm-up");
            int words = digitizeOncePerEngine(page(folder));
            return new Result(engines.size(), words, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            throw new UncheckedIOException("Worker self-test: could not write the built-in page to a temporary folder", e);
        } finally {
            deleteQuietly(folder);
        }
    }

    private ScanFile page(Path folder) throws IOException {
        Path file = folder.resolve(PAGE);
        try (InputStream in = WorkerWarmUp.class.getResourceAsStream(PAGE)) {
            if (in == null) {
                throw new IllegalStateException("Worker self-test: the built-in page " + PAGE + " is missing from the jar");
            }
            Files.copy(in, file);
        }
        return new ScanFile("warm-up", PAGE, file, Files.size(file), hasher.sha256(file), detector.detect(file), null, Map.of());
    }

    /** The page on each engine at once, so that every engine is loaded; the words read on the first. */
    private int digitizeOncePerEngine(ScanFile page) {
        ExecutorService threads = Executors.newFixedThreadPool(engines.size(), r -> new Thread(r, "warm-up"));
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < engines.size(); i++) {
                runs.add(threads.submit(() -> digitize(page)));
            }
            int words = 0;
            for (Future<Integer> run : runs) {
                words = run.get();
            }
            return words;
        } catch (ExecutionException e) {
            throw new IllegalStateException("Worker self-test failed on the built-in page: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Worker self-test interrupted", e);
        } finally {
            threads.shutdownNow();
        }
    }

    private int digitize(ScanFile page) {
        try (SearchablePdfBuilder pdf = searchablePdfs.start(page)) {
            DocumentText text = textReader.read(page, pdf);
            splitter.split(text);
            fields.assemble(page, text);
            pdf.finish();
            String joined = text.joined().strip();
            if (joined.isEmpty()) {
                throw new IllegalStateException("no text read on the built-in page: check the OCR language data (sohoa.ocr.languages)");
            }
            return joined.split("\\s+").length;
        }
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            log.debug("Could not delete the warm-up folder {}", folder, e);
        }
    }
}
