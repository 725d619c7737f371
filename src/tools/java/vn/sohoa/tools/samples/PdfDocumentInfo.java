package vn.sohoa.tools.samples;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/**
 * Fixed document information for generated PDFs, so that a seed gives byte-identical files: a fixed
 * date instead of the clock, and a file identifier derived from the title instead of the one PDFBox
 * would otherwise make from the current time.
 */
final class PdfDocumentInfo {

    private final Calendar date;

    PdfDocumentInfo(Calendar date) {
        this.date = (Calendar) date.clone();
    }

    void apply(PDDocument document, String title) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setAuthor("Sohoa sample generator");
        info.setCreator("vn.sohoa.samples");
        info.setProducer("Apache PDFBox");
        info.setCreationDate(date);
        info.setModificationDate(date);
        COSString id = new COSString(digest(title + "|" + date.getTimeInMillis()));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has MD5", e);
        }
    }
}
