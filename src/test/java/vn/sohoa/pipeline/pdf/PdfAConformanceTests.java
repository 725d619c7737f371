package vn.sohoa.pipeline.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;

/**
 * The PDF/A declaration of a PDF whose Info dictionary came from elsewhere: the XMP packet, read
 * back with xmpbox, says what the Info dictionary says, and veraPDF accepts the pair, with XML's
 * special characters, Vietnamese text, a source date at +07:00 and a control character in the
 * author (dropped from both).
 */
class PdfAConformanceTests {

    private static final Instant NOW = Instant.parse("2026-11-28T10:20:30Z");

    @Test
    void theXmpPacketSaysWhatTheInfoDictionarySays() throws Exception {
        byte[] pdf = declared();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            XMPMetadata xmp = new DomXmpParser().parse(
                    document.getDocumentCatalog().getMetadata().exportXMPMetadata().readAllBytes());

            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("B");
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo(info.getTitle())
                    .isEqualTo("Quyết định <số 12> & \"bản sao\"");
            assertThat(info.getAuthor()).isEqualTo("Phòng Tư pháp");
            assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly(info.getAuthor());
            assertThat(xmp.getDublinCoreSchema().getDescription()).isEqualTo(info.getSubject());
            assertThat(xmp.getXMPBasicSchema().getCreatorTool()).isEqualTo(info.getCreator());
            assertThat(xmp.getAdobePDFSchema().getProducer()).isEqualTo(info.getProducer()).isEqualTo("Sohoa");
            assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant())
                    .isEqualTo(info.getCreationDate().toInstant()).isEqualTo(Instant.parse("2025-03-04T01:02:03Z"));
            assertThat(xmp.getXMPBasicSchema().getModifyDate().toInstant())
                    .isEqualTo(info.getModificationDate().toInstant()).isEqualTo(NOW);
        }
        PdfAValidator.Report report = new PdfAValidator().validate(pdf);
        assertThat(report.compliant()).as(report.summary()).isTrue();
    }

    private static byte[] declared() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            page.setResources(new PDResources());
            document.addPage(page);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setAuthor("Phòng\u0001 Tư pháp");
            info.setSubject("Cấp bản sao trích lục <hộ tịch>");
            info.setCreator("Word & LibreOffice");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
            created.setTimeInMillis(Instant.parse("2025-03-04T01:02:03Z").toEpochMilli());
            info.setCreationDate(created);

            PdfAConformance.apply(document, "Quyết định <số 12> & \"bản sao\"", NOW);

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }
}
