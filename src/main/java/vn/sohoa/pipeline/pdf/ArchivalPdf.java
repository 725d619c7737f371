package vn.sohoa.pipeline.pdf;

import java.time.Instant;

/**
 * The searchable PDF of one record, ready to be stored.
 *
 * @param bytes       the file
 * @param conformance {@code PDF/A-2b} when it was built or validated as such; null when it is not PDF/A
 * @param note        why it is not PDF/A (the original was kept, and what stood in the way); null when it is
 * @param signedBy    the signer named in the signature dictionary; null when unsigned
 * @param signedAt    the signing time in the signature dictionary; null when unsigned
 */
public record ArchivalPdf(byte[] bytes, String conformance, String note, String signedBy, Instant signedAt) {

    public static final String PDF_A_2B = "PDF/A-2b";

    public ArchivalPdf signed(byte[] signedBytes, String signer, Instant time) {
        return new ArchivalPdf(signedBytes, conformance, note, signer, time);
    }
}
