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
 * @param chunkFiles files per chunk (one commit of the job, the index and the report); 0 means four
 *                   per worker. The workers share a chunk's files and wait for its slowest one
 *                   before the next chunk starts, so a chunk of only one file per worker leaves
 *                   cores idle; a killed run redoes at most one chunk (cheaply: what was archived
 *                   is found, not digitized again)
 */
@ConfigurationProperties("sohoa.ocr")
public record OcrProperties(
        @DefaultValue("vie+eng") String languages,
        @DefaultValue("") String datapath,
        @DefaultValue("0") int workers,
        @DefaultValue("120s") Duration pageTimeout,
        @DefaultValue("0") int chunkFiles) {

    public int effectiveWorkers() {
        return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    }

    public int effectiveChunkFiles() {
        return chunkFiles > 0 ? chunkFiles : 4 * effectiveWorkers();
    }
}
