package vn.sohoa.pipeline.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.function.Consumer;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Declares a document PDF/A-2b: an sRGB output intent (the JDK's own profile) that gives device
 * colours a meaning, and XMP metadata with the PDF/A identification that mirrors the document
 * information dictionary, as PDF/A requires both to agree.
 */
final class PdfAConformance {

    private static final String PRODUCER = "Sohoa";
    private static final String SRGB = "sRGB IEC61966-2.1";
    /** The JDK's sRGB profile, read once: every PDF/A gets the same bytes. */
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfAConformance() {
    }

    static void apply(PDDocument document, String title, Instant now) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        Calendar modified = calendar(now);
        info.setTitle(title);
        info.setProducer(PRODUCER);
        if (info.getCreationDate() == null) {
            info.setCreationDate(modified);
        }
        info.setModificationDate(modified);
        // Keys without an XMP twin here would have to be mirrored too; a scan's PDF needs none of them.
        info.getCOSObject().removeItem(COSName.KEYWORDS);
        info.getCOSObject().removeItem(COSName.TRAPPED);
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setMetadata(metadata(document, info));
        if (catalog.getOutputIntents().isEmpty()) {
            catalog.addOutputIntent(srgbIntent(document));
        }
        if (document.getVersion() < 1.4f) {
            document.setVersion(1.4f);
        }
    }

    private static PDMetadata metadata(PDDocument document, PDDocumentInformation info) throws IOException {
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp(info));
        return metadata;
    }

    /**
     * The XMP packet, written from a template: the PDF/A identification and the Info dictionary's
     * title, author, subject, dates, creator tool and producer, each the very same value. Building
     * it with xmpbox set up xmpbox's type mapping by reflection and serialized through JAXP for
     * every PDF: a fortieth of a born-digital file's Java time (measured with JFR). A character XML
     * cannot carry (a control character in a source PDF's author, say) is dropped from the Info
     * value as well, so that the two still agree.
     */
    static byte[] xmp(PDDocumentInformation info) {
        StringBuilder xml = new StringBuilder(1536)
                .append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append("  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"")
                .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
                .append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append("   <pdfaid:part>2</pdfaid:part>\n")
                .append("   <pdfaid:conformance>B</pdfaid:conformance>\n");
        String title = agreed(info.getTitle(), info::setTitle);
        if (title != null) {
            xml.append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escaped(title))
                    .append("</rdf:li></rdf:Alt></dc:title>\n");
        }
        String author = agreed(info.getAuthor(), info::setAuthor);
        if (author != null) {
            xml.append("   <dc:creator><rdf:Seq><rdf:li>").append(escaped(author)).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        String subject = agreed(info.getSubject(), info::setSubject);
        if (subject != null) {
            xml.append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escaped(subject))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        element(xml, "xmp:CreateDate", date(info.getCreationDate()));
        element(xml, "xmp:ModifyDate", date(info.getModificationDate()));
        element(xml, "xmp:CreatorTool", agreed(info.getCreator(), info::setCreator));
        element(xml, "pdf:Producer", agreed(info.getProducer(), info::setProducer));
        xml.append("  </rdf:Description>\n </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void element(StringBuilder xml, String name, String value) {
        if (value != null) {
            xml.append("   <").append(name).append('>').append(escaped(value)).append("</").append(name).append(">\n");
        }
    }

    /** The value without the characters XML 1.0 cannot carry, written back to the Info dictionary when any were dropped. */
    private static String agreed(String value, Consumer<String> info) {
        if (value == null) {
            return null;
        }
        StringBuilder kept = new StringBuilder(value.length());
        value.codePoints().filter(PdfAConformance::xmlChar).forEach(kept::appendCodePoint);
        String agreed = kept.toString();
        if (!agreed.equals(value)) {
            info.accept(agreed);
        }
        return agreed;
    }

    private static boolean xmlChar(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD || codePoint >= 0x20 && codePoint <= 0xD7FF
                || codePoint >= 0xE000 && codePoint <= 0xFFFD || codePoint >= 0x10000;
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** ISO 8601 at the Info date's own offset: the same instant, as PDF/A asks. */
    private static String date(Calendar calendar) {
        if (calendar == null) {
            return null;
        }
        int offsetSeconds = (calendar.get(Calendar.ZONE_OFFSET) + calendar.get(Calendar.DST_OFFSET)) / 1000;
        return calendar.toInstant().atOffset(ZoneOffset.ofTotalSeconds(offsetSeconds)).truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static PDOutputIntent srgbIntent(PDDocument document) throws IOException {
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB_PROFILE));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        return intent;
    }

    /** Whole seconds in UTC: the Info dictionary and XMP must state the very same instant. */
    static Calendar calendar(Instant instant) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.getEpochSecond() * 1000);
        return calendar;
    }
}
