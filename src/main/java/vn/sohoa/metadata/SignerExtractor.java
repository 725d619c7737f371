package vn.sohoa.metadata;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * {@code signerPosition} ({@code KT. CHỦ TỊCH / PHÓ CHỦ TỊCH}) and {@code signerName} from the
 * signature block at the end of the last page. The seal and the signature sit over this block, so
 * OCR loses marks here more than anywhere: a name read without the marks Vietnamese names carry is
 * kept, but marked for a person to check.
 */
@Component
public class SignerExtractor implements FieldExtractor {

    /** Lines from the end of the last page the block is looked for in. */
    private static final int TAIL_LINES = 14;
    private static final Pattern POSITION = Pattern.compile(
            "(?<![\\p{L}])((kt|tm|q|tl|tuq)\\s*[.,]\\s*)?(pho\\s+)?(chu tich|truong phong|giam doc|truong ban|chanh van phong"
                    + "|cong chuc|truong|cuc truong|chi cuc truong|thu truong|bo truong|ho tich)\\b.*$");
    /** A personal name: two to five capitalised words. */
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}\\p{Ll}*(\\s+\\p{Lu}\\p{Ll}*){1,4}$");
    /** Common Vietnamese family names, folded: a name starting with one is a name. */
    private static final Set<String> FAMILY_NAMES = Set.of("nguyen", "tran", "le", "pham", "huynh", "hoang", "vo", "vu",
            "phan", "truong", "bui", "dang", "do", "ngo", "ho", "duong", "ly", "dinh", "lam", "mai", "trinh", "ta",
            "luu", "luong", "cao", "chau", "quach", "thai", "kieu", "doan", "to", "ha", "la", "danh", "thach", "son");

    @Override
    public Map<RecordField, FieldValue> extract(SourceText text) {
        Map<RecordField, FieldValue> fields = new EnumMap<>(RecordField.class);
        List<String> lines = tail(text.lastPage());
        int positionStart = -1;
        List<String> position = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = POSITION.matcher(FoldedText.fold(lines.get(i)));
            String candidate = m.find() ? lines.get(i).substring(m.start()).strip() : null;
            if (candidate != null && isUpper(candidate)) {
                if (positionStart < 0 || i != positionStart + position.size()) {
                    positionStart = i;
                    position.clear();
                }
                position.add(candidate);
            }
        }
        int nameFrom = 0;
        if (!position.isEmpty()) {
            String value = VietnameseSpelling.canonical(String.join(" / ", position));
            fields.put(RecordField.SIGNER_POSITION, FieldValue.of(value, text.source(), 0.92 * text.evidence(value)));
            nameFrom = positionStart + position.size();
        }
        name(lines.subList(nameFrom, lines.size()), !position.isEmpty(), text)
                .ifPresent(name -> fields.put(RecordField.SIGNER_NAME, name));
        return fields;
    }

    private java.util.Optional<FieldValue> name(List<String> candidates, boolean underPosition, SourceText text) {
        // The name is the last name-like line: under the position when there is one, else at the very end.
        for (int i = candidates.size() - 1; i >= 0; i--) {
            String line = VietnameseSpelling.canonical(candidates.get(i).replaceAll("[.,;:]+$", ""));
            if (!NAME.matcher(line).matches()) {
                continue;
            }
            String family = FoldedText.fold(line.substring(0, line.indexOf(' ')));
            if (!FAMILY_NAMES.contains(family)) {
                continue;
            }
            boolean marked = !FoldedText.fold(line).equals(line.toLowerCase(java.util.Locale.ROOT));
            double confidence = (underPosition ? 0.92 : 0.75) * (marked ? 1.0 : 0.6) * text.evidence(line);
            return java.util.Optional.of(FieldValue.of(line, text.source(), confidence));
        }
        return java.util.Optional.empty();
    }

    private static List<String> tail(String page) {
        List<String> lines = List.of(page.split("\n")).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
        return lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
    }

    private static boolean isUpper(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        long upper = text.chars().filter(Character::isUpperCase).count();
        return letters >= 4 && upper >= 0.85 * letters;
    }
}
