package vn.sohoa.operations.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;

import vn.sohoa.model.ArchiveLayout;
import vn.sohoa.operations.inbox.Inbox;
import vn.sohoa.operations.report.BatchReportStore;
import vn.sohoa.operations.report.BatchState;
import vn.sohoa.pipeline.intake.BatchManifest;
import vn.sohoa.storage.ObjectStore;

/**
 * Where each batch stands, for records staff: waiting in the inbox, running (files done of total),
 * completed, or failed with the reason, put together from the inbox folder and the batch status
 * and report lines in the bucket.
 */
@Service
public class BatchOverview {

    /** The states a batch page shows. */
    public enum State { INBOX, QUEUED, RUNNING, COMPLETED, FAILED }

    /**
     * @param filesDone  files with an outcome so far (report lines in the bucket)
     * @param filesTotal files of the batch folder while it is in the inbox; -1 once it left
     * @param reason     why it failed
     * @param report     true when {@code report.html} is in the bucket
     */
    public record Row(String name, State state, int filesDone, int filesTotal, String reason, boolean inInbox, boolean report) {

        public String stateName() {
            return state.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final String STATUS = "status.json";

    private final Inbox inbox;
    private final BatchReportStore reports;
    private final ObjectStore store;
    private final DigitizeNow digitizeNow;

    public BatchOverview(Inbox inbox, BatchReportStore reports, ObjectStore store, DigitizeNow digitizeNow) {
        this.inbox = inbox;
        this.reports = reports;
        this.store = store;
        this.digitizeNow = digitizeNow;
    }

    /** Every batch, newest names last, those in the inbox first. */
    public List<Row> all() {
        Map<String, Row> rows = new LinkedHashMap<>();
        inboxBatches().forEach(name -> rows.put(name, row(name)));
        try (Stream<vn.sohoa.storage.ObjectInfo> keys = store.list("batches/")) {
            keys.map(info -> info.key())
                    .filter(key -> key.endsWith("/" + STATUS) && key.split("/").length == 3)
                    .map(key -> key.split("/")[1])
                    .filter(name -> !rows.containsKey(name))
                    .forEach(name -> rows.put(name, row(name)));
        }
        return rows.values().stream().sorted(Comparator.comparing((Row r) -> !r.inInbox()).thenComparing(Row::name)).toList();
    }

    /** One batch, if it is in the inbox or known to the bucket. */
    public Optional<Row> find(String name) {
        boolean known = Files.isDirectory(inbox.dir().resolve(name)) || reports.status(name).isPresent();
        return known ? Optional.of(row(name)) : Optional.empty();
    }

    private Row row(String name) {
        Path folder = inbox.dir().resolve(name);
        boolean inInbox = Files.isDirectory(folder);
        int total = inInbox ? countScans(folder) : -1;
        Optional<BatchState> status = reports.status(name);
        int done = status.isPresent() ? (int) store.list(ArchiveLayout.batchPrefix(name) + "files/").count() : 0;
        boolean report = store.stat(ArchiveLayout.batchPrefix(name) + "report.html").isPresent();
        String failureNote = inInbox ? failureNote(folder) : null;
        if (digitizeNow.isQueued(name)) {
            return new Row(name, State.QUEUED, done, total, null, inInbox, report);
        }
        if (status.isPresent() && BatchState.RUNNING.equals(status.get().status())) {
            // Files finished but not yet committed count too: the page moves with every file.
            return new Row(name, State.RUNNING, Math.max(done, reports.progress(name)), total, null, inInbox, report);
        }
        if (failureNote != null) {
            return new Row(name, State.FAILED, done, total, failureNote, inInbox, report);
        }
        if (inInbox) {
            return new Row(name, State.INBOX, done, total, null, true, report);
        }
        BatchState s = status.orElseThrow();
        return BatchState.COMPLETED.equals(s.status())
                ? new Row(name, State.COMPLETED, done, total, null, false, report)
                : new Row(name, State.FAILED, done, total, s.message(), false, report);
    }

    private List<String> inboxBatches() {
        if (!Files.isDirectory(inbox.dir())) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(inbox.dir())) {
            return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the inbox " + inbox.dir(), e);
        }
    }

    /** Scan files of a folder: what the job will digitize (markers, manifest and hidden files left out). */
    private static int countScans(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return (int) files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".") && !n.equals(Inbox.READY) && !n.equals(BatchManifest.FILE_NAME)).count();
        } catch (IOException e) {
            return -1;
        }
    }

    private static String failureNote(Path folder) {
        Path note = folder.resolve(Inbox.FAILURE_NOTE);
        try {
            return Files.exists(note) ? Files.readString(note, StandardCharsets.UTF_8).strip() : null;
        } catch (IOException e) {
            return "(" + e.getMessage() + ")";
        }
    }
}
