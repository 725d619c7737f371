package vn.sohoa.pipeline.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.failure.QuarantineReason;
import vn.sohoa.failure.UnreadableDocumentException;
import vn.sohoa.pipeline.intake.ContentHasher;
import vn.sohoa.pipeline.intake.IntakeProperties;
import vn.sohoa.pipeline.intake.MediaTypeDetector;
import vn.sohoa.pipeline.intake.ScanFile;
import vn.sohoa.tools.samples.SampleFormats;

class ScanDocumentOpenerTests {

    private static final long MAX_PIXELS = 50_000_000L;

    @TempDir
    Path dir;

    private final ScanDocumentOpener opener = new ScanDocumentOpener(new PagesProperties(150, 300, 25, 0.5),
            new IntakeProperties(List.of(), MAX_PIXELS, 10));

    /** A scanned page is rendered at its scan's resolution, never above the configured one: no interpolated pixels for OCR. */
    @Test
    void aScannedPdfPageIsRenderedAtItsScansOwnResolution() throws IOException {
        ScanDocumentOpener upTo300 = new ScanDocumentOpener(new PagesProperties(300, 300, 25, 0.5), new IntakeProperties(List.of(), MAX_PIXELS, 10));
        ScanDocumentOpener upTo150 = new ScanDocumentOpener(new PagesProperties(150, 300, 25, 0.5), new IntakeProperties(List.of(), MAX_PIXELS, 10));
        BufferedImage a4At200 = new BufferedImage(1654, 2339, BufferedImage.TYPE_BYTE_GRAY);
        Path pdf = dir.resolve("scan-200.pdf");
        new SampleFormats(new GregorianCalendar(2025, Calendar.JANUARY, 6)).writeScannedPdf(List.of(a4At200), 200, 0.8f, "scan", pdf);

        try (ScanDocument document = upTo300.open(scan(pdf))) {
            assertThat(document.page(1)).isInstanceOfSatisfying(PageContent.Image.class, p -> {
                assertThat(p.dpi()).isEqualTo(200);
                assertThat(p.image().getWidth()).isBetween(1652, 1656);
            });
        }
        try (ScanDocument document = upTo150.open(scan(pdf))) {
            assertThat(document.page(1)).isInstanceOfSatisfying(PageContent.Image.class, p -> assertThat(p.dpi()).isEqualTo(150));
        }
    }

    @Test
    void aPdfWithATextLayerGivesItsTextAndAnEmptyPageIsRenderedForOcr() throws IOException {
        Path pdf = dir.resolve("doc.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(textPage(doc, "Decision on the construction permit for the applicant"));
            doc.addPage(new PDPage());
            doc.save(pdf.toFile());
        }
        try (ScanDocument document = opener.open(scan(pdf))) {
            assertThat(document.pageCount()).isEqualTo(2);
            assertThat(document.page(1)).isInstanceOfSatisfying(PageContent.TextLayer.class,
                    p -> assertThat(p.text()).contains("construction permit"));
            assertThat(document.page(2)).isInstanceOfSatisfying(PageContent.Image.class,
                    p -> assertThat(p.dpi()).isEqualTo(150));
        }
    }

    @Test
    void readsEveryPageOfAMultiPageTiffWithItsResolution() throws IOException {
        Path tiff = dir.resolve("two.tif");
        var writer = ImageIO.getImageWritersByFormatName("TIFF").next();
        try (var out = ImageIO.createImageOutputStream(tiff.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new javax.imageio.IIOImage(new BufferedImage(40, 60, BufferedImage.TYPE_BYTE_GRAY), null, null), null);
            writer.writeToSequence(new javax.imageio.IIOImage(new BufferedImage(40, 60, BufferedImage.TYPE_BYTE_GRAY), null, null), null);
            writer.endWriteSequence();
        }
        try (ScanDocument document = opener.open(scan(tiff))) {
            assertThat(document.pageCount()).isEqualTo(2);
            assertThat(document.page(2)).isInstanceOfSatisfying(PageContent.Image.class,
                    p -> assertThat(p.image().getHeight()).isEqualTo(60));
        }
    }

    @Test
    void refusesAnEncryptedPdf() throws IOException {
        Path pdf = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(textPage(doc, "secret"));
            doc.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            doc.save(pdf.toFile());
        }
        assertRefused(pdf, QuarantineReason.ENCRYPTED);
    }

    @Test
    void refusesATruncatedPdfAnEmptyFileAndText() throws IOException {
        Path whole = dir.resolve("whole.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(textPage(doc, "some text on the page to make it longer"));
            doc.save(whole.toFile());
        }
        byte[] bytes = Files.readAllBytes(whole);
        assertRefused(Files.write(dir.resolve("cut.pdf"), java.util.Arrays.copyOf(bytes, 40)), QuarantineReason.DAMAGED);
        assertRefused(Files.write(dir.resolve("empty.pdf"), new byte[0]), QuarantineReason.EMPTY_FILE);
        assertRefused(Files.writeString(dir.resolve("note.pdf"), "just a note"), QuarantineReason.UNSUPPORTED_TYPE);
    }

    @Test
    void refusesAnImageThatDeclaresMorePixelsThanTheBudgetBeforeDecodingIt() throws IOException {
        Path png = Files.write(dir.resolve("huge.png"), pngDeclaring(100_000, 100_000));
        assertThatThrownBy(() -> {
            try (ScanDocument document = opener.open(scan(png))) {
                document.page(1);
            }
        }).isInstanceOfSatisfying(UnreadableDocumentException.class, e -> {
            assertThat(e.reason()).isEqualTo(QuarantineReason.IMAGE_TOO_LARGE);
            assertThat(e.getMessage()).contains("100000 x 100000");
        });
    }

    private void assertRefused(Path file, QuarantineReason reason) {
        assertThatThrownBy(() -> opener.open(scan(file)).close())
                .isInstanceOfSatisfying(UnreadableDocumentException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static ScanFile scan(Path file) throws IOException {
        return new ScanFile("test", file.getFileName().toString(), file, Files.size(file),
                new ContentHasher().sha256(file), new MediaTypeDetector().detect(file), null, Map.of());
    }

    private static PDPage textPage(PDDocument doc, String text) throws IOException {
        PDPage page = new PDPage();
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.newLineAtOffset(72, 700);
            content.showText(text);
            content.endText();
        }
        return page;
    }

    /** A real 1x1 PNG whose header is rewritten to claim another size (with a valid checksum). */
    private static byte[] pngDeclaring(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY), "png", out);
        ByteBuffer png = ByteBuffer.wrap(out.toByteArray());
        png.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png.array(), 12, 17);
        png.putInt(29, (int) crc.getValue());
        return png.array();
    }
}
