package vn.sohoa.pipeline.metadata;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.sohoa.model.FieldValue;
import vn.sohoa.model.RecordField;
import vn.sohoa.pipeline.ocr.BlockKind;
import vn.sohoa.pipeline.ocr.DocumentBlock;

/**
 * {@code signerPosition} ({@code KT. CHỦ TỊCH / PHÓ CHỦ TỊCH}) and {@code signerName} from the
 * signature block at the end of the last page. The seal and the signature sit over this block, so
 * OCR loses marks here more than anywhere: a name read without the marks Vietnamese names carry is
 * kept, but marked for a person to check.
 *
 * <p>On a last page whose layout was found the signer is read from the signature block (right of
 * and under the {@code Nơi nhận} list, which is left out); the last lines of the page are the
 * fallback when there is no such block or nothing in it reads as a position or a name.
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
        Map<RecordField, FieldValue> flat = read(tail(text.lastPage()), text);
        Optional<DocumentBlock> signature = text.lastPageBlocks().joined(BlockKind.SIGNATURE);
        if (signature.isEmpty()) {
            return flat;
        }
        // What the block does not show (a name the cut put elsewhere) is still looked for in the page's last lines.
        Map<RecordField, FieldValue> fields = read(tail(signature.get().text()), text);
        flat.forEach(fields::putIfAbsent);
        return fields;
    }

    private Map<RecordField, FieldValue> read(List<String> lines, SourceText text) {
        Map<RecordField, FieldValue> fields = new EnumMap<>(RecordField.class);
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
            fields.put(RecordField.SIGNER_POSITION, position(position, text));
            nameFrom = positionStart + position.size();
        }
        name(lines.subList(nameFrom, lines.size()), !position.isEmpty(), text)
                .ifPresent(name -> fields.put(RecordField.SIGNER_NAME, name));
        return fields;
    }

    /**
     * "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH": a deputy signs for ("ký thay") the head, so the line under a
     * "KT." line is the head's title with "PHÓ" before it. When the seal hid that line or its
     * "PHÓ", it is written back, less sure.
     */
    private static FieldValue position(List<String> lines, SourceText text) {
        List<String> canonical = new ArrayList<>(lines.stream().map(HeaderVocabulary::canonical).toList());
        double confidence = 0.92 * text.evidence(String.join(" ", lines));
        String first = canonical.get(0);
        if (canonical.size() == 2 && canonical.get(1).equals("PHÓ " + first)) {
            // "CHỦ TỊCH / PHÓ CHỦ TỊCH": the "KT." before the head's title was lost.
            canonical.set(0, "KT. " + first);
            first = canonical.get(0);
            confidence = Math.min(confidence, 0.7);
        }
        if (canonical.size() == 1 && first.startsWith("PHÓ ")) {
            // The "KT." line above a deputy's title is what the seal most often covers.
            canonical.add(0, "KT. " + first.substring(4));
            first = canonical.get(0);
            confidence = Math.min(confidence, 0.7);
        }
        if (first.startsWith("KT. ")) {
            String deputy = "PHÓ " + first.substring(4);
            if (canonical.size() == 1) {
                canonical.add(deputy);
                confidence = Math.min(confidence, 0.7);
            } else if (!canonical.get(1).equals(deputy)) {
                canonical.set(1, deputy);
                confidence = Math.min(confidence, 0.75);
            }
        }
        if (canonical.size() == 1) {
            // One line is a head signing in person, or a block whose other lines the seal hid.
            confidence = Math.min(confidence, 0.85);
        }
        if (!canonical.equals(lines)) {
            // Words were respelled: right as spelled, but what OCR read was not what is printed.
            confidence = Math.min(confidence, 0.88);
        }
        return FieldValue.of(String.join(" / ", canonical), text.source(), confidence);
    }

    private Optional<FieldValue> name(List<String> candidates, boolean underPosition, SourceText text) {
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
            PersonNames.Reading reading = PersonNames.read(line);
            double confidence = (underPosition ? 0.92 : 0.75) * reading.confidence() * text.evidence(line);
            return Optional.of(FieldValue.of(reading.name(), text.source(), confidence));
        }
        return Optional.empty();
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
