package vn.sohoa.pipeline.metadata;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words agency names and signer positions are made of, spelled right. OCR drops marks in
 * capitals more than anywhere ({@code NHÂN DAN}, {@code TRUONG PHÒNG}); a header phrase whose folded
 * form is one of these is written as it should be. Only whole phrases of this list are touched:
 * place names, which no list can hold, stay as read.
 */
final class HeaderVocabulary {

    private static final List<String> PHRASES = List.of(
            "ỦY BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "UBND", "NHÂN DÂN", "TÀI CHÍNH - KẾ HOẠCH", "TÀI CHÍNH", "KẾ HOẠCH",
            "TÀI NGUYÊN VÀ MÔI TRƯỜNG", "KINH TẾ VÀ HẠ TẦNG", "VĂN HÓA VÀ THÔNG TIN", "GIÁO DỤC VÀ ĐÀO TẠO",
            "LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "NỘI VỤ", "TƯ PHÁP", "Y TẾ", "CÔNG AN", "VĂN PHÒNG", "ĐĂNG KÝ ĐẤT ĐAI",
            "CHI NHÁNH", "CHI CỤC", "PHÒNG", "HUYỆN", "THỊ TRẤN", "THỊ XÃ", "XÃ", "TỈNH", "THÀNH PHỐ", "QUẬN", "PHƯỜNG",
            "SỞ", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC",
            "CHÁNH VĂN PHÒNG", "TRƯỞNG BAN", "CÔNG CHỨC TƯ PHÁP - HỘ TỊCH", "HỘ TỊCH");
    private static final List<Entry> ENTRIES = PHRASES.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(p -> new Entry(p, Pattern.compile("(?<![\\p{L}\\d])" + FoldedText.fold(p).replace(" - ", "\\s*[-–]\\s*")
                    .replace(" ", "\\s+") + "(?![\\p{L}\\d])")))
            .toList();
    private static final Pattern SIGNING_FOR = Pattern.compile("^(KT|TM|TL|TUQ|Q)\\s*[.,]\\s*");

    private record Entry(String phrase, Pattern folded) {
    }

    private HeaderVocabulary() {
    }

    /** An upper-case header text with the phrases of the list spelled right. */
    static String canonical(String upperText) {
        String text = VietnameseSpelling.canonical(upperText);
        for (Entry entry : ENTRIES) {
            text = replace(text, entry);
        }
        return SIGNING_FOR.matcher(text).replaceFirst("$1. ");
    }

    /** The same, with the given place names (any case) spelled right too, in capitals. */
    static String canonical(String upperText, List<String> places) {
        String text = canonical(upperText);
        List<Entry> placeEntries = places.stream().map(p -> p.toUpperCase(java.util.Locale.ROOT))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(p -> new Entry(p, Pattern.compile("(?<![\\p{L}\\d])" + FoldedText.fold(p).replace(" ", "\\s+")
                        + "(?![\\p{L}\\d])")))
                .toList();
        for (Entry entry : placeEntries) {
            text = replace(text, entry);
        }
        return text;
    }

    /**
     * Words of {@code text} that neither list knows and that carry no mark: most Vietnamese words
     * do, so such a word in capitals is likely one whose marks OCR lost.
     */
    static long unmarkedUnknownWords(String text, List<String> places) {
        java.util.Set<String> known = new java.util.HashSet<>();
        PHRASES.forEach(p -> known.addAll(List.of(p.split("\\s+"))));
        places.forEach(p -> known.addAll(List.of(p.toUpperCase(java.util.Locale.ROOT).split("\\s+"))));
        return java.util.Arrays.stream(text.split("\\s+"))
                .filter(w -> w.length() >= 3 && w.chars().allMatch(c -> c < 128) && w.matches(".*[AEIOUY].*"))
                .filter(w -> !known.contains(w))
                .count();
    }

    private static String replace(String text, Entry entry) {
        FoldedText folded = FoldedText.of(text);
        Matcher m = entry.folded().matcher(folded.folded());
        StringBuilder out = new StringBuilder();
        int from = 0;
        while (m.find()) {
            // Only capitals are header text: a phrase read in lower case is left alone.
            String span = folded.cut(m.start(), m.end());
            if (!span.equals(span.toUpperCase(java.util.Locale.ROOT))) {
                continue;
            }
            out.append(text, from, m.start()).append(entry.phrase());
            from = m.end();
        }
        return out.append(text.substring(from)).toString();
    }
}
