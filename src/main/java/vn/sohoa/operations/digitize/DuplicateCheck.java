package vn.sohoa.operations.digitize;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.sohoa.model.DigitizedRecord;
import vn.sohoa.model.RecordId;
import vn.sohoa.pipeline.archive.RecordArchive;
import vn.sohoa.pipeline.intake.ScanFile;
import vn.sohoa.timing.StageTimes;

/**
 * Decides, before any page is decoded, whether a file's content is archived already. The same
 * file of the same batch seen again (a re-run, a restart after a crash) is its own record, not a
 * duplicate of itself: the outcome stays {@code archived} and nothing is rewritten.
 */
@Component
public class DuplicateCheck {

    private final RecordArchive archive;

    public DuplicateCheck(RecordArchive archive) {
        this.archive = archive;
    }

    /** An outcome when the content is known, empty when the file must be digitized. */
    public Optional<FileOutcome> check(ScanFile file) {
        String id = RecordId.fromSha256(file.sha256());
        if (file.sameAs() != null) {
            return Optional.of(new FileOutcome.Duplicate(file, id));
        }
        Optional<FileOutcome> whole = archive.find(id).map(existing -> sameSource(existing, file)
                ? new FileOutcome.Archived(file, existing, archive.text(id), true)
                : new FileOutcome.Duplicate(file, id));
        return whole.isPresent() ? whole : archive.parts(file.sha256()).map(ids -> split(file, ids));
    }

    /** A file archived before as several records: the same batch finds them again, another is a duplicate. */
    private FileOutcome split(ScanFile file, List<String> ids) {
        List<DigitizedRecord> records = ids.stream().map(archive::find).flatMap(Optional::stream).toList();
        if (records.isEmpty() || !sameSource(records.get(0), file)) {
            return new FileOutcome.Duplicate(file, ids.get(0));
        }
        return new FileOutcome.Split(file, records.stream()
                .map(r -> new FileOutcome.Archived(file, r, archive.text(r.id()), true)).toList(), StageTimes.NONE);
    }

    private static boolean sameSource(DigitizedRecord existing, ScanFile file) {
        return existing.batch().equals(file.batch()) && existing.sourcePath().equals(file.relativePath());
    }
}
