package vn.sohoa.operations.digitize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.sohoa.pipeline.intake.BatchFolderReader;
import vn.sohoa.pipeline.intake.ContentHasher;
import vn.sohoa.pipeline.intake.IntakeProperties;
import vn.sohoa.pipeline.intake.MediaTypeDetector;
import vn.sohoa.pipeline.intake.ScanFile;
import vn.sohoa.pipeline.pages.ScanDocument;
import vn.sohoa.pipeline.pages.ScanDocumentOpener;

/**
 * The files of a batch with their page counts, for balancing partitions: each file is opened as
 * the pages stage would open it (PDF page tree, image frames; nothing decoded) and closed. A file
 * that cannot be opened counts one page: its worker will quarantine it in no time.
 */
final class PageEstimates {

    private PageEstimates() {
    }

    static List<PagesBalancedPartitioner.BatchEntry> of(Path batchDir, IntakeProperties intake, ContentHasher hasher,
                                                        MediaTypeDetector detector, ScanDocumentOpener opener) {
        List<PagesBalancedPartitioner.BatchEntry> entries = new ArrayList<>();
        for (Path file : BatchFolderReader.listScanFiles(batchDir, BatchFolderReader.matchers(intake.ignore()))) {
            String relative = PagesBalancedPartitioner.relative(batchDir, file);
            try {
                String sha256 = hasher.sha256(file);
                long bytes = Files.size(file);
                ScanFile scan = new ScanFile("", relative, file, bytes, sha256, detector.detect(file), null, java.util.Map.of());
                entries.add(new PagesBalancedPartitioner.BatchEntry(relative, pages(opener, scan), bytes, sha256));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file + " of batch folder " + batchDir, e);
            }
        }
        return entries;
    }

    private static int pages(ScanDocumentOpener opener, ScanFile scan) {
        try (ScanDocument document = opener.open(scan)) {
            return document.pageCount();
        } catch (RuntimeException e) { // UnreadableDocumentException among them {
            return 1;
        }
    }
}
