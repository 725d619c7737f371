package vn.sohoa.digitize;

import vn.sohoa.archive.DigitizedRecord;
import vn.sohoa.intake.ScanFile;
import vn.sohoa.quarantine.QuarantineArchive.QuarantineNote;

/** What became of one file of a batch. Every file ends as exactly one of these. */
public sealed interface FileOutcome {

    ScanFile file();

    /** Pages read from this file (0 for duplicates and files that could not be opened). */
    int pages();

    /**
     * The file is archived as {@code record}. {@code alreadyArchived} when an earlier run of the
     * same batch had archived it (a re-run or a restart): nothing new was written.
     */
    record Archived(ScanFile file, DigitizedRecord record, String text, boolean alreadyArchived)
            implements FileOutcome {
        @Override
        public int pages() {
            return alreadyArchived ? 0 : record.pageCount();
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
    record Quarantined(ScanFile file, QuarantineNote note) implements FileOutcome {
        @Override
        public int pages() {
            return 0;
        }
    }
}
