package vn.sohoa.services.review;

import java.time.Instant;
import java.util.List;

import vn.sohoa.model.ReviewNote;

/**
 * The records a person must still check, archived longest ago first.
 *
 * @param total records waiting (all pages)
 * @param batch the batch it is limited to, null for all
 */
public record ReviewQueue(long total, String batch, List<Item> items) {

    /** A record waiting for review, and what to check on it. */
    public record Item(String recordId, String batch, String fileName, String title, Instant archivedAt, List<ReviewNote> notes) {
    }
}
