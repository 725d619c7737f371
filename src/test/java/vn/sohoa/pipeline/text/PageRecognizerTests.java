package vn.sohoa.pipeline.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.sohoa.pipeline.ocr.OcrResult.OcrWord;
import vn.sohoa.pipeline.ocr.OcrWordRepair;
import vn.sohoa.pipeline.ocr.TesseractOcrEngine;
import vn.sohoa.pipeline.preprocess.PagePreprocessor;
import vn.sohoa.pipeline.preprocess.PreprocessProperties;
import vn.sohoa.tools.samples.FontSet;
import vn.sohoa.tools.samples.PageRenderer;
import vn.sohoa.tools.samples.ResultCatalog;
import vn.sohoa.tools.samples.ResultDocument;
import vn.sohoa.tools.evaluation.TextAccuracy;

/**
 * Word boxes of a page read through preprocessing land on the page as it was scanned: a page fed
 * sideways is turned upright for OCR, and its words are mapped back onto the sideways image.
 */
class PageRecognizerTests {

    private static final String TESSDATA = System.getenv().getOrDefault("TESSDATA_PREFIX", "/usr/share/tesseract-ocr/5/tessdata");

    private static TesseractOcrEngine engine;
    private static BufferedImage upright;

    @BeforeAll
    static void setUp() {
        engine = new TesseractOcrEngine(TESSDATA, "vie+eng", java.time.Duration.ofMinutes(2));
        upright = new PageRenderer(FontSet.fromSystem()).render(new ResultCatalog(20261128).decision(), 200).get(0).image();
    }

    @AfterAll
    static void tearDown() {
        engine.close();
    }

    @Test
    void wordBoxesOfATurnedPageMapBackOntoTheTurnedImage() {
        PreprocessProperties defaults = new PreprocessProperties(List.of(), 1.5f, 6, 0.2, 2, 300, 41, true, 85, true);
        PageRecognizer recognizer = new PageRecognizer(PagePreprocessor.of(defaults, List.of("orientation", "deskew")),
                new OcrWordRepair(), 85);
        OcrWord straight = word(PageRecognizer.raw().recognize(engine, upright, 200).result().words(), "QUYẾT");
        BufferedImage sideways = turnClockwise(upright);

        PageRecognizer.Recognized read = recognizer.recognize(engine, sideways, 200);

        assertThat(read.processing().rotation()).isEqualTo(270);
        assertThat(read.processing().textAngle()).isCloseTo(-270, within(0.3));
        OcrWord mapped = word(read.result().words(), "QUYẾT");
        int h = upright.getHeight();
        // Turning clockwise sends (x, y) to (h - y, x).
        assertThat(mapped.left()).isCloseTo(h - straight.bottom(), within(4));
        assertThat(mapped.right()).isCloseTo(h - straight.top(), within(4));
        assertThat(mapped.top()).isCloseTo(straight.left(), within(4));
        assertThat(mapped.bottom()).isCloseTo(straight.right(), within(4));
    }

    @Test
    void anUpsideDownPageIsTurnedAfterAnUnsureFirstReading() {
        PreprocessProperties defaults = new PreprocessProperties(List.of(), 1.5f, 6, 0.2, 2, 300, 41, true, 85, true);
        PageRecognizer recognizer = new PageRecognizer(PagePreprocessor.of(defaults, List.of("orientation", "deskew")), null, 85);

        PageRecognizer.Recognized read = recognizer.recognize(engine, turnClockwise(turnClockwise(upright)), 200);

        assertThat(read.processing().rotation()).isEqualTo(180);
        assertThat(read.result().meanConfidence()).isGreaterThan(85);
        assertThat(read.result().text()).contains("QUYẾT ĐỊNH");
        assertThat(recognizer.recognize(engine, upright, 200).processing().rotation()).isZero();
    }

    /**
     * A công văn with its recipients list, as generated in NĐ 30/2020 layout, read by the real Tesseract:
     * the engine's own text interleaves the header columns; the reading order from its boxes gives agency,
     * motto, number, place-date, subject, body, recipients, signer, as the document is read.
     */
    @Test
    void anNd30PageIsReadInTheDocumentsOrder() {
        ResultDocument letter = new ResultCatalog(20261128).officialLetter()
                .withRecipients(List.of("Nơi nhận:", "- Như trên;", "- Lưu: VT."));
        BufferedImage page = new PageRenderer(FontSet.fromSystem()).render(letter, 200).get(0).image();
        String truth = letter.groundTruthText();

        String engineOrder = PageRecognizer.raw().recognize(engine, page, 200).result().text();
        String text = new PageRecognizer(PagePreprocessor.none(), null, 100, true).recognize(engine, page, 200).result().text();

        assertThat(TextAccuracy.characterErrorRate(truth, text)).isLessThan(0.02)
                .isLessThan(TextAccuracy.characterErrorRate(truth, engineOrder) / 2);
        assertThat(text).containsSubsequence(letter.organLines().get(1), "CỘNG HÒA", letter.numberLine(), "ngày",
                letter.subjectLines().get(0).substring(0, 10), "Nơi nhận", "- Lưu", letter.signerPositionLines().get(0),
                letter.signerName());
    }

    private static OcrWord word(List<OcrWord> words, String text) {
        return words.stream().filter(w -> w.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not read; words: " + words.stream().map(OcrWord::text).toList()));
    }

    private static BufferedImage turnClockwise(BufferedImage image) {
        BufferedImage turned = new BufferedImage(image.getHeight(), image.getWidth(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                turned.setRGB(image.getHeight() - 1 - y, x, image.getRGB(x, y));
            }
        }
        return turned;
    }
}
