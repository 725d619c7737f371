package vn.sohoa.tools.bench;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

import vn.sohoa.tools.samples.BornDigitalPdfWriter;
import vn.sohoa.tools.samples.FontSet;
import vn.sohoa.tools.samples.PageRenderer;
import vn.sohoa.tools.samples.ResultCatalog;
import vn.sohoa.tools.samples.ResultDocument;
import vn.sohoa.tools.samples.SampleFormats;
import vn.sohoa.tools.samples.ScanDegrader;

/**
 * Generates the benchmark's pages: one-page scans in rotating formats (300-dpi colour JPEG,
 * 200-dpi grey PNG, 300-dpi CCITT G4 TIFF, scanned PDF), realistic Vietnamese results from the
 * sample generator, slightly skewed and noisy. Beside each scan it keeps a PNG of the same page
 * for the bare-Tesseract bound (Tesseract's command line reads no PDF).
 */
final class BenchBatchWriter {

    /** What was generated: the batch folder and, page by page, the images for the bound. */
    record BenchPages(Path batch, List<Path> pageImages) {
    }

    private final FontSet fonts = FontSet.fromSystem();
    private final SampleFormats formats = new SampleFormats(new GregorianCalendar(2025, Calendar.JANUARY, 6));

    BenchPages scans(Path dir, int pages, long seed) {
        try {
            Path batch = Files.createDirectories(dir.resolve("batch"));
            Path bare = Files.createDirectories(dir.resolve("bare"));
            List<Path> images = new ArrayList<>();
            Random random = new Random(seed);
            PageRenderer renderer = new PageRenderer(fonts);
            ScanDegrader degrader = new ScanDegrader(seed, fonts);
            for (int i = 0; i < pages; i++) {
                ResultDocument doc = pick(new ResultCatalog(seed + i), i);
                int dpi = i % 4 == 1 ? 200 : 300;
                BufferedImage page = degrader.noise(degrader.skew(renderer.render(doc, dpi).get(0).image(),
                        random.nextDouble() * 2 - 1), 6, 0.002);
                writeScan(batch, i, page, dpi, degrader);
                Path png = bare.resolve(String.format("page-%04d.png", i));
                ImageIO.write(page, "png", png.toFile());
                images.add(png);
            }
            return new BenchPages(batch, images);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write benchmark pages into " + dir, e);
        }
    }

    Path bornDigital(Path dir, int documents, long seed) {
        try {
            Path batch = Files.createDirectories(dir.resolve("born-digital"));
            BornDigitalPdfWriter writer = new BornDigitalPdfWriter(fonts, new GregorianCalendar(2025, Calendar.JANUARY, 6));
            for (int i = 0; i < documents; i++) {
                writer.write(pick(new ResultCatalog(seed + i), i), batch.resolve(String.format("cong-van-%04d.pdf", i)));
            }
            return batch;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write born-digital PDFs into " + dir, e);
        }
    }

    private void writeScan(Path batch, int i, BufferedImage page, int dpi, ScanDegrader degrader) throws IOException {
        String name = String.format("trang-%04d", i);
        switch (i % 4) {
            case 0 -> formats.writeJpeg(degrader.tint(page, new Color(250, 248, 241)), dpi, 0.85f, batch.resolve(name + ".jpg"));
            case 1 -> formats.writePng(degrader.toGreyscale(page), dpi, batch.resolve(name + ".png"));
            case 2 -> formats.writeTiff(List.of(degrader.toBilevel(page, 150)), dpi, batch.resolve(name + ".tif"));
            default -> formats.writeScannedPdf(List.of(page), dpi, 0.8f, name, batch.resolve(name + ".pdf"));
        }
    }

    private static ResultDocument pick(ResultCatalog catalog, int i) {
        List<ResultDocument> all = catalog.all();
        return all.get(i % all.size());
    }
}
