package vn.sohoa.operations.digitize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

import vn.sohoa.pipeline.intake.BatchFolderReader;
import vn.sohoa.pipeline.intake.BatchManifest;
import vn.sohoa.pipeline.intake.ContentHasher;

/**
 * A cheap identity of a batch folder's content: file paths, sizes and modification times, plus
 * the manifest's bytes. Unchanged folder, same fingerprint: the job instance is found again.
 */
final class BatchFingerprint {

    private BatchFingerprint() {
    }

    static String of(Path batchDir, List<PathMatcher> ignored, ContentHasher hasher) {
        StringBuilder listing = new StringBuilder();
        try {
            for (Path file : BatchFolderReader.listScanFiles(batchDir, ignored)) {
                listing.append(batchDir.relativize(file)).append('\t').append(Files.size(file)).append('\t')
                        .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
            }
            Path manifest = batchDir.resolve(BatchManifest.FILE_NAME);
            if (Files.isRegularFile(manifest)) {
                listing.append(hasher.sha256(manifest));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list batch folder " + batchDir, e);
        }
        return hasher.sha256(listing.toString().getBytes(StandardCharsets.UTF_8));
    }
}
