package vn.sohoa.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import javax.xml.transform.TransformerException;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Declares a document PDF/A-2b: an sRGB output intent (the JDK's own profile) that gives device
 * colours a meaning, and XMP metadata with the PDF/A identification that mirrors the document
 * information dictionary, as PDF/A requires both to agree.
 */
final class PdfAConformance {

    private static final String PRODUCER = "Sohoa";
    private static final String SRGB = "sRGB IEC61966-2.1";
    /**
     * One serializer per thread: building one looks up and creates JAXP factories, which cost a
     * twentieth of a born-digital file's Java time (measured with JFR); it keeps a DOM builder,
     * which is not thread-safe.
     */
    private static final ThreadLocal<XmpSerializer> SERIALIZERS = ThreadLocal.withInitial(XmpSerializer::new);

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
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        try {
            PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
            pdfa.setPart(2);
            pdfa.setConformance("B");
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.setTitle(info.getTitle());
            if (info.getAuthor() != null) {
                dc.addCreator(info.getAuthor());
            }
            if (info.getSubject() != null) {
                dc.setDescription(info.getSubject());
            }
            XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
            basic.setCreateDate(info.getCreationDate());
            basic.setModifyDate(info.getModificationDate());
            if (info.getCreator() != null) {
                basic.setCreatorTool(info.getCreator());
            }
            AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
            pdf.setProducer(info.getProducer());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            SERIALIZERS.get().serialize(xmp, out, true);
            PDMetadata metadata = new PDMetadata(document);
            metadata.importXMPMetadata(out.toByteArray());
            return metadata;
        } catch (BadFieldValueException | TransformerException e) {
            throw new IOException("Cannot write the PDF/A metadata: " + e.getMessage(), e);
        }
    }

    private static PDOutputIntent srgbIntent(PDDocument document) throws IOException {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(profile));
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
