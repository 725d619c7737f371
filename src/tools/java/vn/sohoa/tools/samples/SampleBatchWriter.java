package vn.sohoa.tools.samples;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

import vn.sohoa.tools.samples.PageRenderer.RenderedPage;

/**
 * Writes the committed batch of sample scans: one result of each kind in a different format and scan
 * quality, a byte-identical copy in a subfolder, a truncated PDF, the ground truth text of each
 * document, a manifest and a README.
 *
 * <p>The same seed writes the same bytes: fonts are read from fixed files, randomness comes from the
 * seed, and PDFs carry a fixed date and identifier.
 */
public final class SampleBatchWriter {

    static final String DECISION = "quyet-dinh-cap-phep";
    static final String PERMIT = "giay-phep-xay-dung";
    static final String BUSINESS = "ho-kinh-doanh";
    static final String NOTICE = "thong-bao";
    static final String LETTER = "cong-van-dien-tu";
    /** Bytes of the decision PDF kept in the broken file: the header and part of the first object. */
    private static final int TRUNCATED_LENGTH = 2000;
    /** Scanner paper tone of the colour samples. */
    private static final Color PAPER = new Color(250, 248, 241);
    private static final int THRESHOLD = 150;

    private final long seed;
    private final Calendar pdfDate;

    /** A writer whose batch is fixed by the seed. */
    public SampleBatchWriter(long seed) {
        this.seed = seed;
        this.pdfDate = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        this.pdfDate.clear();
        this.pdfDate.set(2025, Calendar.JANUARY, 6, 9, 0, 0);
    }

    /**
     * Writes the batch into a folder, creating it, and returns the files written.
     *
     * @throws UncheckedIOException when a file cannot be written
     * @throws IllegalStateException when no usable serif font is installed
     */
    public List<Path> write(Path dir) {
        try {
            return writeAll(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the sample batch into " + dir, e);
        }
    }

    private List<Path> writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        FontSet fonts = FontSet.fromSystem();
        Batch batch = new Batch(dir, fonts, new ResultCatalog(seed));
        batch.decision();
        batch.constructionPermit();
        batch.householdBusiness();
        batch.notice();
        batch.officialLetter();
        batch.copyAndTruncated();
        batch.manifest();
        batch.readme(fonts.family());
        return List.copyOf(batch.written);
    }

    /** One run of writing: the tools and the list of files written so far. */
    private final class Batch {
        private final Path dir;
        private final FontSet fonts;
        private final ResultCatalog catalog;
        private final PageRenderer renderer;
        private final SampleFormats formats;
        private final List<Path> written = new ArrayList<>();

        Batch(Path dir, FontSet fonts, ResultCatalog catalog) {
            this.dir = dir;
            this.fonts = fonts;
            this.catalog = catalog;
            this.renderer = new PageRenderer(fonts);
            this.formats = new SampleFormats(pdfDate);
        }

        /** Each file degrades with its own random source, so that one change leaves the others' bytes alone. */
        private ScanDegrader degrader(int file) {
            return new ScanDegrader(seed * 1_000 + file, fonts);
        }

        /** 300 dpi colour, sealed, skewed 1.5°, as JPEG in an image-only PDF. */
        void decision() throws IOException {
            ResultDocument doc = catalog.decision();
            RenderedPage page = renderer.render(doc, 300).get(0);
            BufferedImage scan = colourScan(page, sealText(doc), 1.5, degrader(1));
            Path out = dir.resolve(DECISION + ".pdf");
            formats.writeScannedPdf(List.of(scan), 300, 0.8f, doc.typeName() + " " + doc.numberLine(), out);
            done(out, DECISION, doc);
        }

        /** Two pages, 300 dpi, skewed -1°, bilevel Group 4; greyscale Deflate if Group 4 is refused. */
        void constructionPermit() throws IOException {
            ResultDocument doc = catalog.constructionPermit();
            ScanDegrader degrader = degrader(2);
            List<BufferedImage> grey = new ArrayList<>();
            for (RenderedPage page : renderer.render(doc, 300)) {
                BufferedImage skewed = degrader.skew(page.image(), -1.0);
                grey.add(degrader.toGreyscale(degrader.speckles(skewed, 60, 300)));
            }
            Path out = dir.resolve(PERMIT + ".tif");
            try {
                formats.writeTiff(grey.stream().map(p -> degrader.toBilevel(p, THRESHOLD)).toList(), 300, out);
            } catch (IOException | IllegalArgumentException groupFourRefused) {
                // A writer without Group 4 support: keep the pages readable rather than fail the batch.
                formats.writeTiff(grey, 300, out);
            }
            done(out, PERMIT, doc);
        }

        /** 300 dpi colour JPEG, sealed, skewed 0.8°. */
        void householdBusiness() throws IOException {
            ResultDocument doc = catalog.householdBusinessCertificate();
            RenderedPage page = renderer.render(doc, 300).get(0);
            BufferedImage scan = colourScan(page, sealText(doc), 0.8, degrader(3));
            Path out = dir.resolve(BUSINESS + ".jpg");
            formats.writeJpeg(scan, 300, 0.85f, out);
            done(out, BUSINESS, doc);
        }

        /** 200 dpi greyscale PNG with slight noise and no seal. */
        void notice() throws IOException {
            ResultDocument doc = catalog.notice();
            ScanDegrader degrader = degrader(4);
            BufferedImage page = renderer.render(doc, 200).get(0).image();
            BufferedImage noisy = degrader.noise(degrader.speckles(page, 40, 200), 10, 0.02);
            Path out = dir.resolve(NOTICE + ".png");
            formats.writePng(degrader.toGreyscale(noisy), 200, out);
            done(out, NOTICE, doc);
        }

        /** Born digital: text layer, no scan effects. */
        void officialLetter() throws IOException {
            ResultDocument doc = catalog.officialLetter();
            Path out = dir.resolve(LETTER + ".pdf");
            new BornDigitalPdfWriter(fonts, pdfDate).write(doc, out);
            done(out, LETTER, doc);
        }

        /** Paper tone, seal over the signer, optics blur, skew, then sensor noise and dust, in that order. */
        private BufferedImage colourScan(RenderedPage page, String sealText, double skew, ScanDegrader degrader) {
            BufferedImage image = degrader.tint(page.image(), PAPER);
            if (page.sealSpot().isPresent()) {
                image = degrader.stamp(image, page.sealSpot().get(), sealText);
            }
            image = degrader.skew(degrader.blur(image), skew);
            return degrader.speckles(degrader.noise(image, 6, 0.25), 80, page.dpi());
        }

        /** The agency around the ring, closed by the province, as on a district seal. */
        private String sealText(ResultDocument doc) {
            return String.join(" ", doc.organLines()) + " * TỈNH AN GIANG * ";
        }

        /** A byte-identical copy in a subfolder, and a PDF cut short. */
        void copyAndTruncated() throws IOException {
            Path copy = dir.resolve("trung-lap").resolve(BUSINESS + "-ban-sao.jpg");
            Files.createDirectories(copy.getParent());
            written.add(Files.copy(dir.resolve(BUSINESS + ".jpg"), copy, StandardCopyOption.REPLACE_EXISTING));
            byte[] pdf = Files.readAllBytes(dir.resolve(DECISION + ".pdf"));
            written.add(Files.write(dir.resolve("tep-hong.pdf"), Arrays.copyOf(pdf, TRUNCATED_LENGTH)));
        }

        void manifest() throws IOException {
            StringBuilder csv = new StringBuilder("file,dossierCode,procedureCode,ownerIds\n");
            csv.append(manifestRow(BUSINESS + ".jpg", catalog.householdBusinessCertificate()));
            csv.append(manifestRow(PERMIT + ".tif", catalog.constructionPermit()));
            written.add(Files.writeString(dir.resolve("manifest.csv"), csv.toString(), StandardCharsets.UTF_8));
        }

        private String manifestRow(String file, ResultDocument doc) {
            return String.join(",", file, doc.dossierCode(), doc.procedureCode(), String.join(";", doc.ownerIds()))
                    + "\n";
        }

        void readme(String fontFamily) throws IOException {
            written.add(Files.writeString(dir.resolve("README.md"), new SampleReadme(seed, fontFamily).text(),
                    StandardCharsets.UTF_8));
        }

        /** Records the sample and writes its ground truth beside it. */
        private void done(Path sample, String baseName, ResultDocument doc) throws IOException {
            written.add(sample);
            written.add(Files.writeString(dir.resolve(baseName + ".gt.txt"), doc.groundTruthText(),
                    StandardCharsets.UTF_8));
        }
    }
}
