package vn.sohoa.pipeline.ocr;

/** Recognition of a page failed inside the engine, or the engine could not start. */
public class OcrException extends RuntimeException {

    public OcrException(String message) {
        super(message);
    }

    public OcrException(String message, Throwable cause) {
        super(message, cause);
    }
}
