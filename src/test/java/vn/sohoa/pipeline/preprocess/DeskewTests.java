package vn.sohoa.pipeline.preprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Deskew on pages skewed by known angles (clockwise positive, as the sample generator skews). */
class DeskewTests {

    private static BufferedImage upright;
    private final Deskew deskew = new Deskew(6, 0.2, 2);

    @BeforeAll
    static void drawPage() {
        upright = TestPages.decision(200);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-4.5, -1.2, 0.8, 3.0, 5.0})
    void measuresTheSkewItWasGiven(double degrees) {
        BufferedImage skewed = Images.toGrey(TestPages.skewed(upright, degrees));

        assertThat(deskew.measure(skewed)).isCloseTo(degrees, within(0.2));
    }

    @Test
    void straightensThePageAndRecordsTheAngleAndTransform() {
        PageImage page = PageImage.original(TestPages.skewed(upright, 2.5), 200);

        PageImage straight = deskew.apply(page, null);

        assertThat(straight.steps()).containsExactly("deskew");
        assertThat(straight.deskewAngle()).isCloseTo(2.5, within(0.2));
        assertThat(deskew.measure(Images.toGrey(straight.image()))).isCloseTo(0, within(0.15));
        // The page centre stays put; a point off centre moves back by the angle.
        double[] centre = {upright.getWidth() / 2.0, upright.getHeight() / 2.0};
        straight.fromOriginal().transform(centre, 0, centre, 0, 1);
        assertThat(centre[0]).isCloseTo(upright.getWidth() / 2.0, within(0.5));
    }

    @Test
    void turnsABilevelPageOnlyFromItsOwnThresholdAndWithoutGreyEdges() {
        BufferedImage slightly = bilevel(TestPages.skewed(upright, 1.2));
        PageImage page = PageImage.original(slightly, 200);
        assertThat(deskew.apply(page, null)).isSameAs(page);

        PageImage straight = deskew.apply(PageImage.original(bilevel(TestPages.skewed(upright, 3.0)), 200), null);
        assertThat(straight.deskewAngle()).isCloseTo(3.0, within(0.2));
        // Nearest neighbour: the turned page is still black and white only.
        BufferedImage turned = straight.image();
        for (int y = 0; y < turned.getHeight(); y += 7) {
            for (int x = 0; x < turned.getWidth(); x += 7) {
                int rgb = turned.getRGB(x, y) & 0xffffff;
                assertThat(rgb == 0 || rgb == 0xffffff).as("pixel %d,%d is %06x", x, y, rgb).isTrue();
            }
        }
    }

    private static BufferedImage bilevel(BufferedImage page) {
        BufferedImage binary = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        binary.getGraphics().drawImage(page, 0, 0, null);
        return binary;
    }

    @Test
    void leavesAStraightPageAlone() {
        PageImage page = PageImage.original(upright, 200);

        assertThat(deskew.apply(page, null)).isSameAs(page);
    }
}
