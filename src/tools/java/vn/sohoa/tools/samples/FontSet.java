package vn.sohoa.tools.samples;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The serif family every sample is set in, loaded from TrueType files at fixed paths.
 *
 * <p>Java2D draws with the {@link Font} objects and PDFBox embeds the very same files, so a scanned
 * sample and a born-digital one share their glyphs and widths. Logical fonts ("Serif") are avoided on
 * purpose: what they map to depends on fontconfig, which would make the committed samples differ
 * from machine to machine.
 */
public final class FontSet {

    /** The face of the family a line is set in. */
    public enum Face { REGULAR, BOLD }

    /**
     * The Times-metric face every sample is set in: GNU FreeSerif (a Times-like face with every
     * Vietnamese glyph), by explicit file path. Vietnamese administrative documents are typed in Times
     * New Roman (NĐ 30/2020, Phụ lục I). No other installed family is ever taken in its place: a
     * generator that picked "the first installed" family wrote a different set on a machine with
     * fonts-liberation2, and the measurements made on it changed. The launcher installs
     * fonts-freefont-ttf.
     */
    private static final Candidate TIMES_METRIC = new Candidate("FreeSerif",
            "/usr/share/fonts/truetype/freefont/FreeSerif.ttf",
            "/usr/share/fonts/truetype/freefont/FreeSerifBold.ttf");

    /**
     * The typefaces of the hard evaluation set, which varies the face: FreeSerif and the wider DejaVu
     * Serif (fonts-dejavu-core, installed by the launcher), always both, always in this order.
     */
    private static final List<Candidate> EVALUATION_FAMILIES = List.of(TIMES_METRIC,
            new Candidate("DejaVu Serif",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
                    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"));

    /** Every Vietnamese letter with a tone mark, lower and upper case, plus the symbols the samples use. */
    private static final String VIETNAMESE_PROBE = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợ"
            + "ùúủũụưừứửữựỳýỷỹỵÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ"
            + "ÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ²%/";

    /** Fractional, antialiased metrics: the same widths PDFBox computes from the font's advances. */
    private static final FontRenderContext MEASURING = new FontRenderContext(null, true, true);

    private final String family;
    private final Map<Face, Path> files;
    private final Map<Face, Font> fonts;

    private FontSet(String family, Map<Face, Path> files, Map<Face, Font> fonts) {
        this.family = family;
        this.files = files;
        this.fonts = fonts;
    }

    /**
     * Loads the Times-metric face (FreeSerif) from its files.
     *
     * @throws IllegalStateException naming the files and the package, when they are not installed
     */
    public static FontSet fromSystem() {
        return TIMES_METRIC.require();
    }

    /** The faces of the hard evaluation set, every one required (the set must not depend on the machine). */
    public static List<FontSet> vietnameseFamilies() {
        return EVALUATION_FAMILIES.stream().map(Candidate::require).toList();
    }

    /** Loads a family from its regular and bold TrueType files. */
    public static FontSet load(String family, Path regular, Path bold) {
        Map<Face, Path> files = new EnumMap<>(Map.of(Face.REGULAR, regular, Face.BOLD, bold));
        Map<Face, Font> fonts = new EnumMap<>(Face.class);
        files.forEach((face, file) -> fonts.put(face, readFont(file)));
        return new FontSet(family, files, fonts);
    }

    private static Font readFont(Path file) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("Cannot read TrueType font " + file + ": " + e.getMessage(), e);
        }
    }

    /** The family name, for reports. */
    public String family() {
        return family;
    }

    /** The TrueType file of a face, for embedding it in a PDF. */
    public Path file(Face face) {
        return files.get(face);
    }

    /** The face at a size in points. */
    public Font font(Face face, float size) {
        return fonts.get(face).deriveFont(size);
    }

    /** Advance width of a text in points. */
    public double width(String text, Face face, float size) {
        return font(face, size).getStringBounds(text, MEASURING).getWidth();
    }

    private boolean covers(String text) {
        return fonts.values().stream().allMatch(font -> font.canDisplayUpTo(text) < 0);
    }

    /**
     * Fails when a face lacks a glyph of the text: a missing Vietnamese glyph would be drawn as an
     * empty box and silently break the ground truth.
     */
    public void requireGlyphs(String text) {
        for (Face face : Face.values()) {
            int missing = fonts.get(face).canDisplayUpTo(text);
            if (missing >= 0) {
                throw new IllegalStateException(family + " " + face + " has no glyph for '"
                        + text.charAt(missing) + "' in: " + text);
            }
        }
    }

    private record Candidate(String family, Path regular, Path bold) {
        Candidate(String family, String regular, String bold) {
            this(family, Path.of(regular), Path.of(bold));
        }

        FontSet require() {
            if (!Files.isReadable(regular) || !Files.isReadable(bold)) {
                throw new IllegalStateException("The sample font " + family + " is not installed (" + regular + ", " + bold
                        + "); install fonts-freefont-ttf and fonts-dejavu-core (./sohoa installs them)");
            }
            FontSet fonts = load(family, regular, bold);
            if (!fonts.covers(VIETNAMESE_PROBE)) {
                throw new IllegalStateException(family + " lacks Vietnamese glyphs: " + regular);
            }
            return fonts;
        }
    }
}
