package vn.sohoa.faces.web;

import vn.sohoa.model.DigitizedRecord;
import vn.sohoa.model.ObjectName;

/**
 * How the record page shows a record beside its fields: the searchable PDF when there is one,
 * else the original when a browser can show it (PDF, JPEG, PNG), else the text (a TIFF scan), which
 * the page prints itself.
 *
 * @param kind {@code pdf}, {@code image} or {@code text}
 * @param url  where the viewer loads it from
 */
record Preview(String kind, String url) {

    /** The browser's PDF viewer at the page's width, without its thumbnail pane (1366×768 screens). */
    static final String PAGE_WIDTH = "#pagemode=none&view=FitH";

    static Preview of(DigitizedRecord record) {
        String base = "/api/records/" + record.id();
        if (record.object(ObjectName.SEARCHABLE_PDF).isPresent()) {
            return new Preview("pdf", base + "/pdf?inline=true" + PAGE_WIDTH);
        }
        String type = record.mediaType() == null ? "" : record.mediaType();
        if (type.equals("application/pdf")) {
            return new Preview("pdf", base + "/original?inline=true" + PAGE_WIDTH);
        }
        if (type.equals("image/jpeg") || type.equals("image/png") || type.equals("image/gif")) {
            return new Preview("image", base + "/original?inline=true");
        }
        return new Preview("text", base + "/text?inline=true");
    }
}
