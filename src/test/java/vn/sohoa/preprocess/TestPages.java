package vn.sohoa.preprocess;

import java.awt.image.BufferedImage;

import vn.sohoa.samples.FontSet;
import vn.sohoa.samples.PageRenderer;
import vn.sohoa.samples.ResultCatalog;
import vn.sohoa.samples.ScanDegrader;

/** Clean and skewed pages of the sample decision, drawn by the project's own generator. */
final class TestPages {

    static final String TESSDATA = System.getenv().getOrDefault("TESSDATA_PREFIX", "/usr/share/tesseract-ocr/5/tessdata");

    private TestPages() {
    }

    static BufferedImage decision(int dpi) {
        FontSet fonts = FontSet.fromSystem();
        return new PageRenderer(fonts).render(new ResultCatalog(20261128).decision(), dpi).get(0).image();
    }

    static BufferedImage skewed(BufferedImage page, double degrees) {
        return new ScanDegrader(1, FontSet.fromSystem()).skew(page, degrees);
    }
}
