package vn.sohoa.services.reuse;

import vn.sohoa.model.ReuseEntry;

/**
 * What a reuse request did.
 *
 * @param created false when the record was reused in that dossier before: {@code entry} is then the
 *                earlier entry, unchanged
 */
public record ReuseOutcome(ReuseEntry entry, boolean created) {
}
