package vn.sohoa.services.records;

import java.io.InputStream;

import org.springframework.stereotype.Component;

import vn.sohoa.model.DigitizedRecord;
import vn.sohoa.pipeline.archive.RecordArchive;
import vn.sohoa.model.RecordId;
import vn.sohoa.pipeline.archive.RecordNotFoundException;
import vn.sohoa.model.StoredObject;

/**
 * Opens one object of a record for streaming to a browser or script: the API's downloads and
 * the web page's inline view use it alike.
 */
@Component
public class RecordDownloads {

    /** The objects a record can be downloaded as, by the name in the URL. */
    public enum Kind {
        ORIGINAL("original"), TEXT("text"), PDF("searchablePdf");

        @Override
        public String toString() {
            return objectName;
        }

        private final String objectName;

        Kind(String objectName) {
            this.objectName = objectName;
        }
    }

    /** An open object of record {@code recordId}: the caller streams and closes {@code content}. */
    public record Download(String recordId, Kind kind, String fileName, String contentType, long size, InputStream content) {
    }

    private final RecordArchive archive;

    public RecordDownloads(RecordArchive archive) {
        this.archive = archive;
    }

    /**
     * @throws RecordNotFoundException    when there is no such record
     * @throws ObjectNotAvailableException when the record has no such object (yet)
     */
    public Download open(String id, Kind kind) {
        DigitizedRecord record = (RecordId.isValid(id) ? archive.find(id) : java.util.Optional.<DigitizedRecord>empty())
                .orElseThrow(() -> new RecordNotFoundException(id));
        StoredObject object = record.object(kind.objectName).orElseThrow(() -> new ObjectNotAvailableException(id, kind == Kind.PDF
                ? "Record " + id + " has no searchable PDF: it is not available yet"
                : "Record " + id + " has no " + kind.objectName));
        String contentType = kind == Kind.ORIGINAL && record.mediaType() != null ? record.mediaType() : object.contentType();
        return new Download(id, kind, fileName(record.originalFileName(), kind), contentType, object.size(), archive.open(object));
    }

    private static String fileName(String original, Kind kind) {
        if (kind == Kind.ORIGINAL) {
            return original;
        }
        int dot = original.lastIndexOf('.');
        String base = dot > 0 ? original.substring(0, dot) : original;
        return base + (kind == Kind.TEXT ? ".txt" : ".pdf");
    }
}
