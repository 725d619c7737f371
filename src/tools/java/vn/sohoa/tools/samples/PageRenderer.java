package vn.sohoa.tools.samples;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/**
 * Draws a {@link ResultDocument} as clean A4 page images with Java2D, the way a laser printer would put
 * it on paper: near-black antialiased serif text on white. Scan effects are {@link ScanDegrader}'s job.
 */
public final class PageRenderer {

    /**
     * One drawn page.
     *
     * @param image     the page, RGB, A4 at the dpi
     * @param dpi       its resolution
     * @param sealSpot  where a round seal belongs, in pixels, on the page that carries the signer
     */
    public record RenderedPage(BufferedImage image, int dpi, Optional<Rectangle> sealSpot) { }

    /** Toner black: not pure 0 so that a scan's greys look natural, dark enough for any threshold. */
    private static final Color INK = new Color(22, 22, 24);

    private final PageLayout layout;
    private final FontSet fonts;

    /** A renderer that sets text in the given fonts. */
    public PageRenderer(FontSet fonts) {
        this.fonts = fonts;
        this.layout = new PageLayout(fonts);
    }

    /** The pages of a document at 200 or 300 dpi (any positive dpi works). */
    public List<RenderedPage> render(ResultDocument doc, int dpi) {
        if (dpi <= 0) {
            throw new IllegalArgumentException("dpi must be positive: " + dpi);
        }
        return layout.layOut(doc).stream().map(page -> draw(page, dpi)).toList();
    }

    private RenderedPage draw(PageLayout.Page page, int dpi) {
        BufferedImage image = blankPage(dpi);
        Graphics2D g = image.createGraphics();
        try {
            prepare(g, dpi);
            page.texts().forEach(text -> drawText(g, text));
            page.rules().forEach(rule -> g.fill(new Rectangle2D.Float(rule.x(), rule.y() - rule.thickness() / 2,
                    rule.width(), rule.thickness())));
        } finally {
            g.dispose();
        }
        return new RenderedPage(image, dpi, page.sealSpot().map(spot -> toPixels(spot, dpi)));
    }

    private static BufferedImage blankPage(int dpi) {
        int width = Math.round(PageLayout.PAGE_WIDTH / 72f * dpi);
        int height = Math.round(PageLayout.PAGE_HEIGHT / 72f * dpi);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return image;
    }

    /** Draws in points; fractional metrics keep the widths the layout measured. */
    private static void prepare(Graphics2D g, int dpi) {
        g.scale(dpi / 72.0, dpi / 72.0);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(INK);
    }

    private void drawText(Graphics2D g, PageLayout.Text text) {
        g.setFont(fonts.font(text.face(), text.size()));
        g.drawString(text.text(), text.x(), text.baseline());
    }

    private static Rectangle toPixels(Rectangle2D.Float points, int dpi) {
        double scale = dpi / 72.0;
        return new Rectangle((int) Math.round(points.x * scale), (int) Math.round(points.y * scale),
                (int) Math.round(points.width * scale), (int) Math.round(points.height * scale));
    }
}
