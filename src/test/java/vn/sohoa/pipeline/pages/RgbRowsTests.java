package vn.sohoa.pipeline.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RgbRowsTests {

    /** The fast row readers must give exactly what getRGB gives, for each raster layout decoders produce. */
    @ParameterizedTest
    @ValueSource(ints = {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_INT_ARGB,
            BufferedImage.TYPE_4BYTE_ABGR, BufferedImage.TYPE_BYTE_BINARY, BufferedImage.TYPE_USHORT_565_RGB})
    void rowsReadAsGetRgbReadsThem(int type) {
        assertRowsMatchGetRgb(painted(new BufferedImage(333, 71, type)));
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void oneBitRowsFollowThePalette(boolean whiteIsZero) {
        byte[] levels = whiteIsZero ? new byte[] {-1, 0} : new byte[] {0, -1};
        BufferedImage image = new BufferedImage(101, 40, BufferedImage.TYPE_BYTE_BINARY, new IndexColorModel(1, 2, levels, levels, levels));
        assertRowsMatchGetRgb(painted(image));
    }

    @ParameterizedTest
    @ValueSource(ints = {BufferedImage.TYPE_3BYTE_BGR, BufferedImage.TYPE_INT_RGB, BufferedImage.TYPE_BYTE_BINARY})
    void aSubImageIsReadFromItsOwnCorner(int type) {
        assertRowsMatchGetRgb(painted(new BufferedImage(300, 200, type)).getSubimage(17, 9, 150, 100));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void aSampledGreyCopyKeepsEveryStepthPixelOfAGreyPage(int step) {
        BufferedImage grey = RgbRows.sampledGrey(painted(new BufferedImage(301, 203, BufferedImage.TYPE_3BYTE_BGR)), 1);
        BufferedImage sampled = RgbRows.sampledGrey(grey, step);
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
        BufferedImage sampled = RgbRows.sampledGrey(colour, 2);
        for (int y = 0; y < sampled.getHeight(); y++) {
            for (int x = 0; x < sampled.getWidth(); x++) {
                assertThat(sampled.getRaster().getSample(x, y, 0)).isEqualTo(RgbRows.luma(colour.getRGB(x * 2, y * 2)));
            }
        }
    }

    private static void assertRowsMatchGetRgb(BufferedImage image) {
        RgbRows rows = RgbRows.of(image);
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            rows.read(y, row);
            for (int x = 0; x < image.getWidth(); x++) {
                assertThat(Integer.toHexString(row[x])).as("pixel %d,%d", x, y).isEqualTo(Integer.toHexString(image.getRGB(x, y) & 0xffffff));
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
