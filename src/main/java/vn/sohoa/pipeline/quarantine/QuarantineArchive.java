package vn.sohoa.pipeline.quarantine;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.failure.QuarantineReason;
import vn.sohoa.failure.UnreadableDocumentException;
import vn.sohoa.model.ArchiveLayout;
import vn.sohoa.pipeline.intake.ScanFile;
import vn.sohoa.storage.ObjectStore;

/**
 * Keeps the bytes of a file that could not be digitized, with the reason, under the quarantine
 * prefix: nothing a records clerk hands in is ever lost, and an admin can see why it stopped.
 */
@Component
public class QuarantineArchive {

    private final ObjectStore store;
    private final JsonMapper json;
    private final MessageSource messages;

    public QuarantineArchive(ObjectStore store, JsonMapper json, MessageSource messages) {
        this.store = store;
        this.json = json;
        this.messages = messages;
    }

    /** What is written next to the quarantined bytes. */
    public record QuarantineNote(String file, String batch, String sha256, String code, String reason,
                                 String detail, int page, Instant at) {
    }

    public QuarantineNote quarantine(ScanFile file, UnreadableDocumentException failure) {
        String prefix = ArchiveLayout.quarantinePrefix(file.sha256());
        QuarantineNote note = new QuarantineNote(file.relativePath(), file.batch(), file.sha256(), failure.reason().name(),
                message(failure.reason(), Locale.forLanguageTag("vi")), failure.getMessage(), failure.page(), Instant.now());
        store.putFile(prefix + "original", file.path(), "application/octet-stream", Map.of("sha256", file.sha256()));
        store.put(prefix + "reason.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(note),
                "application/json", Map.of());
        return note;
    }

    public String message(QuarantineReason reason, Locale locale) {
        return messages.getMessage(reason.messageKey(), null, reason.name(), locale);
    }
}
