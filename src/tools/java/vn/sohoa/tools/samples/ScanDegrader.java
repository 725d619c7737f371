package vn.sohoa.tools.samples;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.WritableRaster;
import java.util.Random;

import vn.sohoa.tools.samples.FontSet.Face;

/**
 * The marks scanning leaves on a printed page: a red round seal over the signature, paper tone, skew,
 * sensor noise and dust, optics blur, and the colour modes scanners save in (colour, grey, bilevel).
 *
 * <p>Every method returns a new image and leaves its input untouched. Randomness comes from the seed
 * only, so the same calls in the same order give the same pixels.
 */
public final class ScanDegrader {

    /** Seal ink: the bright vermilion of Vietnamese official seals. */
    private static final Color SEAL_RED = new Color(214, 32, 46);
    /** The seal is pressed over the text, which must stay readable through it. */
    private static final float SEAL_OPACITY = 0.72f;

    private final Random random;
    private final FontSet fonts;

    /** A degrader drawing from the seed; the fonts letter the seal. */
    public ScanDegrader(long seed, FontSet fonts) {
        this.random = new Random(seed);
        this.fonts = fonts;
    }

    /**
     * Presses a round seal into a spot: double ring, the issuing agency lettered around, a star in the middle,
     * with uneven ink, semi-transparent so that the text under it stays legible.
     */
    public BufferedImage stamp(BufferedImage page, Rectangle spot, String ringText) {
        BufferedImage seal = new BufferedImage(spot.width, spot.height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = seal.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(SEAL_RED);
        double radius = spot.width / 2.0;
        g.translate(radius, radius);
        drawRings(g, radius);
        drawRingText(g, radius, ringText);
        g.fill(star(radius * 0.26));
        g.dispose();
        unevenInk(seal);
        BufferedImage result = copy(page);
        Graphics2D out = result.createGraphics();
        out.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, SEAL_OPACITY));
        out.drawImage(seal, spot.x, spot.y, null);
        out.dispose();
        return result;
    }

    private static void drawRings(Graphics2D g, double radius) {
        g.setStroke(new BasicStroke((float) (radius * 0.05)));
        double outer = radius * 0.95;
        g.draw(new Ellipse2D.Double(-outer, -outer, 2 * outer, 2 * outer));
        g.setStroke(new BasicStroke((float) (radius * 0.022)));
        double inner = radius * 0.62;
        g.draw(new Ellipse2D.Double(-inner, -inner, 2 * inner, 2 * inner));
    }

    /** Letters upright and outward around the ring, the text centred on the top, shrunk to fit the circle. */
    private void drawRingText(Graphics2D g, double radius, String text) {
        double baselineRadius = radius * 0.69;
        Font font = fonts.font(Face.BOLD, (float) (radius * 0.2));
        FontRenderContext frc = g.getFontRenderContext();
        double length = font.getStringBounds(text, frc).getWidth();
        double room = 2 * Math.PI * baselineRadius * 0.96;
        if (length > room) {
            font = font.deriveFont((float) (font.getSize2D() * room / length));
            length = room;
        }
        g.setFont(font);
        double angle = -length / baselineRadius / 2;
        for (int i = 0; i < text.length(); i++) {
            String letter = text.substring(i, i + 1);
            double advance = font.getStringBounds(letter, frc).getWidth();
            AffineTransform saved = g.getTransform();
            g.rotate(angle + advance / baselineRadius / 2);
            g.drawString(letter, (float) (-advance / 2), (float) -baselineRadius);
            g.setTransform(saved);
            angle += advance / baselineRadius;
        }
    }

    private static Polygon star(double radius) {
        Polygon star = new Polygon();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? radius : radius * 0.4;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            star.addPoint((int) Math.round(r * Math.cos(a)), (int) Math.round(r * Math.sin(a)));
        }
        return star;
    }

    /** A rubber stamp never inks evenly: thin the ink pixel by pixel. */
    private void unevenInk(BufferedImage seal) {
        WritableRaster alpha = seal.getAlphaRaster();
        for (int y = 0; y < seal.getHeight(); y++) {
            for (int x = 0; x < seal.getWidth(); x++) {
                int a = alpha.getSample(x, y, 0);
                if (a > 0) {
                    alpha.setSample(x, y, 0, (int) (a * (0.55 + 0.45 * random.nextDouble())));
                }
            }
        }
    }

    /** Tints white paper to a colour, as a colour scanner sees real paper. */
    public BufferedImage tint(BufferedImage page, Color paper) {
        BufferedImage result = copy(page);
        for (int y = 0; y < result.getHeight(); y++) {
            for (int x = 0; x < result.getWidth(); x++) {
                int rgb = result.getRGB(x, y);
                result.setRGB(x, y, multiply(rgb >> 16 & 0xff, paper.getRed()) << 16
                        | multiply(rgb >> 8 & 0xff, paper.getGreen()) << 8 | multiply(rgb & 0xff, paper.getBlue()));
            }
        }
        return result;
    }

    private static int multiply(int channel, int paper) {
        return channel * paper / 255;
    }

    /**
     * Rotates the page about its centre by a few degrees, as a sheet fed askew; corners that come in are
     * filled with the paper colour found in the top-left corner.
     */
    public BufferedImage skew(BufferedImage page, double degrees) {
        BufferedImage result = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = result.createGraphics();
        g.setColor(new Color(page.getRGB(0, 0)));
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
        g.drawImage(page, 0, 0, null);
        g.dispose();
        return result;
    }

    /**
     * Sensor noise: Gaussian grey-level noise of the given deviation on a fraction of the pixels. Noise on
     * every pixel is truer but makes JPEG and PNG files several times larger than a real scanner's.
     */
    public BufferedImage noise(BufferedImage page, double sigma, double fraction) {
        BufferedImage result = copy(page);
        for (int y = 0; y < result.getHeight(); y++) {
            for (int x = 0; x < result.getWidth(); x++) {
                if (random.nextDouble() < fraction) {
                    int delta = (int) Math.round(random.nextGaussian() * sigma);
                    int rgb = result.getRGB(x, y);
                    result.setRGB(x, y, clamp((rgb >> 16 & 0xff) + delta) << 16
                            | clamp((rgb >> 8 & 0xff) + delta) << 8 | clamp((rgb & 0xff) + delta));
                }
            }
        }
        return result;
    }

    private static int clamp(int channel) {
        return Math.max(0, Math.min(255, channel));
    }

    /** Dust on the glass: small grey dots, sized for the image's resolution. */
    public BufferedImage speckles(BufferedImage page, int count, int dpi) {
        BufferedImage result = copy(page);
        Graphics2D g = result.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double scale = dpi / 300.0;
        for (int i = 0; i < count; i++) {
            int grey = 70 + random.nextInt(90);
            g.setColor(new Color(grey, grey, grey));
            double size = (1 + random.nextDouble() * 2.5) * scale;
            g.fill(new Ellipse2D.Double(random.nextInt(result.getWidth()), random.nextInt(result.getHeight()),
                    size, size));
        }
        g.dispose();
        return result;
    }

    /** A light 3×3 Gaussian blur: the softness of scanner optics. */
    public BufferedImage blur(BufferedImage page) {
        float[] weights = {1, 2, 1, 2, 4, 2, 1, 2, 1};
        for (int i = 0; i < weights.length; i++) {
            weights[i] /= 16f;
        }
        ConvolveOp op = new ConvolveOp(new Kernel(3, 3, weights), ConvolveOp.EDGE_NO_OP, null);
        return op.filter(copy(page), null);
    }

    /**
     * Converts to 8-bit grey by luma (Rec. 601). Done by hand: Java2D's own conversion goes through a
     * linear grey colour space and comes out visibly darker.
     */
    public BufferedImage toGreyscale(BufferedImage page) {
        BufferedImage grey = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = grey.getRaster();
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                raster.setSample(x, y, 0, luma(page.getRGB(x, y)));
            }
        }
        return grey;
    }

    /** Converts to black and white at a luma threshold, as a fax-mode scan does. */
    public BufferedImage toBilevel(BufferedImage page, int threshold) {
        BufferedImage bilevel = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        WritableRaster raster = bilevel.getRaster();
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                raster.setSample(x, y, 0, luma(page.getRGB(x, y)) < threshold ? 0 : 1);
            }
        }
        return bilevel;
    }

    private static int luma(int rgb) {
        return (int) Math.round(0.299 * (rgb >> 16 & 0xff) + 0.587 * (rgb >> 8 & 0xff) + 0.114 * (rgb & 0xff));
    }

    private static BufferedImage copy(BufferedImage page) {
        BufferedImage copy = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        g.drawImage(page, 0, 0, null);
        g.dispose();
        return copy;
    }
}
