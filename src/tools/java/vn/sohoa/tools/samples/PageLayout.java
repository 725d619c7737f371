package vn.sohoa.tools.samples;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.sohoa.tools.samples.FontSet.Face;

/**
 * Places every line of a document on A4 pages, in PDF points from the top-left corner.
 *
 * <p>The layout follows NĐ 30/2020, Phụ lục I: agency top left and motto top right in two columns, number
 * under the agency and place-date under the motto, centred type and subject, body between 30 mm and 20 mm
 * margins, signer block in the right half. Both the Java2D renderer and the born-digital PDF writer draw
 * the same layout, so a scan and its born-digital twin put each line in the same place.
 */
final class PageLayout {

    /** A line of text: its left end and baseline, in points. */
    record Text(String text, Face face, float size, float x, float baseline) { }

    /** A horizontal rule, centred on y. */
    record Rule(float x, float y, float width, float thickness) { }

    /** One laid-out page; the seal spot is where a round seal would be pressed, on the signer's page. */
    record Page(List<Text> texts, List<Rule> rules, Optional<Rectangle2D.Float> sealSpot) { }

    static final float PAGE_WIDTH = 595.28f;
    static final float PAGE_HEIGHT = 841.89f;
    private static final float MM = 72f / 25.4f;
    private static final float LEFT = 30 * MM;
    private static final float RIGHT = PAGE_WIDTH - 20 * MM;
    private static final float TOP = 20 * MM;
    private static final float BOTTOM = PAGE_HEIGHT - 20 * MM;
    /** The header reaches a little into the margins, as the two columns of real documents do. */
    private static final float HEADER_LEFT = LEFT - 25;
    private static final float HEADER_RIGHT = RIGHT + 10;
    private static final float HEADER_SIZE = 13;
    private static final float TYPE_SIZE = 14;
    private static final float BODY_SIZE = 13;
    private static final float LEADING = 1.3f;
    private static final float INDENT = 10 * MM;
    private static final float PARAGRAPH_GAP = 4;
    /** The recipients list is set smaller than the body (11 pt in NĐ 30/2020, Phụ lục I). */
    private static final float RECIPIENTS_SIZE = 11;
    /** Room left for the handwritten signature between position and name. */
    private static final float SIGNATURE_SPACE = 96;
    /** Diameter of the round seal of a district agency, about 36 mm. */
    private static final float SEAL_DIAMETER = 36 * MM;

    private final FontSet fonts;

    PageLayout(FontSet fonts) {
        this.fonts = fonts;
    }

    /** The pages of a document; fails when a page overflows, since pages are broken by the document. */
    List<Page> layOut(ResultDocument doc) {
        doc.allLines().forEach(fonts::requireGlyphs);
        Columns columns = columns(doc);
        float bodySize = bodySize(doc);
        List<Page> pages = new ArrayList<>();
        Sheet sheet = new Sheet(doc);
        header(doc, columns, sheet);
        title(doc, sheet);
        for (TextBlock block : doc.body()) {
            if (block.startsNewPage()) {
                pages.add(sheet.finish());
                sheet = new Sheet(doc);
            }
            block(block, bodySize, sheet);
        }
        signer(doc, columns, bodySize, sheet);
        pages.add(sheet.finish());
        return pages;
    }

    /** The two header columns, split so that the motto fits, and the size that fits both. */
    private record Columns(float split, float size) {
        float leftCentre() {
            return (HEADER_LEFT + split) / 2;
        }

        float rightCentre() {
            return (split + HEADER_RIGHT) / 2;
        }
    }

    private Columns columns(ResultDocument doc) {
        for (float size = HEADER_SIZE; ; size -= 0.25f) {
            float rightNeed = 12 + (float) Math.max(widest(ResultDocument.MOTTO_LINES, Face.BOLD, size),
                    fonts.width(doc.placeDateLine(), Face.REGULAR, size));
            float split = HEADER_RIGHT - rightNeed;
            List<String> left = new ArrayList<>(doc.organLines());
            left.add(doc.numberLine());
            left.addAll(doc.hasTypeName() ? List.of() : doc.subjectLines());
            if (widest(left, Face.BOLD, size) + 6 <= split - HEADER_LEFT || size <= 9) {
                return new Columns(split, size);
            }
        }
    }

    /** The body size: 13 pt, or smaller when the installed font is too wide for the longest line. */
    private float bodySize(ResultDocument doc) {
        double need = 0;
        for (TextBlock block : doc.body()) {
            for (int i = 0; i < block.lines().size(); i++) {
                Face face = block.style() == TextBlock.Style.HEADING ? Face.BOLD : Face.REGULAR;
                double indent = block.style() == TextBlock.Style.PARAGRAPH && i == 0 ? INDENT : 0;
                need = Math.max(need, indent + fonts.width(block.lines().get(i), face, BODY_SIZE));
            }
        }
        float fit = (float) (BODY_SIZE * (RIGHT - LEFT) / need);
        return fit >= BODY_SIZE ? BODY_SIZE : (float) Math.floor(fit * 4) / 4;
    }

    private double widest(List<String> lines, Face face, float size) {
        return lines.stream().mapToDouble(line -> fonts.width(line, face, size)).max().orElse(0);
    }

    /** Agency and number on the left, motto and place-date on the right, a công văn's subject under the number. */
    private void header(ResultDocument doc, Columns columns, Sheet sheet) {
        float size = columns.size();
        float left = TOP;
        for (int i = 0; i < doc.organLines().size(); i++) {
            Face face = organLineIsBold(doc, i) ? Face.BOLD : Face.REGULAR;
            left = sheet.centred(doc.organLines().get(i), face, size, columns.leftCentre(), left);
        }
        sheet.underline(doc.organLines().get(doc.organLines().size() - 1), Face.BOLD, size,
                columns.leftCentre(), left, 0.4f);
        float right = TOP;
        for (String motto : ResultDocument.MOTTO_LINES) {
            right = sheet.centred(motto, Face.BOLD, size, columns.rightCentre(), right);
        }
        sheet.underline(ResultDocument.MOTTO_LINES.get(1), Face.BOLD, size, columns.rightCentre(), right, 1f);
        float numberTop = Math.max(left, right) + size * 0.5f;
        float below = sheet.centred(doc.numberLine(), Face.REGULAR, size, columns.leftCentre(), numberTop);
        sheet.centred(doc.placeDateLine(), Face.REGULAR, size, columns.rightCentre(), numberTop);
        for (String subject : doc.hasTypeName() ? List.<String>of() : doc.subjectLines()) {
            below = sheet.centred(subject, Face.REGULAR, size, columns.leftCentre(), below);
        }
        sheet.top = below + size;
    }

    /** A parent agency line ("UBND HUYỆN ...") is regular; the agency itself, and "ỦY BAN NHÂN DÂN", bold. */
    private static boolean organLineIsBold(ResultDocument doc, int index) {
        return index == doc.organLines().size() - 1 || doc.organLines().get(index).equals("ỦY BAN NHÂN DÂN");
    }

    /** Type name and subject, centred, with a short rule under the subject. */
    private void title(ResultDocument doc, Sheet sheet) {
        if (!doc.hasTypeName()) {
            return;
        }
        sheet.top += 6;
        sheet.top = sheet.centred(doc.typeName(), Face.BOLD, TYPE_SIZE, (LEFT + RIGHT) / 2, sheet.top);
        for (String subject : doc.subjectLines()) {
            sheet.top = sheet.centred(subject, Face.BOLD, BODY_SIZE, (LEFT + RIGHT) / 2, sheet.top);
        }
        String longest = doc.subjectLines().stream()
                .max(Comparator.comparingDouble(line -> fonts.width(line, Face.BOLD, BODY_SIZE)))
                .orElse(doc.typeName());
        sheet.underline(longest, Face.BOLD, BODY_SIZE, (LEFT + RIGHT) / 2, sheet.top, 0.35f);
        sheet.top += BODY_SIZE;
    }

    private void block(TextBlock block, float size, Sheet sheet) {
        float centre = (LEFT + RIGHT) / 2;
        for (int i = 0; i < block.lines().size(); i++) {
            String line = block.lines().get(i);
            sheet.top = switch (block.style()) {
                case HEADING -> sheet.centred(line, Face.BOLD, size, centre, sheet.top);
                case CENTERED -> sheet.centred(line, Face.REGULAR, size, centre, sheet.top);
                case PARAGRAPH -> sheet.line(line, Face.REGULAR, size, i == 0 ? LEFT + INDENT : LEFT, sheet.top);
            };
        }
        sheet.top += PARAGRAPH_GAP;
    }

    /**
     * Position and name in the right half with room for a signature between them; the seal spot overlaps
     * the lower position line from the left and stops above the name, as a seal is pressed in practice.
     */
    private void signer(ResultDocument doc, Columns columns, float size, Sheet sheet) {
        float top = sheet.top + size * 0.5f;
        for (String position : doc.signerPositionLines()) {
            top = sheet.centred(position, Face.BOLD, size, columns.rightCentre(), top);
        }
        float nameTop = top + SIGNATURE_SPACE - size * LEADING;
        recipients(doc, sheet.top + size * 0.5f, sheet);
        sheet.centred(doc.signerName(), Face.BOLD, size, columns.rightCentre(), nameTop);
        float sealBottom = nameTop + size * 0.2f - 4;
        sheet.sealSpot = new Rectangle2D.Float(columns.rightCentre() - 0.85f * SEAL_DIAMETER,
                sealBottom - SEAL_DIAMETER, SEAL_DIAMETER, SEAL_DIAMETER);
    }

    /** "Nơi nhận:" bold, then the list in a smaller regular face, from the left margin of the header. */
    private void recipients(ResultDocument doc, float top, Sheet sheet) {
        for (int i = 0; i < doc.recipientLines().size(); i++) {
            top = sheet.line(doc.recipientLines().get(i), i == 0 ? Face.BOLD : Face.REGULAR, RECIPIENTS_SIZE, LEFT - 10, top);
        }
    }

    /** A page being filled; {@code top} is the top of the free space. */
    private final class Sheet {
        private final ResultDocument doc;
        private final List<Text> texts = new ArrayList<>();
        private final List<Rule> rules = new ArrayList<>();
        private float top = TOP;
        private Rectangle2D.Float sealSpot;

        Sheet(ResultDocument doc) {
            this.doc = doc;
        }

        /** Places a line with its left end at x; returns the top of the next line. */
        float line(String text, Face face, float size, float x, float lineTop) {
            float baseline = lineTop + size;
            if (baseline > BOTTOM) {
                throw new IllegalStateException("Page overflow in " + doc.kind() + " at: " + text
                        + " (break the body into pages in ResultCatalog)");
            }
            texts.add(new Text(text, face, size, x, baseline));
            return lineTop + size * LEADING;
        }

        float centred(String text, Face face, float size, float centre, float lineTop) {
            return line(text, face, size, centre - (float) fonts.width(text, face, size) / 2, lineTop);
        }

        /** A rule under the line above, a fraction of that line's width long. */
        void underline(String above, Face face, float size, float centre, float nextTop, float fraction) {
            float width = (float) fonts.width(above, face, size) * fraction;
            // Set a little below the descenders, as in print, so that OCR does not read it as an underline.
            rules.add(new Rule(centre - width / 2, nextTop + 2.5f, width, 0.6f));
        }

        Page finish() {
            return new Page(List.copyOf(texts), List.copyOf(rules), Optional.ofNullable(sealSpot));
        }
    }
}
