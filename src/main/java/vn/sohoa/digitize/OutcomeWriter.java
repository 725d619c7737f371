package vn.sohoa.digitize;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.stereotype.Component;

import vn.sohoa.index.RecordIndexer;
import vn.sohoa.report.BatchReportStore;
import vn.sohoa.report.FileReport;

/**
 * Ends a chunk: archived records go into the index (committed once per chunk, so searches never
 * see part of one), and every file's outcome becomes a line of the batch report. Records that an
 * earlier, interrupted run archived are indexed again too: the index is only derived, and a crash
 * between archiving and indexing must not leave a record unfindable.
 */
@Component
public class OutcomeWriter implements ItemWriter<FileOutcome> {

    private final RecordIndexer indexer;
    private final BatchReportStore reports;

    public OutcomeWriter(RecordIndexer indexer, BatchReportStore reports) {
        this.indexer = indexer;
        this.reports = reports;
    }

    @Override
    public void write(Chunk<? extends FileOutcome> outcomes) {
        for (FileOutcome outcome : outcomes) {
            if (outcome instanceof FileOutcome.Archived archived) {
                indexer.index(archived.record(), archived.text());
            }
        }
        indexer.commit();
        for (FileOutcome outcome : outcomes) {
            reports.record(outcome.file().batch(), toReport(outcome));
        }
    }

    static FileReport toReport(FileOutcome outcome) {
        String file = outcome.file().relativePath();
        if (outcome instanceof FileOutcome.Archived a) {
            return new FileReport(file, FileReport.ARCHIVED, a.record().id(), null, null, null, null,
                    a.record().pageCount(), a.record().ocrPageCount(), a.record().meanOcrConfidence());
        }
        if (outcome instanceof FileOutcome.Duplicate d) {
            return new FileReport(file, FileReport.DUPLICATE, null, d.existingId(), null, null, null, null, null, null);
        }
        FileOutcome.Quarantined q = (FileOutcome.Quarantined) outcome;
        return new FileReport(file, FileReport.QUARANTINED, null, null, q.note().reason(), q.note().code(),
                q.note().detail(), null, null, null);
    }
}
