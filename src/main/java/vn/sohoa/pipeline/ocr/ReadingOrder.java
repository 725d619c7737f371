package vn.sohoa.pipeline.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.sohoa.pipeline.ocr.OcrResult.OcrWord;

/**
 * Puts the words of a page in the order the document is read, from their boxes.
 *
 * <p>Tesseract reads an NĐ 30/2020 page line by line across its width when the columns stand close,
 * so the agency (top left) and the motto (top right), and the {@code Nơi nhận} list (bottom left)
 * and the signer (bottom right), come out interleaved line by line. This splits the page the way
 * such a document is built, by recursive cuts along the empty bands between blocks (an XY cut):
 * first across the page at gaps taller than an ordinary line gap (header / number and date / title /
 * body / recipients and signer), then down each band at the white column between side-by-side
 * blocks, and so on inside each part. The parts are emitted top to bottom and left to right, each
 * part's lines top to bottom; so a two-column header gives the agency, then the motto.
 *
 * <p>The atoms are the engine's text lines, cut where two words stand further apart than any word
 * gap of a justified line (two columns the engine read as one line). Thresholds are relative to the
 * median word height, so they hold at any resolution.
 *
 * <p>{@link #read} gives the text and, from the same cut, the page's standard blocks (agency, motto,
 * number, place-date, title, body, recipients, signature: {@link DocumentBlocks}), which
 * {@link Nd30Layout} tells apart; the field extractors read those instead of guessing from the text.
 */
public final class ReadingOrder {

    /** A band gap across the page at least this many word heights tall separates blocks. */
    private static final double BAND_GAP = 0.75;
    /** A white column at least this many word heights wide separates blocks side by side... */
    private static final double COLUMN_GAP = 2.0;
    /** ...or only this wide when each side has two lines or more (word gaps do not line up down a block). */
    private static final double ALIGNED_COLUMN_GAP = 0.8;
    /** Middles of centred lines agree within this many word heights (print and OCR boxes are not exact). */
    private static final double CENTRED_TOLERANCE = 1.0;
    /** Words of one engine line further apart than this many word heights are in different columns. */
    private static final double SPLIT_GAP = 1.8;

    /** Lines rising or falling more than this (about 0.6°) are too tilted for box cuts. */
    private static final double MAX_SLOPE = 0.01;

    /** "Số: 12/UBND-VX" as OCR reads it ("Số:", "Sô :", "SỐ"). */
    private static final java.util.regex.Pattern NUMBER_LINE = java.util.regex.Pattern.compile("S[ốôoó]\\s*:",
            java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE);

    private ReadingOrder() {
    }

    /**
     * One block of the page (a leaf of the cut): its lines, top to bottom, each a line of text, its box, and
     * the mean confidence of its words (0–1).
     */
    public record Block(List<String> lines, int left, int top, int right, int bottom, double confidence) {

        public String text() {
            return String.join("\n", lines);
        }

        /** Some of its lines, in the same box. */
        Block withLines(List<String> kept) {
            return new Block(List.copyOf(kept), left, top, right, bottom, confidence);
        }
    }

    /**
     * A page read in order: its text, and the standard blocks the same cut found ({@link DocumentBlocks#NONE}
     * when the page does not show the NĐ 30/2020 layout).
     */
    public record Reading(String text, DocumentBlocks blocks) {
    }

    /**
     * Whether the lines lie level enough for box cuts: on a page still skewed by a degree or more (a
     * skew the deskew step left alone, or no deskew), the box of a tilted line spans its neighbours and
     * the cuts find no gaps or wrong ones. Measured on the realistic set without deskew, cutting such
     * pages read them worse than the engine's own order (skewed slice 12.9 vs 9.1 % CER). Judged from
     * the slope of the word bottoms along each engine line of five words or more.
     */
    public static boolean level(List<OcrWord> words) {
        List<Double> slopes = new ArrayList<>();
        for (List<OcrWord> line : lines(words)) {
            if (line.size() < 5) {
                continue;
            }
            List<OcrWord> sorted = line.stream().sorted(Comparator.comparingInt(OcrWord::left)).toList();
            OcrWord first = sorted.get(0);
            OcrWord last = sorted.get(sorted.size() - 1);
            double run = (last.left() + last.right()) / 2.0 - (first.left() + first.right()) / 2.0;
            if (run > 0) {
                slopes.add(Math.abs(medianBottom(sorted.subList(sorted.size() / 2, sorted.size()))
                        - medianBottom(sorted.subList(0, (sorted.size() + 1) / 2))) / (run / 2));
            }
        }
        if (slopes.isEmpty()) {
            return true;
        }
        List<Double> sorted = slopes.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) < MAX_SLOPE;
    }

    /** The median bottom of some words: descenders and commas move single bottoms, not the median. */
    private static double medianBottom(List<OcrWord> words) {
        List<Integer> bottoms = words.stream().map(OcrWord::bottom).sorted().toList();
        return bottoms.get(bottoms.size() / 2);
    }

    /** The page text in reading order, one line per printed line; empty for no words. */
    public static String text(List<OcrWord> words) {
        return read(words).text();
    }

    /**
     * The page text in reading order and its standard blocks, from one cut: the blocks are typed parts of
     * the very cut the text is read from.
     */
    public static Reading read(List<OcrWord> words) {
        List<Block> parts = blocks(words);
        List<String> lines = new ArrayList<>();
        for (Block block : parts) {
            lines.addAll(block.lines());
        }
        return new Reading(String.join("\n", lines), Nd30Layout.of(parts));
    }

    /** The blocks of the page in reading order. */
    public static List<Block> blocks(List<OcrWord> words) {
        List<OcrWord> visible = words.stream().filter(w -> !w.text().isBlank() && w.width() > 0 && w.height() > 0).toList();
        if (visible.isEmpty()) {
            return List.of();
        }
        double height = medianWordHeight(visible);
        List<Segment> segments = segments(visible, height);
        List<Block> blocks = new ArrayList<>();
        cut(segments, height, blocks);
        return numberBeforeDate(blocks, height);
    }

    /**
     * The place-date line follows the number line. A công văn prints its subject ("V/v ...") under the
     * number in the left column, so the cut gives number and subject as one block and the place-date
     * (the single line beside the number) after it; the document reads number, place and date, subject.
     */
    private static List<Block> numberBeforeDate(List<Block> blocks, double height) {
        List<Block> ordered = new ArrayList<>(blocks);
        for (int i = 0; i + 1 < ordered.size(); i++) {
            Block number = ordered.get(i);
            Block beside = ordered.get(i + 1);
            if (number.lines().size() > 1 && NUMBER_LINE.matcher(number.lines().get(0)).lookingAt()
                    && beside.lines().size() == 1 && beside.left() > number.right()
                    && Math.abs(beside.top() - number.top()) < height) {
                List<String> lines = number.lines();
                ordered.set(i, new Block(List.of(lines.get(0)), number.left(), number.top(), number.right(), number.top(),
                        number.confidence()));
                ordered.set(i + 1, beside);
                ordered.add(i + 2, new Block(lines.subList(1, lines.size()), number.left(), number.top(), number.right(),
                        number.bottom(), number.confidence()));
                break;
            }
        }
        return ordered;
    }

    /** A run of words of one line, standing together. */
    private record Segment(List<OcrWord> words, int left, int top, int right, int bottom, boolean solid) {

        static Segment of(List<OcrWord> words, double height) {
            int left = Integer.MAX_VALUE, top = Integer.MAX_VALUE, right = Integer.MIN_VALUE, bottom = Integer.MIN_VALUE;
            boolean letters = false;
            for (OcrWord w : words) {
                left = Math.min(left, w.left());
                top = Math.min(top, w.top());
                right = Math.max(right, w.right());
                bottom = Math.max(bottom, w.bottom());
                letters |= w.text().codePoints().anyMatch(Character::isLetterOrDigit);
            }
            // Dust and rules read as "." or "—" would bridge the gaps the cuts look for.
            boolean solid = letters && bottom - top >= 0.4 * height;
            return new Segment(List.copyOf(words), left, top, right, bottom, solid);
        }

        double middleY() {
            return (top + bottom) / 2.0;
        }

        double middleX() {
            return (left + right) / 2.0;
        }

        String text() {
            StringBuilder text = new StringBuilder();
            for (OcrWord w : words) {
                if (!text.isEmpty()) {
                    text.append(' ');
                }
                text.append(w.text().strip());
            }
            return text.toString();
        }
    }

    private static double medianWordHeight(List<OcrWord> words) {
        List<Integer> heights = words.stream().filter(w -> w.text().strip().length() >= 2).map(OcrWord::height)
                .sorted().toList();
        if (heights.isEmpty()) {
            heights = words.stream().map(OcrWord::height).sorted().toList();
        }
        return Math.max(1, heights.get(heights.size() / 2));
    }

    /** The engine's lines (or lines found from the boxes), cut at gaps wider than any word gap. */
    private static List<Segment> segments(List<OcrWord> words, double height) {
        List<Segment> segments = new ArrayList<>();
        for (List<OcrWord> line : lines(words)) {
            List<OcrWord> sorted = line.stream().sorted(Comparator.comparingInt(OcrWord::left)).toList();
            List<OcrWord> run = new ArrayList<>();
            for (OcrWord word : sorted) {
                if (!run.isEmpty() && word.left() - run.get(run.size() - 1).right() > SPLIT_GAP * height) {
                    segments.add(Segment.of(run, height));
                    run = new ArrayList<>();
                }
                run.add(word);
            }
            segments.add(Segment.of(run, height));
        }
        return segments;
    }

    private static List<List<OcrWord>> lines(List<OcrWord> words) {
        if (words.stream().allMatch(w -> w.line() != OcrWord.UNKNOWN_LINE)) {
            Map<Integer, List<OcrWord>> byLine = new LinkedHashMap<>();
            words.forEach(w -> byLine.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(w));
            return List.copyOf(byLine.values());
        }
        // No line numbers: a word joins the line whose vertical extent holds its middle.
        List<List<OcrWord>> lines = new ArrayList<>();
        List<OcrWord> sorted = words.stream().sorted(Comparator.comparingInt(OcrWord::top)).toList();
        for (OcrWord word : sorted) {
            double middle = (word.top() + word.bottom()) / 2.0;
            List<OcrWord> home = null;
            for (List<OcrWord> line : lines) {
                int top = line.stream().mapToInt(OcrWord::top).min().orElseThrow();
                int bottom = line.stream().mapToInt(OcrWord::bottom).max().orElseThrow();
                if (middle >= top && middle <= bottom) {
                    home = line;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                lines.add(home);
            }
            home.add(word);
        }
        return lines;
    }

    private static void cut(List<Segment> segments, double height, List<Block> out) {
        List<List<Segment>> bands = split(segments, height, true);
        if (bands.size() > 1) {
            bands.forEach(band -> cut(band, height, out));
            return;
        }
        List<List<Segment>> columns = split(segments, height, false);
        if (columns.size() > 1) {
            columns.forEach(column -> cut(column, height, out));
            return;
        }
        out.add(leaf(segments));
    }

    /**
     * Splits at the empty bands (across, {@code horizontal}) or columns (down) of the solid segments;
     * every segment goes to the part holding its middle. One part when there is no such gap.
     */
    private static List<List<Segment>> split(List<Segment> segments, double height, boolean horizontal) {
        List<Segment> solid = segments.stream().filter(Segment::solid).toList();
        if (solid.size() < 2) {
            return List.of(segments);
        }
        List<int[]> spans = solid.stream()
                .map(s -> horizontal ? new int[] {s.top(), s.bottom()} : new int[] {s.left(), s.right()})
                .sorted(Comparator.comparingInt(span -> span[0])).toList();
        List<Double> cuts = new ArrayList<>();
        int reach = spans.get(0)[1];
        for (int[] span : spans.subList(1, spans.size())) {
            int gap = span[0] - reach;
            if (gap > 0 && accepted(gap, reach, span[0], solid, height, horizontal)) {
                cuts.add(reach + gap / 2.0);
            }
            reach = Math.max(reach, span[1]);
        }
        if (cuts.isEmpty()) {
            return List.of(segments);
        }
        List<List<Segment>> parts = new ArrayList<>();
        for (int i = 0; i <= cuts.size(); i++) {
            parts.add(new ArrayList<>());
        }
        for (Segment segment : segments) {
            double at = horizontal ? segment.middleY() : segment.middleX();
            int part = 0;
            while (part < cuts.size() && at > cuts.get(part)) {
                part++;
            }
            parts.get(part).add(segment);
        }
        List<List<Segment>> nonEmpty = parts.stream().filter(p -> !p.isEmpty()).toList();
        return nonEmpty.size() > 1 ? nonEmpty : List.of(segments);
    }

    /**
     * A white band down the page separates blocks when it is wide (a single line on a side needs
     * {@link #COLUMN_GAP}), or narrower when each side has two lines or more. Blocks set side by side in an
     * NĐ 30 page are centred (agency, motto, signer), while the two columns of a form ("Tên hộ kinh doanh:
     * | TẠP HÓA HÀ") are flush left and read row by row: two multi-line sides are only cut apart when one
     * of them is centred.
     */
    private static boolean accepted(int gap, int before, int after, List<Segment> solid, double height, boolean horizontal) {
        if (horizontal) {
            return gap >= BAND_GAP * height;
        }
        List<Segment> left = solid.stream().filter(s -> s.right() <= before).toList();
        List<Segment> right = solid.stream().filter(s -> s.left() >= after).toList();
        if (left.size() >= 2 && right.size() >= 2) {
            return gap >= ALIGNED_COLUMN_GAP * height && (centred(left, height) || centred(right, height));
        }
        return gap >= COLUMN_GAP * height;
    }

    /**
     * Lines sharing their middle: a centred block (or flush-left lines of about one width, which read the
     * same either way).
     */
    private static boolean centred(List<Segment> lines, double height) {
        double min = lines.stream().mapToDouble(Segment::middleX).min().orElse(0);
        double max = lines.stream().mapToDouble(Segment::middleX).max().orElse(0);
        return max - min <= CENTRED_TOLERANCE * height;
    }

    /** A block's segments as lines: top to bottom, segments side by side on one row joined left to right. */
    private static Block leaf(List<Segment> segments) {
        List<Segment> sorted = segments.stream().sorted(Comparator.comparingDouble(Segment::middleY)).toList();
        List<List<Segment>> rows = new ArrayList<>();
        for (Segment segment : sorted) {
            List<Segment> row = rows.isEmpty() ? null : rows.get(rows.size() - 1);
            if (row != null && overlapsVertically(row, segment)) {
                row.add(segment);
            } else {
                rows.add(new ArrayList<>(List.of(segment)));
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<Segment> row : rows) {
            StringBuilder line = new StringBuilder();
            for (Segment segment : row.stream().sorted(Comparator.comparingInt(Segment::left)).toList()) {
                if (!line.isEmpty()) {
                    line.append(' ');
                }
                line.append(segment.text());
            }
            lines.add(line.toString());
        }
        double confidence = segments.stream().flatMap(s -> s.words().stream()).mapToDouble(OcrWord::confidence)
                .average().orElse(0) / 100.0;
        return new Block(List.copyOf(lines), segments.stream().mapToInt(Segment::left).min().orElse(0),
                segments.stream().mapToInt(Segment::top).min().orElse(0),
                segments.stream().mapToInt(Segment::right).max().orElse(0),
                segments.stream().mapToInt(Segment::bottom).max().orElse(0), confidence);
    }

    /**
     * True when the segment and the row's first segment share a printed line (the middle of either within
     * the other's height) and do not overlap side by side.
     */
    private static boolean overlapsVertically(List<Segment> row, Segment segment) {
        Segment first = row.get(0);
        boolean sameLine = (segment.middleY() > first.top() && segment.middleY() < first.bottom())
                || (first.middleY() > segment.top() && first.middleY() < segment.bottom());
        return sameLine && row.stream().noneMatch(s -> s.right() > segment.left() && segment.right() > s.left());
    }
}
