package vn.sohoa.pipeline.text;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.sohoa.model.PageProcessing;
import vn.sohoa.pipeline.ocr.DocumentBlocks;
import vn.sohoa.pipeline.ocr.OcrEngine;
import vn.sohoa.pipeline.ocr.OcrResult.OcrWord;
import vn.sohoa.pipeline.ocr.OcrResult;
import vn.sohoa.pipeline.ocr.OcrWordRepair;
import vn.sohoa.pipeline.ocr.ReadingOrder;
import vn.sohoa.pipeline.preprocess.PageImage;
import vn.sohoa.pipeline.preprocess.PagePreprocessor;
import vn.sohoa.pipeline.preprocess.PreprocessProperties;

/**
 * Reads one page image: preprocessing → OCR → word boxes mapped back to the page as decoded
 * (undoing rotation, deskew and enlargement) → post-OCR cleanup. The job and {@code eval-ocr} both
 * read pages through here, so what is measured is what runs.
 *
 * <p>Orientation detection (Tesseract OSD) costs about a third of a page's OCR time and almost
 * every page is the right way up, so a page is first read without it; only a reading less sure
 * than {@code orientationCheckBelow}, or whose words stand up, has its orientation detected, and a
 * turned page is read again (the surer reading is kept). A page read the right way up pays no OSD; a turned one pays one
 * extra reading.
 */
@Component
public class PageRecognizer {

    private final PagePreprocessor preprocessor;
    private final PagePreprocessor upright;
    private final double orientationCheckBelow;
    private final OcrWordRepair repair;
    private final boolean readingOrder;

    @Autowired
    public PageRecognizer(PagePreprocessor preprocessor, PreprocessProperties properties) {
        this(preprocessor, properties.repairWords() ? new OcrWordRepair() : null, properties.orientationCheckBelow(),
                properties.readingOrder());
    }

    /** With the reading order from the word boxes. */
    public PageRecognizer(PagePreprocessor preprocessor, OcrWordRepair repair, double orientationCheckBelow) {
        this(preprocessor, repair, orientationCheckBelow, true);
    }

    /**
     * @param repair                null for no post-OCR cleanup
     * @param orientationCheckBelow mean confidence under which orientation is detected (100: always)
     * @param readingOrder          text from the word boxes in the document's reading order, instead of the
     *                              engine's own order
     */
    public PageRecognizer(PagePreprocessor preprocessor, OcrWordRepair repair, double orientationCheckBelow,
                          boolean readingOrder) {
        this.preprocessor = preprocessor;
        this.upright = preprocessor.correctsOrientation() ? preprocessor.withoutOrientation() : null;
        this.orientationCheckBelow = orientationCheckBelow;
        this.repair = repair;
        this.readingOrder = readingOrder;
    }

    /** Bare Tesseract: no preprocessing, no reordering, no cleanup (the baseline of {@code eval-ocr --raw}). */
    public static PageRecognizer raw() {
        return new PageRecognizer(PagePreprocessor.none(), null, 100, false);
    }

    /**
     * What OCR read, words in pixels of the page as decoded, and what was done to read it, with the
     * time spent preprocessing and in Tesseract (for stage times; the caller decides where they go).
     */
    public record Recognized(OcrResult result, PageProcessing processing, long preprocessNanos, long ocrNanos) {
    }

    public Recognized recognize(OcrEngine engine, BufferedImage image, int dpi) {
        long start = System.nanoTime();
        PageImage page = (upright != null ? upright : preprocessor).prepare(image, dpi, engine);
        long prepared = System.nanoTime();
        OcrResult read = engine.recognize(page.image(), page.dpi());
        long preprocessNanos = prepared - start;
        long ocrNanos = System.nanoTime() - prepared;
        boolean standing = upright != null && !mostlyHorizontal(read.words());
        if (upright != null && (read.meanConfidence() < orientationCheckBelow || standing)) {
            long checking = System.nanoTime();
            PageImage turned = preprocessor.prepare(image, dpi, engine);
            long turnedPrepared = System.nanoTime();
            preprocessNanos += turnedPrepared - checking;
            if (turned.rotation() != 0) {
                OcrResult turnedRead = engine.recognize(turned.image(), turned.dpi());
                ocrNanos += System.nanoTime() - turnedPrepared;
                // Words standing up are a page on its side even when read confidently: turned wins.
                if (standing || turnedRead.meanConfidence() > read.meanConfidence()) {
                    page = turned;
                    read = turnedRead;
                }
            }
        }
        // Boxes as the engine saw them (upright, deskewed): the blocks are cut on the straightened page.
        // The same cut gives the text and the blocks: the field extractors read what the text shows.
        DocumentBlocks blocks = DocumentBlocks.NONE;
        if (readingOrder && !read.words().isEmpty() && ReadingOrder.level(read.words())) {
            ReadingOrder.Reading reading = ReadingOrder.read(read.words());
            read = new OcrResult(reading.text(), read.meanConfidence(), read.words());
            blocks = reading.blocks();
        }
        List<OcrWord> words = backToOriginal(read.words(), page.fromOriginal(), image.getWidth(), image.getHeight());
        PageProcessing processing = page.processing();
        if (repair == null) {
            return new Recognized(new OcrResult(read.text(), read.meanConfidence(), words, blocks), processing, preprocessNanos,
                    ocrNanos);
        }
        OcrWordRepair.Repaired text = repair.repair(read.text());
        List<OcrWord> repairedWords = new ArrayList<>(words.size());
        for (OcrWord word : words) {
            repairedWords.add(word.withText(repair.repair(word.text()).text()));
        }
        DocumentBlocks repairedBlocks = blocks.withLines(line -> repair.repair(line).text());
        return new Recognized(new OcrResult(text.text(), read.meanConfidence(), repairedWords, repairedBlocks),
                processing.withRepairedWords(text.changedWords()), preprocessNanos, ocrNanos);
    }

    /**
     * True when most words of three letters or more are wider than tall. Tesseract reads a page
     * turned a quarter one way as vertical text, confidently (95 on the evaluation set), with its
     * word boxes standing up: confidence alone would let such a page through unturned.
     */
    static boolean mostlyHorizontal(List<OcrWord> words) {
        int counted = 0;
        int horizontal = 0;
        for (OcrWord word : words) {
            if (word.text().strip().length() >= 3) {
                counted++;
                if (word.right() - word.left() > word.bottom() - word.top()) {
                    horizontal++;
                }
            }
        }
        return counted > 0 && horizontal * 3 >= counted * 2;
    }

    /** Each box's corners through the inverse transform; the box around them, clipped to the page. */
    static List<OcrWord> backToOriginal(List<OcrWord> words, AffineTransform fromOriginal, int width, int height) {
        if (fromOriginal.isIdentity()) {
            return words;
        }
        AffineTransform toOriginal;
        try {
            toOriginal = fromOriginal.createInverse();
        } catch (NoninvertibleTransformException e) {
            throw new IllegalStateException("A preprocessing step made the page transform singular: " + fromOriginal, e);
        }
        List<OcrWord> mapped = new ArrayList<>(words.size());
        for (OcrWord word : words) {
            double[] corners = {word.left(), word.top(), word.right(), word.top(), word.left(), word.bottom(), word.right(), word.bottom()};
            toOriginal.transform(corners, 0, corners, 0, 4);
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (int i = 0; i < 8; i += 2) {
                minX = Math.min(minX, corners[i]);
                maxX = Math.max(maxX, corners[i]);
                minY = Math.min(minY, corners[i + 1]);
                maxY = Math.max(maxY, corners[i + 1]);
            }
            mapped.add(word.withBox(clamp(minX, width), clamp(minY, height), clamp(maxX, width), clamp(maxY, height)));
        }
        return mapped;
    }

    private static int clamp(double value, int limit) {
        return (int) Math.max(0, Math.min(limit, Math.round(value)));
    }
}
