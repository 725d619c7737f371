package vn.sohoa.pipeline.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Duration;
import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.sohoa.SampleScans;
import vn.sohoa.tools.evaluation.TextAccuracy;

/** The real Tesseract (vie+eng) through the long-lived native handle. */
class TesseractOcrEngineTests {

    private static final String DATAPATH = OcrEnginePool.resolveDatapath("");
    private static BufferedImage notice;

    @BeforeAll
    static void load() throws IOException {
        notice = ImageIO.read(SampleScans.DIR.resolve("thong-bao.png").toFile());
    }

    @Test
    void readsAVietnamesePageWithWordsAndConfidenceAndCanBeReused() {
        try (OcrEngine engine = new TesseractOcrEngine(DATAPATH, "vie+eng", Duration.ofMinutes(2))) {
            OcrResult first = engine.recognize(notice, 200);
            OcrResult again = engine.recognize(notice, 200);

            assertThat(TextAccuracy.characterErrorRate(SampleScans.groundTruth("thong-bao.png"), first.text())).isLessThan(0.12);
            assertThat(first.text()).contains("THÔNG BÁO");
            assertThat(first.meanConfidence()).isBetween(50.0, 100.0);
            assertThat(first.words()).isNotEmpty().allSatisfy(w -> {
                assertThat(w.right()).isGreaterThan(w.left());
                assertThat(w.bottom()).isGreaterThan(w.top());
            });
            assertThat(again.text()).isEqualTo(first.text());
        }
    }

    @Test
    void aPageThatTakesLongerThanTheTimeoutIsCutOff() {
        try (OcrEngine engine = new TesseractOcrEngine(DATAPATH, "vie+eng", Duration.ofMillis(1))) {
            assertThatThrownBy(() -> engine.recognize(notice, 200)).isInstanceOf(OcrTimeoutException.class)
                    .hasMessageContaining("cut off");
        }
    }

    @Test
    void aMissingLanguageIsNamedWithTheInstallCommand() {
        assertThatThrownBy(() -> new TesseractOcrEngine(DATAPATH, "xyz", Duration.ofMinutes(1)))
                .isInstanceOf(OcrException.class).hasMessageContaining("'xyz'").hasMessageContaining("apt-get install");
    }
}
