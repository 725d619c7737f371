package vn.sohoa.tools.samples;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TimeZone;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.pipeline.split.SeparatorSheet;
import vn.sohoa.tools.samples.PageRenderer.RenderedPage;

/**
 * Writes a field evaluation set: many synthetic results of seven kinds, each scanned with the
 * degradations of real scans (seal, blur, skew, noise, speckles, bilevel, 200 dpi), half of them
 * with the procedure system's QR code top left (JSON, key=value or a bare dossier code), some with
 * a manifest row, plus two stacks to split (separator sheet; a new dossier's QR code). Beside each
 * scan, {@code NAME.fields.json} holds the truth: the documents of the file by page range and their
 * record fields.
 */
public final class FieldEvaluationSetWriter {

    /** Kinds in turn; each document draws its own people, dates and numbers from the seed. */
    private static final List<Function<ResultCatalog, ResultDocument>> KINDS = List.of(
            ResultCatalog::decision, ResultCatalog::constructionPermit, ResultCatalog::householdBusinessCertificate,
            ResultCatalog::landUseDecision, ResultCatalog::birthRegistrationExtract, ResultCatalog::notice,
            ResultCatalog::officialLetter);
    private static final Pattern NUMBER_LINE = Pattern.compile("Số: (\\d+)(?:/(.+))?");
    private static final Pattern DATE = Pattern.compile("ngày (\\d+) tháng (\\d+) năm (\\d{4})");
    private static final Color PAPER = new Color(250, 248, 241);

    private final long seed;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Calendar pdfDate = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));

    public FieldEvaluationSetWriter(long seed) {
        this.seed = seed;
        pdfDate.clear();
        pdfDate.set(2025, Calendar.JANUARY, 6, 9, 0, 0);
    }

    /** One document of the set: how it was scanned and its ground truth. */
    private record Scan(List<BufferedImage> pages, int dpi, boolean bornDigital) {
    }

    /**
     * Writes {@code count} single documents and the two stacks into {@code dir}; returns the scans.
     *
     * @throws UncheckedIOException when a file cannot be written
     */
    public List<Path> write(Path dir, int count) {
        try {
            Files.createDirectories(dir);
            FontSet fonts = FontSet.fromSystem();
            List<Path> scans = new ArrayList<>();
            StringBuilder manifest = new StringBuilder("file,dossierCode,procedureCode,ownerIds\n");
            for (int i = 0; i < count; i++) {
                scans.add(single(dir, fonts, i, manifest));
            }
            scans.add(separatorStack(dir, fonts));
            scans.add(dossierStack(dir, fonts));
            Files.writeString(dir.resolve("manifest.csv"), manifest, StandardCharsets.UTF_8);
            return scans;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the field evaluation set into " + dir, e);
        }
    }

    private Path single(Path dir, FontSet fonts, int i, StringBuilder manifest) throws IOException {
        Random random = new Random(seed * 7919 + i);
        ResultDocument doc = renumbered(KINDS.get(i % KINDS.size()).apply(new ResultCatalog(seed + i)), random);
        String name = String.format("%03d-%s", i, doc.kind().name().toLowerCase().replace('_', '-'));
        boolean bornDigital = i % 10 == 9;
        boolean qr = !bornDigital && i % 2 == 0;
        int profile = i % 4;
        Path out;
        Scan scan;
        if (bornDigital) {
            out = dir.resolve(name + ".pdf");
            new BornDigitalPdfWriter(fonts, pdfDate).write(doc, out);
            scan = new Scan(List.of(), 0, true);
        } else {
            scan = scan(doc, fonts, profile, qr ? payload(doc, i / 2 % 3) : null, seed * 1000 + i);
            out = writeScan(dir, name, scan, profile, doc);
        }
        boolean inManifest = i % 6 == 5;
        if (inManifest) {
            manifest.append(String.join(",", out.getFileName().toString(), doc.dossierCode(), doc.procedureCode(),
                    String.join(";", doc.ownerIds()))).append('\n');
        }
        int pages = doc.pageCount();
        writeTruth(dir, name, List.of(part(1, pages, truth(doc, pages, bornDigital))));
        return out;
    }

    /** Decision numbers, dates aside, are the catalog's; a set of many needs many numbers. */
    private static ResultDocument renumbered(ResultDocument doc, Random random) {
        Matcher m = NUMBER_LINE.matcher(doc.numberLine());
        if (!m.matches() || m.group(2) == null) {
            return doc;
        }
        return doc.withNumberLine("Số: " + (1 + random.nextInt(2400)) + "/" + m.group(2));
    }

    /** The procedure system's payload in one of the three encodings seen. */
    private static String payload(ResultDocument doc, int style) {
        String owner = doc.ownerIds().get(0);
        switch (style) {
            case 0:
                return "{\"maHoSo\":\"" + doc.dossierCode() + "\",\"maTTHC\":\"" + doc.procedureCode()
                        + "\",\"soDinhDanh\":\"" + owner + "\"}";
            case 1:
                return "MaHoSo=" + doc.dossierCode() + ";MaTTHC=" + doc.procedureCode() + ";SoDinhDanh=" + owner;
            default:
                return doc.dossierCode();
        }
    }

    private Scan scan(ResultDocument doc, FontSet fonts, int profile, String qrPayload, long degraderSeed) {
        int dpi = profile == 1 ? 200 : 300;
        ScanDegrader degrader = new ScanDegrader(degraderSeed, fonts);
        List<BufferedImage> pages = new ArrayList<>();
        boolean first = true;
        for (RenderedPage page : new PageRenderer(fonts).render(doc, dpi)) {
            BufferedImage image = page.image();
            if (first && qrPayload != null) {
                image = withQr(image, qrPayload, dpi);
            }
            first = false;
            pages.add(degrade(page, image, doc, profile, degrader));
        }
        return new Scan(pages, dpi, false);
    }

    private static BufferedImage degrade(RenderedPage page, BufferedImage image, ResultDocument doc, int profile,
                                         ScanDegrader degrader) {
        switch (profile) {
            case 0: {
                BufferedImage tinted = degrader.tint(image, PAPER);
                if (page.sealSpot().isPresent()) {
                    tinted = degrader.stamp(tinted, page.sealSpot().get(), String.join(" ", doc.organLines()) + " * TỈNH AN GIANG * ");
                }
                return degrader.speckles(degrader.noise(degrader.skew(degrader.blur(tinted), 1.2), 6, 0.25), 80, page.dpi());
            }
            case 1:
                return degrader.toGreyscale(degrader.noise(degrader.speckles(image, 40, page.dpi()), 10, 0.02));
            case 2:
                return degrader.toBilevel(degrader.toGreyscale(degrader.speckles(degrader.skew(image, -0.8), 60, page.dpi())), 150);
            default: {
                BufferedImage tinted = degrader.tint(image, PAPER);
                if (page.sealSpot().isPresent()) {
                    tinted = degrader.stamp(tinted, page.sealSpot().get(), String.join(" ", doc.organLines()) + " * TỈNH AN GIANG * ");
                }
                return degrader.skew(tinted, 0.5);
            }
        }
    }

    private Path writeScan(Path dir, String name, Scan scan, int profile, ResultDocument doc) throws IOException {
        SampleFormats formats = new SampleFormats(pdfDate);
        boolean onePage = scan.pages().size() == 1;
        if (profile == 1 && onePage) {
            Path out = dir.resolve(name + ".png");
            formats.writePng(scan.pages().get(0), scan.dpi(), out);
            return out;
        }
        if (profile == 2) {
            Path out = dir.resolve(name + ".tif");
            try {
                formats.writeTiff(scan.pages(), scan.dpi(), out);
            } catch (IOException | IllegalArgumentException refused) {
                formats.writeTiff(scan.pages().stream().map(p -> new ScanDegrader(0, null).toGreyscale(p)).toList(), scan.dpi(), out);
            }
            return out;
        }
        if (profile == 3 && onePage) {
            Path out = dir.resolve(name + ".jpg");
            formats.writeJpeg(scan.pages().get(0), scan.dpi(), 0.85f, out);
            return out;
        }
        Path out = dir.resolve(name + ".pdf");
        formats.writeScannedPdf(scan.pages(), scan.dpi(), 0.8f, doc.typeName() + " " + doc.numberLine(), out);
        return out;
    }

    /** A decision, a separator sheet, a two-page permit: two records, the sheet dropped. */
    private Path separatorStack(Path dir, FontSet fonts) throws IOException {
        ResultDocument decision = renumbered(new ResultCatalog(seed + 1001).decision(), new Random(seed + 1001));
        ResultDocument permit = new ResultCatalog(seed + 1002).constructionPermit();
        List<BufferedImage> pages = new ArrayList<>(scan(decision, fonts, 3, null, seed + 1001).pages());
        pages.add(new ScanDegrader(seed + 1003, fonts).skew(new SeparatorSheet(fonts.font(FontSet.Face.REGULAR, 12)).render(300), 0.7));
        pages.addAll(scan(permit, fonts, 3, null, seed + 1002).pages());
        Path out = dir.resolve("900-stack-separator.pdf");
        new SampleFormats(pdfDate).writeScannedPdf(pages, 300, 0.8f, "Stack with a separator sheet", out);
        writeTruth(dir, "900-stack-separator", List.of(part(1, 1, truth(decision, 1, false)),
                part(3, 4, truth(permit, 2, false))));
        return out;
    }

    /** A two-page permit and a notice, each with its own dossier's QR code, no sheet between them. */
    private Path dossierStack(Path dir, FontSet fonts) throws IOException {
        ResultDocument permit = new ResultCatalog(seed + 2001).constructionPermit();
        ResultDocument notice = new ResultCatalog(seed + 2002).notice();
        List<BufferedImage> pages = new ArrayList<>(scan(permit, fonts, 3, payload(permit, 0), seed + 2001).pages());
        pages.addAll(scan(notice, fonts, 3, payload(notice, 1), seed + 2002).pages());
        Path out = dir.resolve("901-stack-dossiers.pdf");
        new SampleFormats(pdfDate).writeScannedPdf(pages, 300, 0.8f, "Stack of two dossiers", out);
        writeTruth(dir, "901-stack-dossiers", List.of(part(1, 2, truth(permit, 2, false)), part(3, 3, truth(notice, 1, false))));
        return out;
    }

    /** The QR code where the procedure system prints it: the top-left corner, in the margin. */
    private static BufferedImage withQr(BufferedImage page, String payload, int dpi) {
        int size = (int) (dpi * 0.62);
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 1);
        hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
        BufferedImage copy = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(page, 0, 0, null);
            g.drawImage(MatrixToImageWriter.toBufferedImage(new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE,
                    size, size, hints)), (int) (dpi * 0.15), (int) (dpi * 0.12), null);
        } catch (WriterException e) {
            throw new IllegalStateException("A dossier payload always fits a QR code", e);
        } finally {
            g.dispose();
        }
        return copy;
    }

    private static Map<String, Object> part(int first, int last, Map<String, Object> fields) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("firstPage", first);
        part.put("lastPage", last);
        part.put("fields", fields);
        return part;
    }

    /** The record fields a perfect extraction gives for the document. */
    static Map<String, Object> truth(ResultDocument doc, int pages, boolean bornDigital) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("typeName", doc.hasTypeName() ? doc.typeName() : "CÔNG VĂN");
        Matcher number = NUMBER_LINE.matcher(doc.numberLine());
        if (number.matches()) {
            fields.put("codeNumber", number.group(1));
            if (number.group(2) != null) {
                fields.put("codeNotation", number.group(2));
            }
            fields.put("documentNumber", number.group(2) == null ? number.group(1) : number.group(1) + "/" + number.group(2));
        }
        Matcher date = DATE.matcher(doc.placeDateLine());
        if (date.find()) {
            fields.put("issuedDate", String.format("%s-%02d-%02d", date.group(3), Integer.parseInt(date.group(2)),
                    Integer.parseInt(date.group(1))));
        }
        fields.put("organName", String.join(" ", doc.organLines()));
        fields.put("subject", String.join(" ", doc.subjectLines()));
        fields.put("signerPosition", String.join(" / ", doc.signerPositionLines()));
        fields.put("signerName", doc.signerName());
        fields.put("dossierCode", doc.dossierCode());
        fields.put("procedureCode", doc.procedureCode());
        fields.put("ownerIds", doc.ownerIds());
        fields.put("pageAmount", String.valueOf(pages));
        fields.put("language", "vi");
        fields.put("confidenceLevel", bornDigital ? "01 Gốc điện tử" : "02 Số hóa");
        return fields;
    }

    private void writeTruth(Path dir, String name, List<Map<String, Object>> parts) throws IOException {
        Files.write(dir.resolve(name + ".fields.json"),
                json.writerWithDefaultPrettyPrinter().writeValueAsBytes(Map.of("parts", parts)));
    }
}
