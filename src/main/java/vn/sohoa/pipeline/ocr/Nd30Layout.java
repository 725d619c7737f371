package vn.sohoa.pipeline.ocr;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells which standard block of an NĐ 30/2020 page each part of {@link ReadingOrder}'s cut is: the
 * header columns above the number and place-date lines, the title under them, the closing blocks
 * (recipients, signature) at the end, the body between. Judged from the text of each part (the
 * {@code Số:}, {@code ngày … tháng}, motto and {@code Nơi nhận} lines any such page prints) and from
 * where it stands (left or right of the page's middle).
 *
 * <p>A page shows its layout when the cut found the header (an agency or motto above a number or
 * place-date line) or the closing (a {@code Nơi nhận} list, a signature beside it); otherwise
 * nothing is typed: a guess at blocks would be worse for the field extractors than the flat text.
 */
final class Nd30Layout {

    /** "Số: 729/QĐ-UBND", "Sô :", "Số:    /UBND-VX", "S6 12/UBND" (folded). */
    private static final Pattern NUMBER = Pattern.compile("^[^\\p{L}\\d]{0,3}[s5][o06]\\s*(?:[:;.]|\\s[\\doil]{1,12}\\s*[/|])");
    /**
     * "Thoại Sơn, ngày 05 tháng 7", day and month possibly blank, the comma possibly lost, or the line cut after a
     * blank day (folded); without its comma, a day must follow. Looked for only among the header's lines, next to the number line.
     */
    private static final Pattern PLACE_DATE = Pattern.compile(
            "\\p{L}{2,}(?:\\s*[,.]\\s*ng[a-z]{1,3}(?:\\b.{0,14}?\\bth[a-z]{2,5}\\b|[\\s._…]*$)"
                    + "|\\s+ng[a-z]{1,3}\\s*[\\doil]{1,2}\\s*[,.]?\\s*th[a-z]{2,5}\\b)");
    /** "tháng 5 năm 2022": the rest of a place-date line OCR cut at its blank day (folded). */
    private static final Pattern DATE_REST = Pattern.compile("^[\\s._…]*th[a-z]{2,5}\\s*[\\doil]{0,2}[\\s._…]*n[a-z]{1,3}\\s*\\d{4}");
    /** "/QĐ-UBND": the notation of a number left blank, which OCR set apart from its "Số:" (folded). */
    private static final Pattern NOTATION_REST = Pattern.compile("^[/|]\\s*[\\p{L}\\d]");
    /** The number and place-date lines stand next to each other in reading order (a công văn's subject may follow). */
    private static final int HEADER_LINES_APART = 2;
    private static final Pattern MOTTO = Pattern.compile("c[o0]ng\\s*h[o0]a\\s*x|d[o0]c\\s*l[a-z]p\\b|h[a-z]nh\\s*ph[u]c");
    private static final Pattern RECIPIENTS = Pattern.compile("^[^\\p{L}]{0,3}n[o0][il1]\\s*nh[a-z]n\\b");
    /** What opens a body (or a certificate's form) rather than a title or subject. */
    private static final Pattern BODY_START = Pattern.compile(
            "^[^\\p{L}\\d]{0,3}(can cu|kinh gui|dieu \\d|xet |theo |\\d+\\s*[.)])");
    /** Blocks starting right of this share of the width from the left edge stand in the right column. */
    private static final double RIGHT_COLUMN = 0.4;
    /** A title or subject block is narrower than this share of the width, or short. */
    private static final double FULL_WIDTH = 0.85;
    private static final int MAX_TITLE_BLOCKS = 3;

    private final List<ReadingOrder.Block> parts;
    private final BlockKind[] kinds;
    private final int left;
    private final int width;
    private final int upperHalf;

    private Nd30Layout(List<ReadingOrder.Block> cut) {
        this.left = cut.stream().mapToInt(ReadingOrder.Block::left).min().orElse(0);
        this.width = Math.max(1, cut.stream().mapToInt(ReadingOrder.Block::right).max().orElse(0) - left);
        int top = cut.stream().mapToInt(ReadingOrder.Block::top).min().orElse(0);
        int bottom = cut.stream().mapToInt(ReadingOrder.Block::bottom).max().orElse(0);
        this.upperHalf = top + (bottom - top) / 2;
        this.parts = splitHeaderLines(cut, upperHalf);
        this.kinds = new BlockKind[parts.size()];
    }

    /** The typed blocks of a page cut into {@code parts} (in reading order); {@link DocumentBlocks#NONE} when no layout shows. */
    static DocumentBlocks of(List<ReadingOrder.Block> parts) {
        if (parts.isEmpty()) {
            return DocumentBlocks.NONE;
        }
        return new Nd30Layout(parts).classify();
    }

    /**
     * A number or place-date line the cut left inside a bigger part (no gap under the agency, a công văn's
     * subject under its number) becomes a part of its own, so that each block holds only its own lines.
     */
    private static List<ReadingOrder.Block> splitHeaderLines(List<ReadingOrder.Block> parts, int upperHalf) {
        List<ReadingOrder.Block> split = new ArrayList<>();
        for (ReadingOrder.Block part : parts) {
            if (part.top() >= upperHalf) {
                split.add(part);
                continue;
            }
            List<String> run = new ArrayList<>();
            for (String line : part.lines()) {
                if (headerLine(line) && part.lines().size() > 1) {
                    if (!run.isEmpty()) {
                        split.add(part.withLines(run));
                    }
                    split.add(part.withLines(List.of(line)));
                    run = new ArrayList<>();
                } else {
                    run.add(line);
                }
            }
            if (!run.isEmpty()) {
                split.add(run.size() == part.lines().size() ? part : part.withLines(run));
            }
        }
        return split;
    }

    private static boolean headerLine(String line) {
        String folded = fold(line);
        return NUMBER.matcher(folded).find() || PLACE_DATE.matcher(folded).find();
    }

    private DocumentBlocks classify() {
        int number = firstInUpperHalf(NUMBER);
        int date = firstInUpperHalf(PLACE_DATE);
        if (number >= 0 && date >= 0 && Math.abs(date - number) > HEADER_LINES_APART) {
            // Far apart, the later one is another line ("Đăng ký lần đầu, ngày …" under a certificate's
            // title, when the real date line was misread): it is no header line.
            if (date > number) {
                date = -1;
            } else {
                number = -1;
            }
        }
        int dateRest = rest(date, number, DATE_REST);
        int numberRest = rest(number, date, NOTATION_REST);
        boolean header = (number >= 0 || date >= 0) && header(Math.min(number < 0 ? date : number, date < 0 ? number : date));
        if (header) {
            type(number, BlockKind.NUMBER);
            type(numberRest, BlockKind.NUMBER);
            type(date == number ? -1 : date, BlockKind.PLACE_DATE);
            type(dateRest, BlockKind.PLACE_DATE);
        }
        int closingFrom = closing(header);
        if (!header && closingFrom == parts.size()) {
            return DocumentBlocks.NONE;
        }
        int bodyFrom = header ? title(Math.max(Math.max(number, date), Math.max(dateRest, numberRest)) + 1, closingFrom) : 0;
        for (int i = bodyFrom; i < closingFrom; i++) {
            if (kinds[i] == null) {
                kinds[i] = BlockKind.BODY;
            }
        }
        List<DocumentBlock> blocks = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (kinds[i] != null) {
                blocks.add(new DocumentBlock(kinds[i], parts.get(i).lines(), parts.get(i).confidence()));
            }
            // "Số: 729/QĐ-UBND Thoại Sơn, ngày …" read as one row: the line is both blocks.
            if (i == number && date == number) {
                blocks.add(new DocumentBlock(BlockKind.PLACE_DATE, parts.get(i).lines(), parts.get(i).confidence()));
            }
        }
        return new DocumentBlocks(blocks);
    }

    /**
     * The part after a header line that continues it (the rest of a line OCR cut at a blank left for
     * handwriting); -1 when there is none.
     */
    private int rest(int line, int other, Pattern continuation) {
        int next = line + 1;
        return line >= 0 && next < parts.size() && next != other
                && continuation.matcher(fold(parts.get(next).lines().get(0))).find() ? next : -1;
    }

    private void type(int part, BlockKind kind) {
        if (part >= 0) {
            kinds[part] = kind;
        }
    }

    /** The first part of the upper half of the page, before any body, whose first line matches. */
    private int firstInUpperHalf(Pattern line) {
        for (int i = 0; i < parts.size() && parts.get(i).top() < upperHalf; i++) {
            String folded = fold(parts.get(i).lines().get(0));
            if (BODY_START.matcher(folded).find()) {
                return -1;
            }
            if (line.matcher(folded).find()) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Types the parts above the number and place-date lines: the motto in the right column, the agency in
     * the left one. A part spanning both columns (read row by row) is neither. True when either was found.
     */
    private boolean header(int end) {
        boolean found = false;
        for (int i = 0; i < end; i++) {
            ReadingOrder.Block part = parts.get(i);
            boolean motto = MOTTO.matcher(fold(part.text())).find();
            boolean rightColumn = part.left() >= left + RIGHT_COLUMN * width;
            boolean leftColumn = part.right() <= left + (1 - RIGHT_COLUMN) * width;
            if (motto && rightColumn) {
                kinds[i] = BlockKind.MOTTO;
            } else if (!motto && leftColumn) {
                kinds[i] = BlockKind.AGENCY;
            }
            found |= kinds[i] != null;
        }
        return found;
    }

    /**
     * The title under the header: the parts up to the body's first words, a few at most, none of them a
     * full-width paragraph. Returns where the body starts.
     */
    private int title(int from, int closingFrom) {
        int i = from;
        while (i < closingFrom && i - from < MAX_TITLE_BLOCKS) {
            ReadingOrder.Block part = parts.get(i);
            boolean paragraph = part.right() - part.left() > FULL_WIDTH * width && part.lines().size() > 2;
            if (BODY_START.matcher(fold(part.lines().get(0))).find() || paragraph) {
                break;
            }
            kinds[i] = BlockKind.TITLE;
            i++;
        }
        return i;
    }

    /**
     * The closing blocks at the end of the page: the {@code Nơi nhận} list and the right-column parts
     * beside and under it (authority, title, name). Returns where they start; the page's size when there
     * are none. Without a header above, only a recipients list beside a signature is taken for a closing
     * (right-column parts alone at the end of a page could be anything: a page read upside down ends so).
     */
    private int closing(boolean header) {
        int from = parts.size();
        boolean recipients = false;
        boolean signature = false;
        for (int i = parts.size() - 1; i >= 0 && parts.get(i).bottom() > upperHalf && kinds[i] == null; i--) {
            ReadingOrder.Block part = parts.get(i);
            if (!recipients && RECIPIENTS.matcher(fold(part.lines().get(0))).find()) {
                kinds[i] = BlockKind.RECIPIENTS;
                recipients = true;
            } else if (part.left() >= left + RIGHT_COLUMN * width) {
                kinds[i] = BlockKind.SIGNATURE;
                signature = true;
            } else {
                break;
            }
            from = i;
        }
        if (!signature || !(header || recipients)) {
            // Right-column parts alone are a signature; a recipients list alone is not a closing we can trust.
            for (int i = from; i < parts.size(); i++) {
                kinds[i] = null;
            }
            return parts.size();
        }
        return from;
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
