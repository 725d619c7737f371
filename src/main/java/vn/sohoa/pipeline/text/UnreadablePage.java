package vn.sohoa.pipeline.text;

import vn.sohoa.failure.QuarantineReason;

/**
 * A page of a file that could not be decoded while the others could: the file is archived with
 * the pages that were read, and this says which was left out and why, for a person to decide.
 *
 * @param number 1-based page number within the file
 * @param reason what it would have been quarantined for on its own
 * @param detail the technical detail (English)
 */
public record UnreadablePage(int number, QuarantineReason reason, String detail) {
}
