package vn.sohoa.pipeline.ocr;

import org.springframework.stereotype.Component;

/** Tesseract through Tess4J: the engine of production, {@code sohoa.ocr.engine=tesseract}. */
@Component
public class TesseractEngineProvider implements OcrEngineProvider {

    public static final String NAME = "tesseract";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public OcrEngine create(OcrProperties properties) {
        return new TesseractOcrEngine(OcrEnginePool.resolveDatapath(properties.datapath()), properties.languages(),
                properties.pageTimeout());
    }
}
