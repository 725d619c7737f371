package vn.sohoa.operations.report;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.model.ArchiveLayout;
import vn.sohoa.pipeline.intake.ContentHasher;
import vn.sohoa.storage.ObjectStore;
import vn.sohoa.storage.ObjectUploads;
import vn.sohoa.timing.StageTimes;

/**
 * Batch reports in the bucket. Each file's outcome is its own small object, written when the
 * file's chunk is written, so that a report survives a crash and a restart adds to it instead of
 * starting over; {@link #assemble} puts the lines together.
 */
@Component
public class BatchReportStore {

    private static final String JSON = "application/json";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ObjectStore store;
    private final JsonMapper json;
    private final ContentHasher hasher;

    private final BatchReportHtml html;
    private final ObjectUploads uploads;

    public BatchReportStore(ObjectStore store, JsonMapper json, ContentHasher hasher, BatchReportHtml html, ObjectUploads uploads) {
        this.uploads = uploads;
        this.store = store;
        this.json = json;
        this.hasher = hasher;
        this.html = html;
    }

    private void record(String batch, FileReport line) {
        String key = filesPrefix(batch) + hasher.sha256(line.file().getBytes(StandardCharsets.UTF_8)).substring(0, 32) + ".json";
        store.put(key, json.writeValueAsBytes(line), JSON, Map.of());
    }

    /**
     * Records a chunk's lines at once: they are written while every file worker waits for the chunk
     * to end, so one put after another would keep the workers idle for each line's round trip.
     */
    public void recordAll(String batch, List<FileReport> lines) {
        List<CompletableFuture<Void>> puts = lines.stream()
                .map(line -> uploads.start(() -> {
                    record(batch, line);
                    return (Void) null;
                }))
                .toList();
        puts.forEach(ObjectUploads::await);
    }

    public void saveStatus(BatchState status) {
        store.put(ArchiveLayout.batchPrefix(status.batch()) + "status.json",
                json.writerWithDefaultPrettyPrinter().writeValueAsBytes(status), JSON, Map.of());
    }

    /**
     * Notes how many files of a running batch are done, as each one finishes: the file lines are
     * written per chunk, so without this a small batch shows 0/N until its end.
     */
    public void saveProgress(String batch, int doneFiles) {
        store.put(ArchiveLayout.batchPrefix(batch) + "progress.json", json.writeValueAsBytes(Map.of("done", doneFiles)), JSON, Map.of());
    }

    /** Files done as last noted by {@link #saveProgress}; 0 when never noted. */
    public int progress(String batch) {
        String key = ArchiveLayout.batchPrefix(batch) + "progress.json";
        return store.stat(key).map(info -> json.readTree(store.read(key)).path("done").asInt(0)).orElse(0);
    }

    public Optional<BatchState> status(String batch) {
        String key = ArchiveLayout.batchPrefix(batch) + "status.json";
        return store.stat(key).map(info -> json.readValue(store.read(key), BatchState.class));
    }

    /** The report as it stands: status plus every file line recorded so far, in file order. */
    public Optional<BatchReport> assemble(String batch) {
        Optional<BatchState> status = status(batch);
        if (status.isEmpty()) {
            return Optional.empty();
        }
        List<FileReport> files = store.list(filesPrefix(batch))
                .map(info -> json.readValue(store.read(info.key()), FileReport.class))
                .sorted(Comparator.comparing(FileReport::file))
                .toList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome.key(), (int) files.stream().filter(f -> f.outcome() == outcome).count());
        }
        counts.put(FileReport.NEEDS_REVIEW, (int) files.stream()
                .filter(f -> f.needsReview() != null && !f.needsReview().isEmpty()).count());
        BatchState s = status.get();
        StageTimes stages = files.stream().map(f -> StageTimes.fromMap(f.stageMillis())).reduce(StageTimes.NONE, StageTimes::plus);
        return Optional.of(new BatchReport(batch, s.status(), s.message(), s.startedAt(), s.finishedAt(), counts,
                sum(files, FileReport::pages), sum(files, FileReport::ocrPages), meanOcrConfidence(files), stages.asMap(), files));
    }

    /**
     * Writes the assembled report as {@code report.json} (for programs) and {@code report.html}
     * (for people, in Vietnamese) next to the file lines; returns the JSON key.
     */
    public String saveReport(BatchReport report) {
        String key = ArchiveLayout.batchPrefix(report.batch()) + "report.json";
        store.put(key, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(report), JSON, Map.of());
        store.put(ArchiveLayout.batchPrefix(report.batch()) + "report.html",
                html.render(report, VIETNAMESE).getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", Map.of());
        return key;
    }

    /** Each file's mean weighted by its OCR pages, so a 40-page file counts 40 times a 1-page one. */
    private static Double meanOcrConfidence(List<FileReport> files) {
        double weighted = 0;
        int pages = 0;
        for (FileReport file : files) {
            if (file.meanConfidence() != null && file.ocrPages() != null && file.ocrPages() > 0) {
                weighted += file.meanConfidence() * file.ocrPages();
                pages += file.ocrPages();
            }
        }
        return pages == 0 ? null : weighted / pages;
    }

    private static int sum(List<FileReport> files, java.util.function.Function<FileReport, Integer> value) {
        return files.stream().map(value).filter(v -> v != null).mapToInt(Integer::intValue).sum();
    }

    private static String filesPrefix(String batch) {
        return ArchiveLayout.batchPrefix(batch) + "files/";
    }
}
