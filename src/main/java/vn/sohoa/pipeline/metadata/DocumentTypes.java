package vn.sohoa.pipeline.metadata;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * The document types a result can be, as printed in its title, and the type abbreviations of the
 * number's notation (NĐ 30/2020, Phụ lục III). Matching is on folded text, so an OCR that broke
 * a diacritic still finds the type, and the value given back is the type as it is spelled.
 */
@Component
public class DocumentTypes {

    /** What a công văn is called: it prints no type name of its own. */
    public static final String OFFICIAL_LETTER = "CÔNG VĂN";

    private static final List<String> TITLES = List.of(
            "QUYẾT ĐỊNH", "NGHỊ QUYẾT", "CHỈ THỊ", "QUY CHẾ", "QUY ĐỊNH", "THÔNG BÁO", "HƯỚNG DẪN",
            "CHƯƠNG TRÌNH", "KẾ HOẠCH", "PHƯƠNG ÁN", "ĐỀ ÁN", "BÁO CÁO", "BIÊN BẢN", "TỜ TRÌNH", "HỢP ĐỒNG",
            "GIẤY ỦY QUYỀN", "GIẤY MỜI", "GIẤY GIỚI THIỆU", "GIẤY NGHỈ PHÉP", "GIẤY XÁC NHẬN",
            "GIẤY PHÉP XÂY DỰNG", "GIẤY PHÉP KINH DOANH", "GIẤY PHÉP",
            "GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH", "GIẤY CHỨNG NHẬN ĐĂNG KÝ DOANH NGHIỆP",
            "GIẤY CHỨNG NHẬN QUYỀN SỬ DỤNG ĐẤT", "GIẤY CHỨNG NHẬN",
            "TRÍCH LỤC KHAI SINH", "TRÍCH LỤC KẾT HÔN", "TRÍCH LỤC KHAI TỬ", "TRÍCH LỤC",
            "GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN");

    /** Folded abbreviation → spelling; "hd" is left out: it is HĐ (hợp đồng) or HD (hướng dẫn). */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("nq", "NQ"), Map.entry("qd", "QĐ"), Map.entry("ct", "CT"), Map.entry("qc", "QC"),
            Map.entry("qyd", "QyĐ"), Map.entry("tb", "TB"), Map.entry("ctr", "CTr"), Map.entry("kh", "KH"),
            Map.entry("pa", "PA"), Map.entry("da", "ĐA"), Map.entry("bc", "BC"), Map.entry("bb", "BB"),
            Map.entry("ttr", "TTr"), Map.entry("guq", "GUQ"), Map.entry("gm", "GM"), Map.entry("ggt", "GGT"),
            Map.entry("gnp", "GNP"), Map.entry("gxn", "GXN"), Map.entry("gpxd", "GPXD"), Map.entry("tlks", "TLKS"));

    /** Longest first, so "GIẤY PHÉP XÂY DỰNG" wins over "GIẤY PHÉP". */
    private final List<String> titlesLongestFirst = TITLES.stream()
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private final Map<String, String> titleByFold = TITLES.stream()
            .collect(Collectors.toMap(DocumentTypes::key, t -> t));

    /** The type a title line names, when the whole line (punctuation aside) is a known type. */
    public Optional<String> title(String line) {
        return Optional.ofNullable(titleByFold.get(key(line)));
    }

    /** Whether a line begins with a known type name: "QUYẾT ĐỊNH:" in a decision's body does. */
    public Optional<String> titleAtStart(String line) {
        String folded = key(line);
        return titlesLongestFirst.stream().filter(t -> folded.startsWith(key(t))).findFirst();
    }

    /** The abbreviation as NĐ 30/2020 spells it, when {@code segment} is a known type abbreviation. */
    public Optional<String> abbreviation(String segment) {
        return Optional.ofNullable(ABBREVIATIONS.get(FoldedText.fold(segment)));
    }

    private static String key(String text) {
        return FoldedText.fold(text).replaceAll("[^a-z0-9]+", " ").strip();
    }
}
