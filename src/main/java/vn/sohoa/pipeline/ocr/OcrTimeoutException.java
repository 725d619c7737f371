package vn.sohoa.pipeline.ocr;

import java.time.Duration;

/** Recognition of a page was cut off after the configured page timeout. */
public class OcrTimeoutException extends OcrException {

    public OcrTimeoutException(Duration timeout) {
        super("recognition took longer than " + timeout.toMillis() + " ms and was cut off (sohoa.ocr.page-timeout)");
    }
}
