package vn.sohoa.pipeline.preprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.sohoa.pipeline.ocr.TesseractOcrEngine;

/** Orientation detection (real Tesseract OSD) and correction of pages turned by known quarter turns. */
class OrientationCorrectionTests {

    private static BufferedImage upright;
    private static TesseractOcrEngine engine;
    private final OrientationCorrection correction = new OrientationCorrection(1.5f);

    @BeforeAll
    static void setUp() {
        upright = TestPages.decision(200);
        engine = new TesseractOcrEngine(TestPages.TESSDATA, "vie+eng", java.time.Duration.ofMinutes(2));
    }

    @AfterAll
    static void tearDown() {
        engine.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {90, 180, 270})
    void turnsATurnedPageBackUpright(int turnedBy) {
        PageImage turned = OrientationCorrection.rotate(PageImage.original(upright, 200), turnedBy, "test");
        PageImage scan = PageImage.original(turned.image(), 200);

        PageImage corrected = correction.apply(scan, engine);

        assertThat(corrected.rotation()).isEqualTo((360 - turnedBy) % 360);
        assertThat(corrected.steps()).containsExactly("orientation");
        assertThat(corrected.image().getWidth()).isEqualTo(upright.getWidth());
        assertThat(sameGreyAt(corrected.image(), upright)).isGreaterThan(0.999);
    }

    @Test
    void leavesAnUprightPageAlone() {
        PageImage page = PageImage.original(upright, 200);

        assertThat(correction.apply(page, engine)).isSameAs(page);
    }

    /** Share of sampled pixels whose grey level matches: a quarter turn and its inverse are exact. */
    private static double sameGreyAt(BufferedImage a, BufferedImage b) {
        BufferedImage ga = Images.toGrey(a);
        BufferedImage gb = Images.toGrey(b);
        int same = 0;
        int total = 0;
        for (int y = 0; y < ga.getHeight(); y += 7) {
            for (int x = 0; x < ga.getWidth(); x += 7) {
                total++;
                same += Math.abs(ga.getRaster().getSample(x, y, 0) - gb.getRaster().getSample(x, y, 0)) <= 2 ? 1 : 0;
            }
        }
        return (double) same / total;
    }
}
