package vn.sohoa.pipeline.ocr;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Tesseract through Tess4J: the engine of production, {@code sohoa.ocr.engine=tesseract}. */
@Component
public class TesseractEngineProvider implements OcrEngineProvider {

    public static final String NAME = "tesseract";

    private final OcrCorrectionProperties correction;
    /** Loaded on the first engine that needs it and shared by all (the dictionary is immutable). */
    private Optional<SyllableDictionary> dictionary;
    private Path userWords;

    @Autowired
    public TesseractEngineProvider(OcrCorrectionProperties correction) {
        this.correction = correction;
    }

    /** Engines that correct nothing. */
    public TesseractEngineProvider() {
        this(OcrCorrectionProperties.none());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public OcrEngine create(OcrProperties properties) {
        return create(properties, correction);
    }

    /** An engine with other corrections than configured ({@code eval-ocr} measures each one). */
    public synchronized OcrEngine create(OcrProperties properties, OcrCorrectionProperties steps) {
        if (steps.syllableRepair() && dictionary == null) {
            dictionary = SyllableDictionary.load(Path.of(steps.dictionary()));
        }
        if (steps.userWords() && userWords == null) {
            userWords = UserWordList.resolve(steps.userWordsFile());
        }
        WordCorrection words = WordCorrection.of(steps, dictionary == null ? Optional.empty() : dictionary);
        return new TesseractOcrEngine(OcrEnginePool.resolveDatapath(properties.datapath()), properties.languages(),
                properties.pageTimeout(), words, steps.userWords() ? userWords : null);
    }
}
