package vn.sohoa.preprocess;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.sohoa.pages.RgbRows;

class ImagesTests {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void aSampledGreyCopyKeepsEveryStepthPixelOfAGreyPage(int step) {
        BufferedImage grey = Images.toGrey(painted(new BufferedImage(301, 203, BufferedImage.TYPE_3BYTE_BGR)));
        BufferedImage sampled = Images.sampledGrey(grey, step);
        assertThat(sampled.getWidth()).isEqualTo(301 / step);
        for (int y = 0; y < sampled.getHeight(); y++) {
            for (int x = 0; x < sampled.getWidth(); x++) {
                assertThat(sampled.getRaster().getSample(x, y, 0)).isEqualTo(grey.getRaster().getSample(x * step, y * step, 0));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB})
    void aSampledGreyCopyOfAColourPageIsItsLuma(int type) {
        BufferedImage colour = painted(new BufferedImage(300, 200, type));
        BufferedImage sampled = Images.sampledGrey(colour, 2);
        for (int y = 0; y < sampled.getHeight(); y++) {
            for (int x = 0; x < sampled.getWidth(); x++) {
                assertThat(sampled.getRaster().getSample(x, y, 0)).isEqualTo(RgbRows.luma(colour.getRGB(x * 2, y * 2)));
            }
        }
    }

    private static BufferedImage painted(BufferedImage image) {
        Random random = new Random(42);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        for (int i = 0; i < 60; i++) {
            g.setColor(new Color(random.nextInt(0x1000000)));
            g.fillRect(random.nextInt(image.getWidth()), random.nextInt(image.getHeight()), 1 + random.nextInt(40), 1 + random.nextInt(20));
        }
        g.dispose();
        return image;
    }
}
