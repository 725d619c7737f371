package vn.sohoa.pipeline.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads a batch folder (nested folders allowed) as identified {@link ScanFile}s, in a stable
 * order (relative path), so that a restarted execution skips exactly the files an earlier one
 * committed. Files with the same content as an earlier file of the batch are marked
 * {@link ScanFile#sameAs()} here, in one thread, so that the first one always owns the record
 * however many workers process them concurrently.
 */
public class BatchFolderReader extends AbstractItemCountingItemStreamItemReader<ScanFile> {

    private final Path batchDir;
    private final String batchName;
    private final List<PathMatcher> ignored;
    private final ContentHasher hasher;
    private final MediaTypeDetector detector;
    private final Map<String, String> firstPathByHash = new HashMap<>();
    private Iterator<Path> files;
    private BatchManifest manifest = BatchManifest.empty();
    /** A partition's files and their earlier same-content files, decided by the manager; null for the whole folder. */
    private final Map<String, String> partition;

    /**
     * Key of a partition's files in its step execution context: one line per file, its path
     * relative to the batch folder, a tab, and the earlier file of the batch with the same content
     * (empty when none).
     */
    public static final String PARTITION_FILES = "partition.files";

    public BatchFolderReader(Path batchDir, String batchName, List<String> ignoreGlobs,
                             ContentHasher hasher, MediaTypeDetector detector) {
        this(batchDir, batchName, ignoreGlobs, hasher, detector, null);
    }

    /** Reads only the files of one partition ({@link #PARTITION_FILES}), when {@code partitionFiles} is not null. */
    public BatchFolderReader(Path batchDir, String batchName, List<String> ignoreGlobs,
                             ContentHasher hasher, MediaTypeDetector detector, String partitionFiles) {
        this.partition = partitionFiles == null ? null : parsePartition(partitionFiles);
        this.batchDir = batchDir.toAbsolutePath().normalize();
        this.batchName = batchName;
        this.ignored = ignoreGlobs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
        this.hasher = hasher;
        this.detector = detector;
        setName("batchFolder");
    }

    /** The scan files of a batch folder in processing order; also used to count the work ahead. */
    public static List<Path> listScanFiles(Path batchDir, List<PathMatcher> ignored) {
        try (Stream<Path> walk = Files.walk(batchDir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> ignored.stream().noneMatch(m -> m.matches(p.getFileName())))
                    .sorted((a, b) -> relative(batchDir, a).compareTo(relative(batchDir, b)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list batch folder " + batchDir, e);
        }
    }

    private static Map<String, String> parsePartition(String lines) {
        Map<String, String> files = new java.util.LinkedHashMap<>();
        for (String line : lines.split("\n")) {
            if (!line.isEmpty()) {
                int tab = line.indexOf('\t');
                files.put(tab < 0 ? line : line.substring(0, tab), tab < 0 ? "" : line.substring(tab + 1));
            }
        }
        return files;
    }

    public static List<PathMatcher> matchers(List<String> globs) {
        return globs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    }

    static String relative(Path batchDir, Path file) {
        return batchDir.relativize(file).toString().replace('\\', '/');
    }

    @Override
    protected void doOpen() {
        if (!Files.isDirectory(batchDir)) {
            throw new ItemStreamException("Batch folder " + batchDir + " does not exist or is not a folder");
        }
        firstPathByHash.clear();
        manifest = BatchManifest.load(batchDir);
        files = partition == null ? listScanFiles(batchDir, ignored).iterator()
                : partition.keySet().stream().map(batchDir::resolve).toList().iterator();
    }

    @Override
    protected ScanFile doRead() {
        if (!files.hasNext()) {
            return null;
        }
        Path file = files.next();
        String relativePath = relative(batchDir, file);
        try {
            String sha256 = hasher.sha256(file);
            String sameAs = partition == null ? firstPathByHash.putIfAbsent(sha256, relativePath)
                    : emptyToNull(partition.get(relativePath));
            return new ScanFile(batchName, relativePath, file, Files.size(file), sha256, detector.detect(file), sameAs,
                    manifest.fieldsFor(relativePath, file.getFileName().toString()));
        } catch (IOException e) {
            throw new ItemStreamException("Cannot read " + file + " of batch " + batchName + ": " + e.getMessage(), e);
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    @Override
    protected void doClose() {
        files = null;
    }
}
