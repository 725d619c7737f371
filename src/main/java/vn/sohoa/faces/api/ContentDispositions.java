package vn.sohoa.faces.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import vn.sohoa.pipeline.index.KeywordValues;

/**
 * {@code Content-Disposition} values that keep Vietnamese file names intact: RFC 6266 with the
 * UTF-8 name in {@code filename*} (RFC 5987) and a folded ASCII {@code filename} for old clients.
 */
final class ContentDispositions {

    private ContentDispositions() {
    }

    static String of(boolean inline, String fileName) {
        String ascii = KeywordValues.fold(fileName).replaceAll("[^\\x20-\\x7E]", "_").replace("\"", "'").replace("\\", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
