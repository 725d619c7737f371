package vn.sohoa.operations.digitize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import vn.sohoa.operations.digitize.PagesBalancedPartitioner.BatchEntry;
import vn.sohoa.pipeline.intake.BatchFolderReader;

class PagesBalancedPartitionerTests {

    @Test
    void partitionsAreBalancedByPagesNotByFileCount() {
        List<BatchEntry> entries = new ArrayList<>();
        entries.add(new BatchEntry("so-dang-ky.pdf", 300, 100_000L, "h0"));
        for (int i = 1; i <= 300; i++) {
            entries.add(new BatchEntry(String.format("giay/%03d.jpg", i), 1, 100_000L, "h" + i));
        }
        Map<String, ExecutionContext> partitions = new PagesBalancedPartitioner(entries).partition(2);

        assertThat(partitions).hasSize(2);
        assertThat(partitions.values()).extracting(c -> c.getLong(PagesBalancedPartitioner.PAGES)).containsOnly(300L);
        List<Integer> files = partitions.values().stream().map(c -> lines(c).size()).toList();
        assertThat(files).containsExactlyInAnyOrder(1, 300);
    }

    @Test
    void everyFileIsInExactlyOnePartitionAndACopyInAnotherPartitionIsStillADuplicate() {
        List<BatchEntry> entries = List.of(new BatchEntry("a.pdf", 5, 100_000L, "x"), new BatchEntry("b.pdf", 4, 100_000L, "y"),
                new BatchEntry("c.png", 1, 100_000L, "z"), new BatchEntry("copies/a.pdf", 5, 100_000L, "x"),
                new BatchEntry("d.tif", 2, 100_000L, "w"));
        Map<String, ExecutionContext> partitions = new PagesBalancedPartitioner(entries).partition(3);

        Map<String, String> sameAs = new HashMap<>();
        List<String> all = new ArrayList<>();
        for (ExecutionContext context : partitions.values()) {
            for (String line : lines(context)) {
                String[] parts = line.split("\t", -1);
                all.add(parts[0]);
                sameAs.put(parts[0], parts[1]);
            }
        }
        assertThat(all).containsExactlyInAnyOrder("a.pdf", "b.pdf", "c.png", "copies/a.pdf", "d.tif");
        assertThat(sameAs).containsEntry("copies/a.pdf", "a.pdf").containsEntry("a.pdf", "");
        assertThat(partitionOf(partitions, "a.pdf")).isNotEqualTo(partitionOf(partitions, "copies/a.pdf"));
    }

    @Test
    void amongFilesOfAsManyPagesBytesAreSpreadSoThatKindsDoNotClusterByPath() {
        // A batch that alternates a big colour JPEG and a small bilevel TIFF: dealt out by path,
        // every JPEG went to one partition and every TIFF to the other.
        List<BatchEntry> entries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            boolean jpeg = i % 2 == 0;
            entries.add(new BatchEntry(String.format("trang-%04d.%s", i, jpeg ? "jpg" : "tif"), 1, jpeg ? 900_000L + i : 60_000L + i,
                    "h" + i));
        }
        Map<String, ExecutionContext> partitions = new PagesBalancedPartitioner(entries).partition(2);

        assertThat(partitions.values()).extracting(c -> c.getLong(PagesBalancedPartitioner.PAGES)).containsOnly(10L);
        for (ExecutionContext partition : partitions.values()) {
            assertThat(lines(partition)).filteredOn(line -> line.contains(".jpg")).hasSize(5);
        }
    }

    @Test
    void neverMorePartitionsThanFiles() {
        assertThat(new PagesBalancedPartitioner(List.of(new BatchEntry("a.pdf", 1, 100_000L, "x"))).partition(8)).hasSize(1);
    }

    private static List<String> lines(ExecutionContext context) {
        return context.getString(BatchFolderReader.PARTITION_FILES).lines().filter(l -> !l.isEmpty()).toList();
    }

    private static String partitionOf(Map<String, ExecutionContext> partitions, String file) {
        return partitions.entrySet().stream().filter(e -> lines(e.getValue()).stream().anyMatch(l -> l.startsWith(file + "\t")))
                .map(Map.Entry::getKey).findFirst().orElseThrow();
    }
}
