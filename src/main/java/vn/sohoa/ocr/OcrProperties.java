package vn.sohoa.ocr;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param languages Tesseract language models, {@code +}-joined
 * @param datapath  folder holding {@code *.traineddata}; empty means {@code TESSDATA_PREFIX}, then
 *                  the Debian location
 * @param workers   OCR engines running in parallel; 0 means one per core
 */
@ConfigurationProperties("sohoa.ocr")
public record OcrProperties(
        @DefaultValue("vie+eng") String languages,
        @DefaultValue("") String datapath,
        @DefaultValue("0") int workers) {

    public int effectiveWorkers() {
        return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    }
}
