package vn.sohoa.tools.bench;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * The tools Sohoa is compared with, run on the same pages: bare {@code tesseract} (the bound:
 * single-threaded engines, as many at once as there are cores) and OCRmyPDF when installed.
 */
final class ExternalOcrRuns {

    private ExternalOcrRuns() {
    }

    /** Seconds for bare Tesseract to read every page, {@code parallel} processes at a time. */
    static double bareTesseract(List<Path> pages, int parallel, String languages) {
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        long started = System.nanoTime();
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (Path page : pages) {
                runs.add(pool.submit(() -> run(List.of("tesseract", page.toString(), "stdout", "-l", languages))));
            }
            for (Future<?> run : runs) {
                run.get();
            }
            return (System.nanoTime() - started) / 1e9;
        } catch (Exception e) {
            throw new IllegalStateException("bare tesseract run failed: " + e.getMessage(), e);
        } finally {
            pool.shutdownNow();
        }
    }

    static boolean ocrmypdfInstalled() {
        try {
            return new ProcessBuilder("ocrmypdf", "--version").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Seconds for OCRmyPDF to make a PDF/A of all pages (as one image-only PDF) with {@code jobs} workers. */
    static double ocrmypdf(List<Path> pages, Path work, int jobs) {
        Path input = work.resolve("all-pages.pdf");
        imagePdf(pages, input);
        long started = System.nanoTime();
        run(List.of("ocrmypdf", "-l", "vie", "--jobs", String.valueOf(jobs), "--output-type", "pdfa",
                input.toString(), work.resolve("ocrmypdf-out.pdf").toString()));
        return (System.nanoTime() - started) / 1e9;
    }

    private static void imagePdf(List<Path> pages, Path out) {
        try (PDDocument pdf = new PDDocument()) {
            for (Path page : pages) {
                BufferedImage image = ImageIO.read(page.toFile());
                PDImageXObject xobject = LosslessFactory.createFromImage(pdf, image);
                float scale = 72f / 300f;
                PDPage pdfPage = new PDPage(new PDRectangle(image.getWidth() * scale, image.getHeight() * scale));
                pdf.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(pdf, pdfPage)) {
                    content.drawImage(xobject, 0, 0, pdfPage.getMediaBox().getWidth(), pdfPage.getMediaBox().getHeight());
                }
            }
            pdf.save(out.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + out, e);
        }
    }

    private static Void run(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(new File("/dev/null"));
            builder.environment().put("OMP_THREAD_LIMIT", "1");
            Process process = builder.start();
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed");
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
