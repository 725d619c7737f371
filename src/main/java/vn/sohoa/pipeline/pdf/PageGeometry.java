package vn.sohoa.pipeline.pdf;

import java.awt.geom.AffineTransform;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Where the pixels of a page image land in PDF user space (points, y up). */
final class PageGeometry {

    private PageGeometry() {
    }

    /** A page made for an image: the image fills it, one pixel 72/dpi points. */
    static AffineTransform imagePage(float heightPoints, int dpi) {
        double k = 72.0 / dpi;
        return new AffineTransform(k, 0, 0, -k, 0, heightPoints);
    }

    /**
     * An existing PDF page as PDFBox's renderer drew it at {@code dpi}: its crop box, turned by the
     * page's /Rotate (clockwise), pixel (0, 0) at the top left of what the viewer shows.
     */
    static AffineTransform renderedPage(PDPage page, int dpi) {
        double k = 72.0 / dpi;
        PDRectangle box = page.getCropBox();
        double llx = box.getLowerLeftX();
        double lly = box.getLowerLeftY();
        double urx = box.getUpperRightX();
        double ury = box.getUpperRightY();
        switch (Math.floorMod(page.getRotation(), 360)) {
            case 90:
                return new AffineTransform(0, k, k, 0, llx, lly);
            case 180:
                return new AffineTransform(-k, 0, 0, k, urx, lly);
            case 270:
                return new AffineTransform(0, -k, -k, 0, urx, ury);
            default:
                return new AffineTransform(k, 0, 0, -k, llx, ury);
        }
    }
}
