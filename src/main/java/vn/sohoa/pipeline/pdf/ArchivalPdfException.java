package vn.sohoa.pipeline.pdf;

/**
 * The searchable PDF of a record cannot be composed because of the installation (a missing font),
 * not because of the scan: fatal for the batch, with the fix in the message.
 */
public class ArchivalPdfException extends RuntimeException {

    public ArchivalPdfException(String message, Throwable cause) {
        super(message, cause);
    }
}
