package vn.sohoa.model;

import java.time.Instant;

/**
 * One reuse of a result in a later dossier: who attached record {@code recordId} to dossier
 * {@code dossierCode}, and when. Written once, never changed.
 */
public record ReuseEntry(String recordId, String dossierCode, String by, Instant at) {
}
