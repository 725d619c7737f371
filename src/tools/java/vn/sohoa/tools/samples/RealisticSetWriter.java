package vn.sohoa.tools.samples;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.tools.samples.PageRenderer.RenderedPage;

/**
 * Writes the realistic OCR evaluation set: pages as a one-stop shop actually scans them. Two thirds
 * are clean upright 200-dpi office prints in the Times-metric face (NĐ 30/2020 layout: two-column
 * header, number and place-date line, centred title, justified body, {@code Nơi nhận} list beside the
 * signer), the rest one degradation each: skewed, turned, sealed, or scanned at low resolution.
 * Each page's slice is listed in {@value #SLICES} so that {@code eval-ocr} reports every slice apart
 * (a step that helps turned pages must not be paid for by clean ones). The same seed writes the same
 * set on any machine (the font is loaded from a fixed file, see {@link FontSet}).
 */
public final class RealisticSetWriter {

    /** Pages in the default set: small, since every evaluation runs Tesseract on each page. */
    public static final int DEFAULT_PAGES = 24;
    /** The file listing each page's slice: {@code NAME<TAB>slice} per line. */
    public static final String SLICES = "slices.tsv";
    private static final int KINDS = 5;
    private static final Color OFFICE_PAPER = new Color(250, 250, 247);

    /** How a page is degraded; the clean pages are the majority, as in a real batch. */
    public enum Slice {
        CLEAN, SKEWED, TURNED, SEAL, LOW_DPI;

        /** The name in reports and in {@value #SLICES}. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Eight clean pages in twelve, then one of each degradation. */
    private static final Slice[] CYCLE = {Slice.CLEAN, Slice.CLEAN, Slice.SKEWED, Slice.CLEAN, Slice.CLEAN, Slice.TURNED,
            Slice.CLEAN, Slice.CLEAN, Slice.SEAL, Slice.CLEAN, Slice.CLEAN, Slice.LOW_DPI};
    private static final int[] TURNS = {180, 90, 270};

    /** Recipients lists as printed under "Nơi nhận:". */
    private static final List<List<String>> RECIPIENTS = List.of(
            List.of("Nơi nhận:", "- Như Điều 3;", "- Chủ tịch, các PCT UBND huyện;", "- Lưu: VT."),
            List.of("Nơi nhận:", "- Như trên;", "- Sở Tài nguyên và Môi trường;", "- UBND xã;", "- Lưu: VT, VP."),
            List.of("Nơi nhận:", "- Đương sự;", "- Phòng Kinh tế và Hạ tầng;", "- Lưu: VT."));

    private final long seed;
    private final JsonMapper json = JsonMapper.builder().build();

    public RealisticSetWriter(long seed) {
        this.seed = seed;
    }

    /**
     * The fields the header of the page carries, for {@code eval-fields}: type, number, date, agency. A
     * blank number or day is expected absent (JSON null): read as anything, it would be invented.
     */
    private void writeHeaderFields(Path file, ResultDocument doc, boolean blankNumber, boolean blankDay) throws IOException {
        Map<String, Object> all = FieldEvaluationSetWriter.truth(doc, 1, false);
        Map<String, Object> fields = new LinkedHashMap<>();
        for (String key : List.of("typeName", "codeNumber", "codeNotation", "documentNumber", "issuedDate", "organName")) {
            if (all.containsKey(key)) {
                fields.put(key, all.get(key));
            }
        }
        if (blankNumber) {
            fields.put("codeNumber", null);
            fields.put("documentNumber", null);
            fields.put("codeNotation", doc.numberLine().substring(doc.numberLine().indexOf('/') + 1));
        }
        if (blankDay) {
            fields.put("issuedDate", null);
        }
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("firstPage", 1);
        part.put("lastPage", 1);
        part.put("fields", fields);
        Files.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(Map.of("parts", List.of(part))));
    }

    /** One page of the set and how it was made. */
    public record Page(String name, Slice slice, int dpi, double skew, int rotation) {
    }

    /** Writes {@code count} pages and their slices into {@code dir}. */
    public List<Page> write(Path dir, int count) {
        FontSet fonts = FontSet.fromSystem();
        try {
            Files.createDirectories(dir);
            Random random = new Random(seed);
            List<Page> pages = new ArrayList<>();
            StringBuilder slices = new StringBuilder();
            for (int i = 0; i < count; i++) {
                Page page = writePage(dir, i, fonts, random);
                pages.add(page);
                slices.append(page.name()).append('\t').append(page.slice().label()).append('\n');
            }
            Files.writeString(dir.resolve(SLICES), slices, StandardCharsets.UTF_8);
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the realistic evaluation set into " + dir, e);
        }
    }

    private Page writePage(Path dir, int i, FontSet fonts, Random random) throws IOException {
        Slice slice = CYCLE[i % CYCLE.length];
        ScanDegrader degrader = new ScanDegrader(random.nextLong(), fonts);
        ResultDocument doc = new ResultCatalog(seed + i / KINDS).all().get(i % KINDS)
                .withRecipients(RECIPIENTS.get(i % RECIPIENTS.size()));
        boolean blankNumber = i % CYCLE.length == 4 && doc.numberLine().contains("/");
        boolean blankDay = i % CYCLE.length == 10;
        if (blankNumber) {
            // The number is written in by hand when the document is registered: printed blank.
            doc = doc.withNumberLine("Số:        " + doc.numberLine().substring(doc.numberLine().indexOf('/')));
        }
        if (blankDay) {
            doc = doc.withPlaceDateLine(doc.placeDateLine().replaceFirst("ngày \\d+", "ngày      "));
        }
        int dpi = slice == Slice.LOW_DPI ? 150 : 200;
        List<RenderedPage> rendered = new PageRenderer(fonts).render(doc, dpi);
        // The first page carries the header; a second page only the rest of the body and the signer.
        int pageIndex = rendered.size() > 1 && (i / KINDS) % 2 == 1 ? rendered.size() - 1 : 0;
        RenderedPage page = rendered.get(pageIndex);

        // A sheet on a flatbed is never exactly square; below 0.2° no deskew is done and none is needed.
        double skew = slice == Slice.SKEWED ? (random.nextBoolean() ? 1 : -1) * (1.5 + random.nextInt(26) / 10.0)
                : Math.round((random.nextDouble() * 0.3 - 0.15) * 100) / 100.0;
        int rotation = slice == Slice.TURNED ? TURNS[(i / CYCLE.length) % TURNS.length] : 0;

        BufferedImage image = degrader.tint(page.image(), OFFICE_PAPER);
        if (slice == Slice.SEAL && page.sealSpot().isPresent()) {
            image = degrader.stamp(image, page.sealSpot().get(), String.join(" ", doc.organLines()) + " * TỈNH AN GIANG * ");
        }
        if (slice == Slice.LOW_DPI) {
            image = degrader.blur(image);
        }
        image = degrader.skew(image, skew);
        image = degrader.noise(image, 3, 0.05);
        image = degrader.speckles(image, 10 + random.nextInt(20), dpi);
        image = EvaluationSetWriter.quarterTurn(image, rotation);

        String name = String.format("real-%02d-%s-%s-%d", i + 1, slice.label(), doc.kind().name().toLowerCase(Locale.ROOT)
                .replace('_', '-'), dpi);
        SampleFormats formats = new SampleFormats(java.util.Calendar.getInstance());
        String file;
        // Office scanners deliver JPEG in colour (seals) or greyscale PNG.
        if (slice == Slice.SEAL || i % 2 == 0) {
            file = name + ".jpg";
            formats.writeJpeg(image, dpi, 0.85f, dir.resolve(file));
        } else {
            file = name + ".png";
            formats.writePng(degrader.toGreyscale(image), dpi, dir.resolve(file));
        }
        String truth = doc.groundTruthText().split("\f")[pageIndex];
        Files.writeString(dir.resolve(name + ".gt.txt"), truth, StandardCharsets.UTF_8);
        if (pageIndex == 0) {
            writeHeaderFields(dir.resolve(name + ".fields.json"), doc, blankNumber, blankDay);
        }
        return new Page(file, slice, dpi, skew, rotation);
    }
}
