package vn.sohoa.operations.digitize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

import vn.sohoa.model.DigitizedRecord;
import vn.sohoa.operations.report.BatchReportStore;
import vn.sohoa.operations.report.BatchState;
import vn.sohoa.operations.report.FileReport;
import vn.sohoa.operations.report.RecordReview;
import vn.sohoa.pipeline.index.ChangeFeed;
import vn.sohoa.pipeline.index.RecordIndexer;
import vn.sohoa.timing.Stage;
import vn.sohoa.timing.StageClock;
import vn.sohoa.timing.StageTimes;

/**
 * Ends a chunk: archived records go into the index (committed once per chunk, so searches never
 * see part of one), and every file's outcome becomes a line of the batch report. Records that an
 * earlier, interrupted run archived are indexed again too: the index is only derived, and a crash
 * between archiving and indexing must not leave a record unfindable. A worker of a multi-host
 * deployment ({@link ScaleOutProperties#worker()}) does not index: the host that serves searches
 * indexes every host's records from the change feed, and a worker's own index would be searched
 * by nobody.
 */
@Component
public class OutcomeWriter implements ItemWriter<FileOutcome> {

    private final RecordIndexer indexer;
    private final BatchReportStore reports;
    private final StageClock clock;
    private final ChangeFeed feed;
    private final String host = BatchState.currentHost();
    private final boolean indexHere;

    public OutcomeWriter(RecordIndexer indexer, BatchReportStore reports, StageClock clock, ChangeFeed feed, ScaleOutProperties scaleOut) {
        this.feed = feed;
        this.indexHere = !scaleOut.worker();
        this.clock = clock;
        this.indexer = indexer;
        this.reports = reports;
    }

    @Override
    public void write(Chunk<? extends FileOutcome> outcomes) {
        List<StageTimes> stages = new ArrayList<>(outcomes.size());
        for (FileOutcome outcome : outcomes) {
            long start = System.nanoTime();
            if (!indexHere) {
                stages.add(outcome.stages());
                continue;
            }
            if (outcome instanceof FileOutcome.Archived archived) {
                index(archived);
            } else if (outcome instanceof FileOutcome.Split split) {
                split.parts().forEach(this::index);
            }
            stages.add(outcome.stages().plus(Stage.INDEX, indexingMillis(start)));
        }
        long committing = System.nanoTime();
        if (indexHere) {
            indexer.commit();
        }
        // The other hosts' servers index from the bucket: one feed entry per chunk names its records.
        List<String> archivedIds = new ArrayList<>();
        for (FileOutcome outcome : outcomes) {
            if (outcome instanceof FileOutcome.Archived archived) {
                archivedIds.add(archived.record().id());
            } else if (outcome instanceof FileOutcome.Split split) {
                split.parts().forEach(part -> archivedIds.add(part.record().id()));
            }
        }
        feed.append(host, archivedIds);
        // The commit serves the whole chunk: each file's line carries its share.
        long commitShare = indexHere ? indexingMillis(committing) / Math.max(1, outcomes.size()) : 0;
        List<FileReport> lines = new ArrayList<>(outcomes.size());
        int i = 0;
        for (FileOutcome outcome : outcomes) {
            lines.add(toReport(outcome, stages.get(i++).plus(Stage.INDEX, commitShare)).withHost(host));
        }
        if (!lines.isEmpty()) {
            // One step reads one batch folder: every file of a chunk belongs to the same batch.
            reports.recordAll(outcomes.getItems().get(0).file().batch(), lines);
        }
    }

    private void index(FileOutcome.Archived archived) {
        if (archived.alreadyArchived()) {
            indexer.index(archived.record(), archived.text()); // may have been reused since
        } else {
            indexer.indexNew(archived.record(), archived.text());
        }
    }

    /** Time since {@code start}, counted in the index stage metric and returned in milliseconds. */
    private long indexingMillis(long start) {
        long nanos = System.nanoTime() - start;
        clock.record(Stage.INDEX, nanos);
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }

    /** The records that need a person's look, with why; null when none does (the line stays short). */
    private static List<RecordReview> reviews(List<DigitizedRecord> records) {
        List<RecordReview> reviews = records.stream().filter(r -> r.review() != null && !r.review().isEmpty())
                .map(r -> new RecordReview(r.id(), r.part() == null ? null : r.part().firstPage() + "-" + r.part().lastPage(),
                        r.review()))
                .toList();
        return reviews.isEmpty() ? null : reviews;
    }

    static FileReport toReport(FileOutcome outcome, StageTimes stages) {
        String file = outcome.file().relativePath();
        Map<String, Long> stageMillis = stages.asMap();
        if (outcome instanceof FileOutcome.Archived a) {
            return FileReport.archived(file, a.record().id(), null, a.record().pageCount(), a.record().ocrPageCount(),
                    a.record().meanOcrConfidence(), reviews(List.of(a.record())), stageMillis);
        }
        if (outcome instanceof FileOutcome.Split s) {
            List<DigitizedRecord> records = s.parts().stream().map(FileOutcome.Archived::record).toList();
            return FileReport.archived(file, records.get(0).id(), records.stream().map(DigitizedRecord::id).toList(),
                    records.stream().mapToInt(DigitizedRecord::pageCount).sum(),
                    records.stream().mapToInt(DigitizedRecord::ocrPageCount).sum(),
                    records.stream().map(DigitizedRecord::meanOcrConfidence).filter(c -> c != null)
                            .mapToDouble(Double::doubleValue).average().stream().boxed().findFirst().orElse(null),
                    reviews(records), stageMillis);
        }
        if (outcome instanceof FileOutcome.Duplicate d) {
            return FileReport.duplicate(file, d.existingId(), stageMillis);
        }
        FileOutcome.Quarantined q = (FileOutcome.Quarantined) outcome;
        return FileReport.quarantined(file, q.note().reason(), q.note().code(), q.note().detail(), stageMillis);
    }
}
