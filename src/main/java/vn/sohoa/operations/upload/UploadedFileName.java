package vn.sohoa.operations.upload;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * File names as sent by a browser or written in a ZIP, checked before they name anything on disk.
 * A name is only ever resolved under the upload's own folder, segment by segment, after it passed
 * here: no {@code ..}, no absolute path, no drive letter, no backslash, no control character, no
 * hidden name (the digitize job would skip it silently).
 */
final class UploadedFileName {

    private static final int MAX_SEGMENT_BYTES = 200;
    private static final int MAX_DEPTH = 8;

    private UploadedFileName() {
    }

    /**
     * The name of a file picked in the browser: its last segment only (old browsers send the whole
     * client path), NFC-normalized.
     */
    static String ofPart(String sent) {
        if (sent == null || sent.isBlank()) {
            throw refused(sent, "has no name");
        }
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
        return segment(sent, name);
    }

    /** The relative path of a ZIP entry, as its checked segments (a trailing {@code /} marks a folder). */
    static List<String> ofZipEntry(String entry) {
        if (entry == null || entry.isEmpty()) {
            throw refused(entry, "has no name");
        }
        if (entry.startsWith("/") || entry.contains("\\") || entry.matches("^[A-Za-z]:.*")) {
            throw refused(entry, "is an absolute path");
        }
        String path = entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                throw refused(entry, "leads out of its folder (..)");
            }
            segments.add(segment(entry, segment));
        }
        if (segments.size() > MAX_DEPTH) {
            throw refused(entry, "is nested deeper than " + MAX_DEPTH + " folders");
        }
        return segments;
    }

    private static String segment(String whole, String segment) {
        String name = Normalizer.normalize(segment, Normalizer.Form.NFC);
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw refused(whole, "has an empty, '.' or '..' part");
        }
        if (name.startsWith(".")) {
            throw refused(whole, "is a hidden file");
        }
        if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7F || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|')) {
            throw refused(whole, "holds a control or reserved character");
        }
        if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES) {
            throw refused(whole, "is longer than " + MAX_SEGMENT_BYTES + " bytes");
        }
        return name;
    }

    private static UploadRefusedException refused(String name, String why) {
        return new UploadRefusedException("badName", "File name '" + name + "' " + why, name == null ? "" : name, why);
    }
}
