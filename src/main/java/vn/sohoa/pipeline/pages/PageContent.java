package vn.sohoa.pipeline.pages;

import java.awt.image.BufferedImage;

/** One decoded page: either text that is already there, or an image that needs OCR. */
public sealed interface PageContent {

    /** 1-based page number within the file. */
    int number();

    /** A PDF page whose text layer is usable as it is. */
    record TextLayer(int number, String text) implements PageContent {
    }

    /** A page image (scanned PDF page, TIFF page, JPEG, PNG) and its resolution. */
    record Image(int number, BufferedImage image, int dpi) implements PageContent {
    }
}
