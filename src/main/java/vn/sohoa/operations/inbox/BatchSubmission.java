package vn.sohoa.operations.inbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.sohoa.model.ArchiveLayout;
import vn.sohoa.model.BatchName;
import vn.sohoa.operations.digitize.BatchFolderException;
import vn.sohoa.storage.ObjectInfo;
import vn.sohoa.storage.ObjectStore;

/**
 * Copies a folder into the inbox the safe way: into a hidden staging folder first, then a
 * {@code READY} marker, then one atomic rename, so the nightly job never sees half a batch.
 * Refuses a name another batch has (in the inbox, among the processed batches, or in the
 * archive's {@code batches/NAME/}: a second batch under it would add to the first one's report and
 * overwrite its lines), a folder with links leading outside it, and an empty folder.
 */
@Component
public class BatchSubmission {

    private final Inbox inbox;
    private final ObjectStore store;

    public BatchSubmission(Inbox inbox, ObjectStore store) {
        this.inbox = inbox;
        this.store = store;
    }

    public Path submit(Path source, String name) {
        Path folder = source.toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new BatchFolderException("Folder " + source + " does not exist or is not a folder");
        }
        String batchName = BatchName.of(name != null ? name : folder.getFileName().toString()).value();
        Path target = inbox.dir().resolve(batchName);
        Path staging = inbox.dir().resolve(".incoming-" + batchName);
        refuseTaken(batchName, target);
        createStaging(batchName, staging);
        try {
            int copied = copyTree(folder, staging);
            if (copied == 0) {
                deleteTree(staging);
                throw new BatchFolderException("Folder " + source + " holds no files");
            }
            if (!Files.exists(staging.resolve(Inbox.READY))) { // a folder marked complete already keeps its marker
                Files.createFile(staging.resolve(Inbox.READY));
            }
            refuseTaken(batchName, target); // a batch of that name may have arrived while copying
            return Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteTree(staging);
            throw new UncheckedIOException("Cannot copy " + source + " into the inbox", e);
        } catch (RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
    }

    /** The staging folder, new: a batch of the same name being submitted right now has it. */
    private void createStaging(String name, Path staging) {
        try {
            Files.createDirectories(inbox.dir());
            Files.createDirectory(staging);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            throw new BatchNameTakenException(name, BatchNameTakenException.Where.INBOX);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + staging, e);
        }
    }

    private void refuseTaken(String name, Path target) {
        if (Files.exists(target)) {
            throw new BatchNameTakenException(name, BatchNameTakenException.Where.INBOX);
        }
        if (Files.exists(inbox.processed().resolve(name))) {
            throw new BatchNameTakenException(name, BatchNameTakenException.Where.PROCESSED);
        }
        try (Stream<ObjectInfo> objects = store.list(ArchiveLayout.batchPrefix(name))) {
            if (objects.findAny().isPresent()) {
                throw new BatchNameTakenException(name, BatchNameTakenException.Where.ARCHIVE);
            }
        }
    }

    private static int copyTree(Path from, Path to) throws IOException {
        AtomicInteger files = new AtomicInteger();
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(from.toRealPath())) {
                    throw new BatchFolderException(file + " links to " + file.toRealPath() + ", outside the folder");
                }
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                files.incrementAndGet();
                return FileVisitResult.CONTINUE;
            }
        });
        return files.get();
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Staging leftovers are hidden and ignored by the inbox scan.
        }
    }
}
