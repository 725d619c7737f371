package vn.sohoa.operations.upload;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * File names as sent by a browser or written in a ZIP, checked before they name anything on disk.
 * A name is only ever resolved under the upload's own folder, segment by segment, after it passed
 * here: no {@code ..}, no absolute path, no drive letter, no backslash, no control character, no
 * hidden name (the digitize job would skip it silently), no name the inbox keeps for itself
 * ({@code READY}), and no invisible formatting character: Unicode bidirectional controls
 * ({@code U+202E} shows {@code evil\u202Efdp.exe} as {@code evilexe.pdf}), zero-width characters.
 */
public final class UploadedFileName {

    private static final int MAX_SEGMENT_BYTES = 200;
    private static final int MAX_DEPTH = 8;
    /** Names with a meaning to the inbox: a scan named so would be taken for the marker. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("ready");

    private UploadedFileName() {
    }

    /**
     * The name of a file picked in the browser: its last segment only (old browsers send the whole
     * client path), NFC-normalized.
     */
    static String ofPart(String sent) {
        if (sent == null || sent.isBlank()) {
            throw refused(sent, "empty", "has no name");
        }
        String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
        return segment(sent, name);
    }

    /** The relative path of a ZIP entry, as its checked segments (a trailing {@code /} marks a folder). */
    static List<String> ofZipEntry(String entry) {
        if (entry == null || entry.isEmpty()) {
            throw refused(entry, "empty", "has no name");
        }
        if (entry.startsWith("/") || entry.contains("\\") || entry.matches("^[A-Za-z]:.*")) {
            throw refused(entry, "absolute", "is an absolute path");
        }
        String path = entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
        List<String> segments = new ArrayList<>();
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                throw refused(entry, "parent", "leads out of its folder (..)");
            }
            segments.add(segment(entry, segment));
        }
        if (segments.size() > MAX_DEPTH) {
            throw refused(entry, "deep", "is nested deeper than " + MAX_DEPTH + " folders");
        }
        return segments;
    }

    private static String segment(String whole, String segment) {
        String name = Normalizer.normalize(segment, Normalizer.Form.NFC);
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            throw refused(whole, "dots", "has an empty, '.' or '..' part");
        }
        if (name.startsWith(".")) {
            throw refused(whole, "hidden", "is a hidden file");
        }
        if (name.chars().anyMatch(c -> Character.isISOControl(c) || c == ':' || c == '*' || c == '?' || c == '"' || c == '<' || c == '>' || c == '|')) {
            throw refused(whole, "control", "holds a control or reserved character");
        }
        if (name.codePoints().anyMatch(c -> Character.getType(c) == Character.FORMAT)) {
            throw refused(whole, "invisible", "holds an invisible formatting character (bidirectional control, zero width)");
        }
        if (RESERVED.contains(name.toLowerCase(java.util.Locale.ROOT))) {
            throw refused(whole, "reserved", "is kept for the inbox's own marker");
        }
        if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES) {
            throw refused(whole, "long", "is longer than " + MAX_SEGMENT_BYTES + " bytes");
        }
        return name;
    }

    /**
     * A refusal naming the file as it can be shown (invisible and control characters as U+FFFD),
     * with the reason for people as the bundle's {@code upload.name.REASON}.
     */
    static UploadRefusedException refused(String name, String reason, String why) {
        String shown = shown(name);
        return new UploadRefusedException("badName", "File name '" + shown + "' " + why, shown,
                new DefaultMessageSourceResolvable(new String[] {"upload.name." + reason}, why));
    }

    /** A name as it can be shown to a person: control and invisible formatting characters as U+FFFD. */
    public static String shown(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder();
        name.codePoints().forEach(c -> shown.appendCodePoint(Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? 0xFFFD : c));
        return shown.toString();
    }
}
