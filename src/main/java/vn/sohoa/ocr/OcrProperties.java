package vn.sohoa.ocr;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param languages Tesseract language models, {@code +}-joined
 * @param datapath  folder holding {@code *.traineddata}; empty means {@code TESSDATA_PREFIX}, then
 *                  the Debian location
 * @param workers   OCR engines running in parallel; 0 means one per core
 * @param pageTimeout a page still not recognized after this long is cut off and its file quarantined
 */
@ConfigurationProperties("sohoa.ocr")
public record OcrProperties(
        @DefaultValue("vie+eng") String languages,
        @DefaultValue("") String datapath,
        @DefaultValue("0") int workers,
        @DefaultValue("120s") Duration pageTimeout) {

    public int effectiveWorkers() {
        return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    }
}
