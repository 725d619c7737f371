package vn.sohoa.pipeline.signing;

import java.time.Instant;

/**
 * What checking the signature of a PDF found.
 *
 * @param valid           the CMS signature verifies over the signed byte ranges with its certificate
 * @param wholeDocument   the last signature covers the whole file (nothing was appended after it)
 * @param signer          the name in the signature dictionary
 * @param signedAt        the time in the signature dictionary
 * @param certificate     subject of the signing certificate
 * @param unitCertificate the signing certificate is the unit's current one
 * @param problem         why it does not verify; null when it does
 */
public record SignatureCheck(boolean valid, boolean wholeDocument, String signer, Instant signedAt, String certificate,
                             boolean unitCertificate, String problem) {

    public static SignatureCheck failed(String problem) {
        return new SignatureCheck(false, false, null, null, null, false, problem);
    }

    /** Valid, and nothing was changed after signing. */
    public boolean ok() {
        return valid && wholeDocument;
    }
}
