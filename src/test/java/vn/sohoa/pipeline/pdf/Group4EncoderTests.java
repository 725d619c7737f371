package vn.sohoa.pipeline.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.io.InputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

class Group4EncoderTests {

    @Test
    void encodesTheSameStreamAsPdfBoxPixelByPixel() throws IOException {
        // 1,001 columns: the last byte of every row carries padding bits that must not leak into the code.
        BufferedImage page = text(new BufferedImage(1001, 400, BufferedImage.TYPE_BYTE_BINARY));
        assertThat(Group4Encoder.packedBlackIsOne(page)).as("the packed-bytes path").isNotNull();
        try (PDDocument document = new PDDocument()) {
            PDImageXObject fast = Group4Encoder.encode(document, page);
            PDImageXObject reference = CCITTFactory.createFromImage(document, page);

            assertThat(bytes(fast)).isEqualTo(bytes(reference));
            assertThat(fast.getCOSObject().getCOSDictionary(org.apache.pdfbox.cos.COSName.DECODE_PARMS).toString())
                    .isEqualTo(reference.getCOSObject().getCOSDictionary(org.apache.pdfbox.cos.COSName.DECODE_PARMS).toString());
            assertSamePixels(fast.getImage(), page);
        }
    }

    @Test
    void readsAWhiteIsZeroPaletteTheRightWayRound() throws IOException {
        IndexColorModel whiteIsZero = new IndexColorModel(1, 2, new byte[] {-1, 0}, new byte[] {-1, 0}, new byte[] {-1, 0});
        BufferedImage page = text(new BufferedImage(640, 300, BufferedImage.TYPE_BYTE_BINARY, whiteIsZero));
        try (PDDocument document = new PDDocument()) {
            PDImageXObject fast = Group4Encoder.encode(document, page);

            assertThat(bytes(fast)).isEqualTo(bytes(CCITTFactory.createFromImage(document, page)));
            assertSamePixels(fast.getImage(), page);
        }
    }

    @Test
    void aSubImageTakesTheSlowPathAndStaysRight() throws IOException {
        BufferedImage page = text(new BufferedImage(800, 400, BufferedImage.TYPE_BYTE_BINARY));
        BufferedImage part = page.getSubimage(13, 7, 500, 300);
        assertThat(Group4Encoder.packedBlackIsOne(part)).isNull();
        try (PDDocument document = new PDDocument()) {
            assertSamePixels(Group4Encoder.encode(document, part).getImage(), part);
        }
    }

    @Test
    void refusesAnImageThatIsNotOneBit() {
        try (PDDocument document = new PDDocument()) {
            assertThatThrownBy(() -> Group4Encoder.encode(document, new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one-bit");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static BufferedImage text(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 28));
        for (int line = 0; line * 40 + 40 < image.getHeight(); line++) {
            g.drawString("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM " + line, 5, line * 40 + 35);
        }
        g.fillRect(image.getWidth() - 9, 0, 9, image.getHeight());
        g.dispose();
        return image;
    }

    private static byte[] bytes(PDImageXObject image) throws IOException {
        try (InputStream in = image.getCOSObject().createRawInputStream()) {
            return in.readAllBytes();
        }
    }

    private static void assertSamePixels(BufferedImage decoded, BufferedImage expected) {
        assertThat(decoded.getWidth()).isEqualTo(expected.getWidth());
        assertThat(decoded.getHeight()).isEqualTo(expected.getHeight());
        int differing = 0;
        int black = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                boolean want = (expected.getRGB(x, y) & 0xffffff) == 0;
                black += want ? 1 : 0;
                if (want != ((decoded.getRGB(x, y) & 0xffffff) == 0)) {
                    differing++;
                }
            }
        }
        assertThat(black).isPositive();
        assertThat(differing).isZero();
    }
}
