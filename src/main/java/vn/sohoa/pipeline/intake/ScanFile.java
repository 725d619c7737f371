package vn.sohoa.pipeline.intake;

import java.nio.file.Path;
import java.util.Map;

import vn.sohoa.model.FieldValue;
import vn.sohoa.model.RecordField;

/**
 * One file of a batch, identified: what the intake stage knows before any page is decoded.
 *
 * @param batch        the batch name
 * @param relativePath path inside the batch folder, with {@code /} separators (the report key)
 * @param path         where the file is on disk
 * @param size         bytes
 * @param sha256       hex SHA-256 of the content: the identity of the document
 * @param mediaType    detected from the content by Tika, not from the extension
 * @param sameAs       relative path of an earlier file of this batch with the same content, or null
 * @param knownFields  metadata the batch manifest gives for this file (empty when none)
 */
public record ScanFile(String batch, String relativePath, Path path, long size, String sha256,
                       String mediaType, String sameAs, Map<RecordField, FieldValue> knownFields) {

    public String fileName() {
        return path.getFileName().toString();
    }
}
