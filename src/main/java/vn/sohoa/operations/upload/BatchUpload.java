package vn.sohoa.operations.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;

import vn.sohoa.SohoaProperties;
import vn.sohoa.model.BatchName;
import vn.sohoa.operations.inbox.BatchSubmission;
import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.audit.AuditAction;
import vn.sohoa.services.audit.AuditTrail;

/**
 * A batch uploaded by records staff: its files (and the files of its ZIPs) are written under a
 * private work folder, checked against the limits, then handed to {@link BatchSubmission} — the
 * same staging + READY + atomic rename as {@code sohoa submit} — so the nightly job sees all of it
 * or nothing. A refused upload leaves nothing behind.
 */
@Service
public class BatchUpload {

    /** One file as received: the name the browser sent and its content (already on disk, spooled by the server). */
    public record Part(String fileName, InputStreamSource content) {
    }

    private static final DateTimeFormatter DEFAULT_NAME = DateTimeFormatter.ofPattern("'lô-tải-lên-'yyyyMMdd-HHmmss");

    private final BatchSubmission submission;
    private final UploadSettings settings;
    private final AuditTrail audit;
    private final Path work;

    public BatchUpload(BatchSubmission submission, UploadSettings settings, AuditTrail audit, SohoaProperties sohoa) {
        this.submission = submission;
        this.settings = settings;
        this.audit = audit;
        this.work = sohoa.dir("uploads");
    }

    /**
     * @param name the batch name asked for; blank: {@code upload-yyyyMMdd-HHmmss}
     * @return the batch name, now complete in the inbox
     * @throws UploadRefusedException              for a bad file name, a ZIP that escapes or is too big, too many files
     * @throws vn.sohoa.model.InvalidBatchNameException for a bad batch name
     * @throws vn.sohoa.operations.digitize.BatchBusyException for a taken one
     */
    public String upload(String name, List<Part> parts, Actor actor) {
        String batch = BatchName.of(name == null || name.isBlank()
                ? LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DEFAULT_NAME) : name.strip()).value();
        List<Part> files = parts.stream().filter(p -> p.fileName() != null && !p.fileName().isBlank()).toList();
        if (files.isEmpty()) {
            throw new UploadRefusedException("noFiles", "The upload holds no files");
        }
        Path folder = work.resolve(".upload-" + UUID.randomUUID());
        try {
            Files.createDirectories(folder);
            UploadBudget budget = new UploadBudget(settings.maxFiles(), settings.maxUnpackedSize().toBytes());
            for (Part part : files) {
                write(part, folder, budget);
            }
            submission.submit(folder, batch);
            audit.record(actor, AuditAction.UPLOAD, null, "batch " + batch + ": " + budget.files() + " files");
            return batch;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the upload of batch " + batch + " under " + work, e);
        } finally {
            deleteTree(folder);
        }
    }

    private void write(Part part, Path folder, UploadBudget budget) throws IOException {
        String fileName = UploadedFileName.ofPart(part.fileName());
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            Path zip = Files.createTempFile(work, ".zip-", ".tmp");
            try {
                try (InputStream in = part.content().getInputStream()) {
                    Files.copy(in, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                new ZipUnpacker(settings.maxZipEntries()).unpack(zip, fileName, folder, budget);
            } finally {
                Files.deleteIfExists(zip);
            }
            return;
        }
        try (InputStream in = part.content().getInputStream()) {
            budget.write(in, folder.resolve(fileName), fileName);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A leftover work folder is hidden and holds nothing the inbox would read.
        }
    }
}
