package vn.sohoa.pipeline.pages;

/**
 * A machine-readable code found on a page: a QR code or a barcode.
 *
 * @param page      1-based page number within the file
 * @param symbology {@code QR_CODE}, {@code CODE_128}, … (ZXing's names)
 * @param payload   the decoded text
 * @param topLeft   whether it sits in the top-left quarter of the page, where the procedure
 *                  system prints its QR code (TT 01/2023)
 */
public record PageCode(int page, String symbology, String payload, boolean topLeft) {
}
