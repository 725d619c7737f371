package vn.sohoa.services.records;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import vn.sohoa.model.DigitizedRecord;
import vn.sohoa.model.ObjectName;
import vn.sohoa.model.RecordId;
import vn.sohoa.model.ReuseEntry;
import vn.sohoa.model.StoredObject;
import vn.sohoa.pipeline.archive.RecordArchive;
import vn.sohoa.pipeline.archive.RecordNotFoundException;
import vn.sohoa.pipeline.archive.ReuseLedger;
import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.audit.AuditAction;
import vn.sohoa.services.audit.AuditTrail;
import vn.sohoa.storage.ObjectNotFoundException;

/**
 * Reading a record, the one service behind {@code sohoa show} and {@code get}, the API's record
 * and downloads, and the record page. Every read is an access to personal data (NĐ 13/2023): it
 * is written to the audit trail in the caller's name before anything is handed out, and a trail
 * that cannot be written stops the read.
 */
@Service
public class RecordAccess {

    /** An open object of record {@code recordId}: the caller streams and closes {@code content}. */
    public record Download(String recordId, ObjectName name, String fileName, String contentType, long size, InputStream content) {
    }

    private final RecordArchive archive;
    private final ReuseLedger reuse;
    private final AuditTrail audit;

    public RecordAccess(RecordArchive archive, ReuseLedger reuse, AuditTrail audit) {
        this.archive = archive;
        this.reuse = reuse;
        this.audit = audit;
    }

    /**
     * The record and where it was reused.
     *
     * @param detail where it is shown, for the audit trail ("record page", "sohoa show")
     * @throws RecordNotFoundException when there is no such record
     */
    public RecordView view(Actor actor, String id, String detail) {
        DigitizedRecord record = find(id);
        List<ReuseEntry> reusedIn = reuse.entriesOf(record.id());
        audit.record(actor, AuditAction.VIEW, id, detail);
        return new RecordView(record, reusedIn);
    }

    /**
     * Opens one object of a record for streaming.
     *
     * @param detail what it is read for, for the audit trail ("shown inline", "to FILE")
     * @throws RecordNotFoundException     when there is no such record
     * @throws ObjectNotAvailableException when the record has no such object (yet)
     */
    public Download open(Actor actor, String id, ObjectName name, String detail) {
        DigitizedRecord record = find(id);
        StoredObject object = record.object(name).orElseThrow(() -> new ObjectNotAvailableException(id, name == ObjectName.SEARCHABLE_PDF
                ? "Record " + id + " has no " + name + ": it is not available yet"
                : "Record " + id + " has no " + name));
        String contentType = name == ObjectName.ORIGINAL && record.mediaType() != null ? record.mediaType() : object.contentType();
        audit.record(actor, AuditAction.DOWNLOAD, id, name + (detail == null || detail.isBlank() ? "" : " " + detail));
        try {
            return new Download(id, name, fileName(record.originalFileName(), name), contentType, object.size(), archive.open(object));
        } catch (ObjectNotFoundException e) {
            // Listed in record.json, lost from the store: the fixity check names it too.
            throw new ObjectNotAvailableException(id, "Record " + id + " has no " + name + " in the store: record.json lists it ("
                    + object.key() + "), but it is lost");
        }
    }

    /**
     * The whole text of a record, for a page that shows it (a scan no browser can show).
     *
     * @throws RecordNotFoundException when there is no such record
     */
    public String text(Actor actor, String id, String detail) {
        DigitizedRecord record = find(id);
        audit.record(actor, AuditAction.DOWNLOAD, id, ObjectName.TEXT + " " + detail);
        return archive.text(record.id());
    }

    private DigitizedRecord find(String id) {
        return (RecordId.isValid(id) ? archive.find(id) : Optional.<DigitizedRecord>empty())
                .orElseThrow(() -> new RecordNotFoundException(id));
    }

    private static String fileName(String original, ObjectName name) {
        if (name == ObjectName.ORIGINAL) {
            return original;
        }
        int dot = original.lastIndexOf('.');
        String base = dot > 0 ? original.substring(0, dot) : original;
        return base + (name == ObjectName.TEXT ? ".txt" : ".pdf");
    }
}
