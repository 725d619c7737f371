package vn.sohoa.pipeline.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.sohoa.model.ArchiveLayout;
import vn.sohoa.model.DigitizedRecord;
import vn.sohoa.model.ObjectName;
import vn.sohoa.model.StoredObject;
import vn.sohoa.pipeline.signing.PdfSignatureVerifier;
import vn.sohoa.pipeline.signing.SignatureCheck;
import vn.sohoa.storage.ObjectNotFoundException;
import vn.sohoa.storage.ObjectStore;

/**
 * Checks that a record is intact: every object listed in {@code record.json} is present with the
 * SHA-256 recorded there, and the searchable PDF's signature verifies over the whole file.
 */
@Component
public class RecordVerifier {

    private final RecordArchive archive;
    private final ObjectStore store;
    private final PdfSignatureVerifier signatures;

    public RecordVerifier(RecordArchive archive, ObjectStore store, PdfSignatureVerifier signatures) {
        this.archive = archive;
        this.store = store;
        this.signatures = signatures;
    }

    /** The check of one object: {@code actualSha256} null when the object is missing. */
    public record ObjectCheck(String name, String key, String expectedSha256, String actualSha256) {
        public boolean ok() {
            return expectedSha256.equals(actualSha256);
        }
    }

    /**
     * @param signature null when the record has no signed searchable PDF
     */
    public record Verification(String id, List<ObjectCheck> objects, SignatureCheck signature) {
        public boolean ok() {
            return objects.stream().allMatch(ObjectCheck::ok) && (signature == null || signature.ok());
        }
    }

    /** @throws ObjectNotFoundException when there is no such record */
    public Verification verify(String id) {
        DigitizedRecord record = archive.find(id).orElseThrow(() -> new ObjectNotFoundException(ArchiveLayout.recordJson(id)));
        List<ObjectCheck> checks = new ArrayList<>();
        SignatureCheck signature = null;
        for (Map.Entry<String, StoredObject> entry : record.objects().entrySet()) {
            StoredObject object = entry.getValue();
            checks.add(new ObjectCheck(entry.getKey(), object.key(), object.sha256(), sha256OrNull(object.key())));
        }
        StoredObject pdf = record.object(ObjectName.SEARCHABLE_PDF).orElse(null);
        boolean signed = record.searchablePdf() != null && record.searchablePdf().signedBy() != null;
        if (pdf != null && signed) {
            signature = store.stat(pdf.key()).isEmpty() ? SignatureCheck.failed("the searchable PDF is missing")
                    : signatures.verify(store.read(pdf.key()));
        }
        return new Verification(id, checks, signature);
    }

    /** Streamed: an original of a few hundred pages need not fit in memory. */
    private String sha256OrNull(String key) {
        if (store.stat(key).isEmpty()) {
            return null;
        }
        try (InputStream in = store.open(key)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + key, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256", e);
        }
    }
}
