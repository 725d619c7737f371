package vn.sohoa.operations.digitize;

import java.util.List;

import vn.sohoa.model.DigitizedRecord;
import vn.sohoa.pipeline.intake.ScanFile;
import vn.sohoa.pipeline.quarantine.QuarantineArchive.QuarantineNote;
import vn.sohoa.timing.StageTimes;

/** What became of one file of a batch. Every file ends as exactly one of these. */
public sealed interface FileOutcome {

    ScanFile file();

    /** Pages read from this file (0 for duplicates and files that could not be opened). */
    int pages();

    /** Time this file spent in each stage (before the index, which the chunk's writer times). */
    default StageTimes stages() {
        return StageTimes.NONE;
    }

    /**
     * The file is archived as {@code record}. {@code alreadyArchived} when an earlier run of the
     * same batch had archived it (a re-run or a restart): nothing new was written.
     */
    record Archived(ScanFile file, DigitizedRecord record, String text, boolean alreadyArchived, StageTimes stages)
            implements FileOutcome {

        public Archived(ScanFile file, DigitizedRecord record, String text, boolean alreadyArchived) {
            this(file, record, text, alreadyArchived, StageTimes.NONE);
        }

        @Override
        public int pages() {
            return alreadyArchived ? 0 : record.pageCount();
        }
    }

    /**
     * The file held several documents (separator sheets, or a new dossier's QR code), each archived
     * as its own record; the separator sheets are not archived.
     */
    record Split(ScanFile file, List<Archived> parts, StageTimes stages) implements FileOutcome {
        public Split {
            parts = List.copyOf(parts);
        }

        @Override
        public int pages() {
            return parts.stream().mapToInt(Archived::pages).sum();
        }
    }

    /** The same content is already archived as record {@code existingId}; nothing was written. */
    record Duplicate(ScanFile file, String existingId) implements FileOutcome {
        @Override
        public int pages() {
            return 0;
        }
    }

    /** The file could not be digitized; its bytes and the reason are in quarantine. */
    record Quarantined(ScanFile file, QuarantineNote note, StageTimes stages) implements FileOutcome {
        @Override
        public int pages() {
            return 0;
        }
    }
}
