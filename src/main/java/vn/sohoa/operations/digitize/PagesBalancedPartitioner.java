package vn.sohoa.operations.digitize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.sohoa.pipeline.intake.BatchFolderReader;

/**
 * Splits a batch folder into partitions of about the same number of pages, not files: one
 * 300-page register takes as long as 300 one-page certificates. Greedy, largest file first, onto
 * the partition with the fewest pages so far (within 4/3 of the best split). Bytes break the ties:
 * among files of as many pages, the bigger ones (colour, high resolution) take longer to decode
 * and recognize, so they are spread first and a partition with fewer bytes takes the next one.
 * Without that, a batch whose files alternate kinds (a scanner's JPEG then a TIFF…) was dealt
 * out by path, one kind to each partition, and one worker idled while the other finished. Each partition's
 * context holds its files ({@link BatchFolderReader#PARTITION_FILES}, with the earlier file of the
 * same content for duplicates, decided here over the whole batch so that a copy in another
 * partition is still a duplicate and never a second record).
 */
class PagesBalancedPartitioner implements Partitioner {

    static final String PAGES = "partition.pages";

    /** One file of the batch: its path relative to the folder, its pages (estimated), its size, its content hash. */
    record BatchEntry(String relativePath, int pages, long bytes, String sha256) {
    }

    private final List<BatchEntry> entries;

    PagesBalancedPartitioner(List<BatchEntry> entries) {
        this.entries = entries;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        int count = Math.max(1, Math.min(gridSize, entries.size()));
        Map<String, String> sameAs = new HashMap<>();
        Map<String, String> firstByHash = new HashMap<>();
        for (BatchEntry entry : entries) { // in processing order: the first path owns the record
            String first = firstByHash.putIfAbsent(entry.sha256(), entry.relativePath());
            if (first != null) {
                sameAs.put(entry.relativePath(), first);
            }
        }
        List<List<BatchEntry>> parts = new ArrayList<>();
        long[] pages = new long[count];
        long[] bytes = new long[count];
        for (int i = 0; i < count; i++) {
            parts.add(new ArrayList<>());
        }
        List<BatchEntry> largestFirst = new ArrayList<>(entries);
        largestFirst.sort(Comparator.comparingInt(BatchEntry::pages).thenComparingLong(BatchEntry::bytes).reversed()
                .thenComparing(BatchEntry::relativePath));
        for (BatchEntry entry : largestFirst) {
            int lightest = 0;
            for (int i = 1; i < count; i++) {
                if (pages[i] < pages[lightest] || pages[i] == pages[lightest] && bytes[i] < bytes[lightest]) {
                    lightest = i;
                }
            }
            parts.get(lightest).add(entry);
            pages[lightest] += Math.max(1, entry.pages());
            bytes[lightest] += entry.bytes();
        }
        Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            List<BatchEntry> part = parts.get(i);
            part.sort(Comparator.comparing(BatchEntry::relativePath));
            StringBuilder files = new StringBuilder();
            for (BatchEntry entry : part) {
                files.append(entry.relativePath()).append('\t').append(sameAs.getOrDefault(entry.relativePath(), "")).append('\n');
            }
            ExecutionContext context = new ExecutionContext();
            context.putString(BatchFolderReader.PARTITION_FILES, files.toString());
            context.putLong(PAGES, pages[i]);
            contexts.put(String.format("partition%03d", i), context);
        }
        return contexts;
    }

    static String relative(Path batchDir, Path file) {
        return batchDir.relativize(file).toString().replace('\\', '/');
    }
}
