package vn.sohoa.tools.samples;

import java.awt.Color;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.sohoa.tools.samples.PageRenderer.RenderedPage;

/**
 * Writes the OCR evaluation set: single-page scans of the catalog's documents, each with its ground
 * truth ({@code NAME.gt.txt}), made hard the way real scans are: two typefaces, 200 and 300 dpi,
 * skew up to ±5°, pages turned 90/180/270°, red seals over the signature, noise, dust and blur,
 * JPEG at quality 50–90, greyscale PNG and bilevel TIFF. The same seed writes the same set, so it
 * is generated where it is needed (a temp dir in tests, target/ for measurements) rather than
 * committed.
 */
public final class EvaluationSetWriter {

    /** Pages in the full set. */
    public static final int DEFAULT_PAGES = 44;
    private static final int[] QUARTER_TURNS = {0, 0, 90, 0, 180, 0, 270, 0};
    private static final Color PAPER = new Color(247, 244, 234);
    private static final int KINDS = 5;

    private final long seed;

    public EvaluationSetWriter(long seed) {
        this.seed = seed;
    }

    /** One page of the set and how it was made (for the README of the set and for reports). */
    public record Page(String name, String font, int dpi, double skew, int rotation, boolean seal, String format) {
    }

    /**
     * Writes {@code count} pages into {@code dir} and returns what was written.
     *
     * @throws IllegalStateException when no font with Vietnamese glyphs is installed
     */
    public List<Page> write(Path dir, int count) {
        List<FontSet> fonts = FontSet.vietnameseFamilies();
        if (fonts.isEmpty()) {
            FontSet.fromSystem();
        }
        try {
            Files.createDirectories(dir);
            List<Page> pages = new ArrayList<>();
            // One source for the whole set: seeds of neighbouring pages would give correlated first draws.
            Random random = new Random(seed);
            for (int i = 0; i < count; i++) {
                pages.add(writePage(dir, i, fonts.get(i % fonts.size()), random));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the evaluation set into " + dir, e);
        }
    }

    private Page writePage(Path dir, int i, FontSet fonts, Random random) throws IOException {
        ScanDegrader degrader = new ScanDegrader(random.nextLong(), fonts);
        ResultDocument doc = new ResultCatalog(seed + i / KINDS).all().get(i % KINDS);
        int dpi = i % 3 == 0 ? 200 : 300;
        List<RenderedPage> rendered = new PageRenderer(fonts).render(doc, dpi);
        int pageIndex = (i / KINDS) % rendered.size();
        RenderedPage page = rendered.get(pageIndex);
        String format = switch (i % 4) {
            case 0, 1 -> "jpg";
            case 2 -> "png";
            default -> "tif";
        };
        double skew = Math.round((random.nextDouble() * 10 - 5) * 10) / 10.0;
        int rotation = QUARTER_TURNS[i % QUARTER_TURNS.length];
        boolean seal = page.sealSpot().isPresent() && random.nextDouble() < 0.8;

        BufferedImage image = "jpg".equals(format) ? degrader.tint(page.image(), PAPER) : page.image();
        if (seal) {
            image = degrader.stamp(image, page.sealSpot().get(), String.join(" ", doc.organLines()) + " * TỈNH AN GIANG * ");
        }
        if (random.nextBoolean()) {
            image = degrader.blur(image);
        }
        image = degrader.skew(image, skew);
        image = degrader.noise(image, 4 + random.nextInt(8), 0.1 + random.nextDouble() * 0.2);
        image = degrader.speckles(image, 40 + random.nextInt(80), dpi);
        image = quarterTurn(image, rotation);

        String name = String.format("eval-%02d-%s-%d", i + 1, doc.kind().name().toLowerCase().replace('_', '-'), dpi);
        SampleFormats formats = new SampleFormats(java.util.Calendar.getInstance());
        switch (format) {
            case "jpg" -> formats.writeJpeg(image, dpi, 0.5f + random.nextInt(5) * 0.1f, dir.resolve(name + ".jpg"));
            case "png" -> formats.writePng(degrader.toGreyscale(image), dpi, dir.resolve(name + ".png"));
            default -> formats.writeTiff(List.of(degrader.toBilevel(image, 150)), dpi, dir.resolve(name + ".tif"));
        }
        String truth = doc.groundTruthText().split("\f")[pageIndex];
        Files.writeString(dir.resolve(name + ".gt.txt"), truth, StandardCharsets.UTF_8);
        return new Page(name + "." + format, fonts.family(), dpi, skew, rotation, seal, format);
    }

    /** Turns a page clockwise by a multiple of 90 degrees, as a sheet fed sideways or upside down. */
    static BufferedImage quarterTurn(BufferedImage image, int degrees) {
        if (degrees == 0) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean sideways = degrees % 180 != 0;
        BufferedImage turned = new BufferedImage(sideways ? h : w, sideways ? w : h, BufferedImage.TYPE_INT_RGB);
        AffineTransform turn = new AffineTransform();
        turn.translate(turned.getWidth() / 2.0, turned.getHeight() / 2.0);
        turn.quadrantRotate(degrees / 90);
        turn.translate(-w / 2.0, -h / 2.0);
        java.awt.Graphics2D g = turned.createGraphics();
        g.drawImage(image, turn, null);
        g.dispose();
        return turned;
    }
}
