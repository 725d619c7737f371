package vn.sohoa.pipeline.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.ochafik.lang.jnaerator.runtime.NativeSize;
import com.sun.jna.Pointer;
import com.sun.jna.StringArray;
import com.sun.jna.ptr.PointerByReference;
import net.sourceforge.tess4j.ITessAPI.ETEXT_DESC;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessPageSegMode;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

/**
 * Tesseract through Tess4J's low-level API, holding one initialized native handle for its whole
 * life. (Tess4J's {@code Tesseract.doOCR} creates a handle and reloads the language data on every
 * call, and a shared one crashes the JVM; hence one long-lived handle per worker.)
 *
 * <p>Post-correction ({@link WordCorrection}) is applied to each word while Tesseract's results are
 * still there to ask for alternatives; a user word list is given at initialization, the only time
 * Tesseract reads one.
 */
public final class TesseractOcrEngine implements OcrEngine {

    private static final int TRUE = 1;

    private final TessAPI api;
    private final TessBaseAPI handle;
    private final String datapath;
    private TessBaseAPI osd;

    private final Duration pageTimeout;
    private final WordCorrection correction;

    public TesseractOcrEngine(String datapath, String languages, Duration pageTimeout) {
        this(datapath, languages, pageTimeout, WordCorrection.none(), null);
    }

    /**
     * @param correction what to correct in each word read
     * @param userWords  a word list for Tesseract's {@code user_words_file}, or null for none
     */
    public TesseractOcrEngine(String datapath, String languages, Duration pageTimeout, WordCorrection correction, Path userWords) {
        this.pageTimeout = pageTimeout;
        this.correction = correction;
        OpenMpThreadLimit.ensure();
        this.datapath = datapath;
        this.api = TessAPI.INSTANCE;
        this.handle = api.TessBaseAPICreate();
        if (init(datapath, languages, userWords) != 0) {
            api.TessBaseAPIDelete(handle);
            throw new OcrException("Tesseract could not load languages '" + languages + "' from " + datapath
                    + " (install them: apt-get install tesseract-ocr-vie)");
        }
        api.TessBaseAPISetPageSegMode(handle, TessPageSegMode.PSM_AUTO);
        // Tesseract prints debug notes ("Detected 157 diacritics") on stderr; they are not ours to show.
        api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
        if (correction.needsAlternatives()) {
            // 2: the LSTM keeps, per recognized character, the other characters it considered.
            api.TessBaseAPISetVariable(handle, "lstm_choice_mode", "2");
        }
    }

    /** {@code user_words_file} is an init-only parameter: it must go through Init4's variables. */
    private int init(String datapath, String languages, Path userWords) {
        if (userWords == null) {
            return api.TessBaseAPIInit3(handle, datapath, languages);
        }
        PointerByReference names = new PointerByReference();
        names.setPointer(new StringArray(new String[] {"user_words_file"}));
        PointerByReference values = new PointerByReference();
        values.setPointer(new StringArray(new String[] {userWords.toString()}, "UTF-8"));
        return api.TessBaseAPIInit4(handle, datapath, languages, TessOcrEngineMode.OEM_DEFAULT, null, 0, names, values,
                new NativeSize(1), 0);
    }

    @Override
    public OcrResult recognize(BufferedImage image, int dpi) {
        BufferedImage grey = toGrey(image);
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        // Tesseract copies the pixels into its own image, so a heap buffer is enough for the call.
        api.TessBaseAPISetImage(handle, ByteBuffer.wrap(pixels), grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
        api.TessBaseAPISetSourceResolution(handle, dpi);
        // Tesseract checks the monitor's deadline between words: a page that would run for ever
        // (noise it takes for text, a pathological image) is cut off instead of stalling a worker.
        ETEXT_DESC monitor = api.TessMonitorCreate();
        api.TessMonitorSetDeadlineMSecs(monitor, (int) Math.min(Integer.MAX_VALUE, pageTimeout.toMillis()));
        long started = System.nanoTime();
        try {
            if (api.TessBaseAPIRecognize(handle, monitor) != 0) {
                Duration spent = Duration.ofNanos(System.nanoTime() - started);
                if (spent.compareTo(pageTimeout) >= 0) {
                    throw new OcrTimeoutException(pageTimeout);
                }
                throw new OcrException("Tesseract failed to recognize a " + grey.getWidth() + "x" + grey.getHeight() + " page");
            }
            List<String> read = new ArrayList<>();
            List<OcrResult.OcrWord> words = words(read);
            return new OcrResult(correctedText(read, words), meanConfidence(words), words);
        } finally {
            api.TessMonitorDelete(monitor);
            api.TessBaseAPIClear(handle);
        }
    }

    private String text() {
        Pointer pointer = api.TessBaseAPIGetUTF8Text(handle);
        try {
            return pointer == null ? "" : Normalizer.normalize(pointer.getString(0, StandardCharsets.UTF_8.name()), Normalizer.Form.NFC);
        } finally {
            api.TessDeleteText(pointer);
        }
    }

    /** The engine's page text, with the corrections made to its words made to it too. */
    private String correctedText(List<String> read, List<OcrResult.OcrWord> words) {
        String text = text();
        if (correction.isNone()) {
            return text;
        }
        List<String> corrected = words.stream().map(OcrResult.OcrWord::text).toList();
        return read.equals(corrected) ? text : WordCorrection.applyToText(text, read, corrected);
    }

    /** @param read receives each word as Tesseract read it, before correction */
    private List<OcrResult.OcrWord> words(List<String> read) {
        List<OcrResult.OcrWord> words = new ArrayList<>();
        TessResultIterator iterator = api.TessBaseAPIGetIterator(handle);
        if (iterator == null) {
            return words;
        }
        try {
            TessPageIterator page = api.TessResultIteratorGetPageIterator(iterator);
            int level = TessPageIteratorLevel.RIL_WORD;
            int line = -1;
            do {
                if (api.TessPageIteratorIsAtBeginningOf(page, TessPageIteratorLevel.RIL_TEXTLINE) == TRUE) {
                    line++;
                }
                Pointer wordText = api.TessResultIteratorGetUTF8Text(iterator, level);
                if (wordText == null) {
                    continue;
                }
                String text = Normalizer.normalize(wordText.getString(0, StandardCharsets.UTF_8.name()), Normalizer.Form.NFC);
                api.TessDeleteText(wordText);
                read.add(text);
                text = correction.isNone() ? text : correction.correct(text, () -> TesseractSymbolChoices.ofWord(api, iterator));
                IntBuffer l = IntBuffer.allocate(1), t = IntBuffer.allocate(1), r = IntBuffer.allocate(1), b = IntBuffer.allocate(1);
                api.TessPageIteratorBoundingBox(page, level, l, t, r, b);
                words.add(new OcrResult.OcrWord(text, api.TessResultIteratorConfidence(iterator, level), l.get(0), t.get(0), r.get(0), b.get(0),
                        Math.max(line, 0)));
            } while (api.TessPageIteratorNext(page, level) == TRUE);
        } finally {
            api.TessResultIteratorDelete(iterator);
        }
        return words;
    }

    private static double meanConfidence(List<OcrResult.OcrWord> words) {
        return words.stream().mapToDouble(OcrResult.OcrWord::confidence).average().orElse(0);
    }

    private static BufferedImage toGrey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY && image.getRaster().getDataBuffer() instanceof DataBufferByte
                && image.getRaster().getSampleModel().getWidth() == image.getWidth()) {
            return image;
        }
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        grey.getGraphics().drawImage(image, 0, 0, null);
        return grey;
    }

    /**
     * Orientation by Tesseract's OSD model, in a second handle loaded with {@code osd} on first use
     * (the recognition handle would need an OSD page segmentation mode for every page otherwise).
     */
    @Override
    public Optional<Orientation> detectOrientation(BufferedImage image, int dpi) {
        if (osd == null) {
            osd = api.TessBaseAPICreate();
            if (api.TessBaseAPIInit3(osd, datapath, "osd") != 0) {
                api.TessBaseAPIDelete(osd);
                osd = null;
                throw new OcrException("Tesseract could not load the orientation model 'osd' from " + datapath
                        + " (install it: apt-get install tesseract-ocr-osd)");
            }
            api.TessBaseAPISetPageSegMode(osd, TessPageSegMode.PSM_OSD_ONLY);
            api.TessBaseAPISetVariable(osd, "debug_file", "/dev/null");
        }
        BufferedImage grey = toGrey(image);
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        api.TessBaseAPISetImage(osd, ByteBuffer.wrap(pixels), grey.getWidth(), grey.getHeight(), 1, grey.getWidth());
        api.TessBaseAPISetSourceResolution(osd, dpi);
        try {
            IntBuffer degrees = IntBuffer.allocate(1);
            FloatBuffer confidence = FloatBuffer.allocate(1);
            FloatBuffer scriptConfidence = FloatBuffer.allocate(1);
            PointerByReference script = new PointerByReference();
            if (api.TessBaseAPIDetectOrientationScript(osd, degrees, confidence, script, scriptConfidence) != TRUE) {
                return Optional.empty();
            }
            // Tesseract reports how far the page is turned clockwise; turning it upright takes the rest of the circle.
            return Optional.of(new Orientation(Math.floorMod(360 - degrees.get(0), 360), confidence.get(0)));
        } finally {
            api.TessBaseAPIClear(osd);
        }
    }

    @Override
    public void close() {
        api.TessBaseAPIEnd(handle);
        api.TessBaseAPIDelete(handle);
        if (osd != null) {
            api.TessBaseAPIEnd(osd);
            api.TessBaseAPIDelete(osd);
        }
    }
}
