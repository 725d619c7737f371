package vn.sohoa.model;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a record's {@code searchablePdf} object is, as {@code record.json} states it.
 *
 * @param conformance {@code PDF/A-2b} when veraPDF validated it so; null when it is not PDF/A
 * @param note        why it is not PDF/A (for a born-digital PDF: the original was kept)
 * @param signedBy    the signer named in its signature; null when unsigned
 * @param signedAt    the signing time in its signature
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchablePdfNote(String conformance, String note, String signedBy, Instant signedAt) {
}
