package vn.sohoa.pipeline.ocr;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param languages Tesseract language models, {@code +}-joined. {@code vie} alone by measurement: on the
 *                  realistic set it read as well as or better than {@code vie+eng} (CER 0.29 vs 0.34 %,
 *                  fields 100 % both; field set 99.4 vs 98.6 %) and is faster (one model fewer);
 *                  docs/archival-output-and-ocr.md
 * @param datapath  folder holding {@code *.traineddata}; empty means {@code TESSDATA_PREFIX}, then
 *                  the Debian location
 * @param workers   OCR engines running in parallel; 0 means one per core
 * @param pageTimeout a page still not recognized after this long is cut off and its file quarantined
 * @param fileWorkers files digitized at the same time; 0 means two per engine. A file's thread
 *                   decodes its pages, reads their codes, composes, validates, signs and uploads its
 *                   PDF, and waits for the object store, while the engines recognize pages of any
 *                   file: with as many files in flight as engines, an engine had nothing to do
 *                   whenever its file was between pages (uploading, validating, opening)
 * @param chunkFiles files per chunk (one commit of the job, the index and the report); 0 means four
 *                   per file worker. The file workers share a chunk's files and wait for its slowest
 *                   one before the next chunk starts, so a chunk of only one file per worker leaves
 *                   cores idle; a killed run redoes at most one chunk (cheaply: what was archived
 *                   is found, not digitized again)
 * @param engine     the {@link OcrEngineProvider} by name: {@code tesseract}; tests add their own
 */
@ConfigurationProperties("sohoa.ocr")
public record OcrProperties(
        @DefaultValue("vie") String languages,
        @DefaultValue("") String datapath,
        @DefaultValue("0") int workers,
        @DefaultValue("120s") Duration pageTimeout,
        @DefaultValue("0") int fileWorkers,
        @DefaultValue("0") int chunkFiles,
        @DefaultValue(TesseractEngineProvider.NAME) String engine) {

    /** OCR engines, one per worker thread that recognizes pages. */
    public int effectiveWorkers() {
        return workers > 0 ? workers : Runtime.getRuntime().availableProcessors();
    }

    public int effectiveFileWorkers() {
        return fileWorkers > 0 ? fileWorkers : 2 * effectiveWorkers();
    }

    public int effectiveChunkFiles() {
        return chunkFiles > 0 ? chunkFiles : 4 * effectiveFileWorkers();
    }
}
