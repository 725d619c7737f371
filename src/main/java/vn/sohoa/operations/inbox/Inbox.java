package vn.sohoa.operations.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.sohoa.SohoaProperties;
import vn.sohoa.pipeline.intake.BatchManifest;

/**
 * The inbox folder: one sub-folder per batch. A batch is complete, and only then picked up, when
 * it holds a {@code READY} file, or a {@code manifest.csv} written after every other file (staff
 * copy the manifest last). A batch still being copied is never touched.
 */
@Component
public class Inbox {

    public static final String READY = "READY";
    /** Written into a batch folder that failed as a whole; hidden, so the job never reads it as a scan. */
    public static final String FAILURE_NOTE = ".sohoa-failed.txt";

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final Path dir;
    private final Path processed;
    private final Duration retention;

    public Inbox(InboxProperties properties, SohoaProperties sohoa) {
        this.dir = configured(properties.dir()) ? properties.dir() : sohoa.dir("inbox");
        this.processed = configured(properties.processed()) ? properties.processed() : sohoa.dir("processed");
        this.retention = properties.processedRetention();
    }

    public Path dir() {
        return dir;
    }

    /** Where digitized batches go. */
    public Path processed() {
        return processed;
    }

    /** An empty environment variable means "the default", not the current folder. */
    private static boolean configured(Path path) {
        return path != null && !path.toString().isBlank();
    }

    /** Complete batches in name order (hidden and half-submitted folders are skipped). */
    public List<Path> completeBatches() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> batches = Files.list(dir)) {
            return batches.filter(Files::isDirectory)
                    .filter(b -> !b.getFileName().toString().startsWith("."))
                    .filter(Inbox::complete)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the inbox " + dir, e);
        }
    }

    static boolean complete(Path batch) {
        if (Files.exists(batch.resolve(READY))) {
            return true;
        }
        Path manifest = batch.resolve(BatchManifest.FILE_NAME);
        return Files.isRegularFile(manifest) && newestOtherFile(batch, manifest)
                .map(newest -> modified(manifest).compareTo(newest) >= 0).orElse(true);
    }

    private static Optional<FileTime> newestOtherFile(Path batch, Path manifest) {
        try (Stream<Path> files = Files.walk(batch)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.equals(manifest)).map(Inbox::modified).max(FileTime::compareTo);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + batch, e);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves a digitized batch to the processed folder (with a suffix if the name is taken). */
    public Path markProcessed(Path batch) {
        try {
            Files.createDirectories(processed);
            Path target = processed.resolve(batch.getFileName());
            for (int n = 2; Files.exists(target); n++) {
                target = processed.resolve(batch.getFileName() + "-" + n);
            }
            Files.deleteIfExists(batch.resolve(FAILURE_NOTE));
            Path moved = Files.move(batch, target, StandardCopyOption.ATOMIC_MOVE);
            // The folder's time says when it was processed: its retention counts from there.
            Files.setLastModifiedTime(moved, FileTime.from(Instant.now()));
            return moved;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move " + batch + " to " + processed, e);
        }
    }

    /**
     * Removes the processed batches older than the retention ({@code sohoa.inbox.processed-retention}):
     * their scans are archived, and a copy on local disk is one more place personal data lies.
     *
     * @return the names of the batches removed
     */
    public List<String> removeExpiredProcessed(Instant now) {
        if (!Files.isDirectory(processed)) {
            return List.of();
        }
        Instant cutoff = now.minus(retention);
        List<String> removed = new ArrayList<>();
        try (Stream<Path> batches = Files.list(processed)) {
            for (Path batch : batches.filter(Files::isDirectory).sorted().toList()) {
                if (!modified(batch).toInstant().isAfter(cutoff)) {
                    deleteTree(batch);
                    removed.add(batch.getFileName().toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + processed, e);
        }
        if (!removed.isEmpty()) {
            log.info("Removed {} processed batches digitized more than {} ago: {}", removed.size(), retention, removed);
        }
        return removed;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Leaves a failed batch where it is, with the reason beside its files. */
    public void markFailed(Path batch, String reason) {
        try {
            Files.writeString(batch.resolve(FAILURE_NOTE), Instant.now() + " " + reason + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the failure note of " + batch, e);
        }
    }
}
