package vn.sohoa.services.reuse;

import java.util.List;

/** The results reused in one dossier, oldest first. */
public record DossierReuse(String dossierCode, List<ReusedResult> results) {
}
