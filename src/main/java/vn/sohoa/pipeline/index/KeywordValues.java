package vn.sohoa.pipeline.index;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normal forms of field values for exact lookup, applied alike at index and query time, so that
 * what a clerk types meets what the record holds:
 * <ul>
 *   <li>owner IDs lose spaces and dots: {@code 089 092 225 127} and {@code 089.092.225.127} are
 *       {@code 089092225127};</li>
 *   <li>document numbers lose a leading {@code Số:}, spaces (real scans have them around
 *       {@code /}) and diacritics, and are upper-cased: {@code 729 / qd-ttg} is {@code 729/QD-TTG};</li>
 *   <li>dossier and procedure codes lose spaces and are upper-cased;</li>
 *   <li>any other field is folded (no tones, marks, {@code đ → d}), lower-cased, single-spaced.</li>
 * </ul>
 */
public final class KeywordValues {

    private static final Set<String> IDENTIFIERS = Set.of("ownerIds", "ownerId");
    private static final Set<String> CODES = Set.of("dossierCode", "procedureCode", "reusedIn");
    private static final Pattern NUMBER_PREFIX = Pattern.compile("^(?iu)s[oố]\\s*:\\s*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private KeywordValues() {
    }

    public static String normalize(String field, String value) {
        String nfc = nfc(value).strip();
        if (IDENTIFIERS.contains(field)) {
            return SPACES.matcher(nfc).replaceAll("").replace(".", "").toUpperCase(Locale.ROOT);
        }
        if (CODES.contains(field)) {
            return SPACES.matcher(nfc).replaceAll("").toUpperCase(Locale.ROOT);
        }
        if (field.equals("documentNumber")) {
            String number = NUMBER_PREFIX.matcher(nfc).replaceFirst("");
            return fold(SPACES.matcher(number).replaceAll("")).toUpperCase(Locale.ROOT);
        }
        return SPACES.matcher(fold(nfc)).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** Tones and marks removed, {@code đ → d}; the form a clerk types on a keyboard without Vietnamese input. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return Normalizer.normalize(MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D'),
                Normalizer.Form.NFC);
    }

    public static String nfc(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFC);
    }

    /** The form facets count by: NFC, single-spaced, upper-case as printed on the paper. */
    public static String facetValue(String value) {
        String upper = SPACES.matcher(nfc(value).strip()).replaceAll(" ").toUpperCase(Locale.forLanguageTag("vi"));
        // "UBND HUYỆN THOẠI SƠN" is "ỦY BAN NHÂN DÂN HUYỆN THOẠI SƠN": one agency, one facet value.
        return UBND.matcher(upper).replaceFirst("ỦY BAN NHÂN DÂN ");
    }

    private static final Pattern UBND = Pattern.compile("^(UBND|UỶ BAN NHÂN DÂN|ỦY BAN NHÂN DÂN)\\s+");
}
