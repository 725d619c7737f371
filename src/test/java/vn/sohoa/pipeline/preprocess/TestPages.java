package vn.sohoa.pipeline.preprocess;

import java.awt.image.BufferedImage;

import vn.sohoa.tools.samples.FontSet;
import vn.sohoa.tools.samples.PageRenderer;
import vn.sohoa.tools.samples.ResultCatalog;
import vn.sohoa.tools.samples.ScanDegrader;

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
