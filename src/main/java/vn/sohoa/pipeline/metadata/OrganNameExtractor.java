package vn.sohoa.pipeline.metadata;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.sohoa.model.FieldValue;
import vn.sohoa.model.RecordField;
import vn.sohoa.pipeline.ocr.BlockKind;
import vn.sohoa.pipeline.ocr.DocumentBlock;

/**
 * {@code organName}: the agency block at the top left of the header, both lines
 * ({@code ỦY BAN NHÂN DÂN} + {@code HUYỆN THOẠI SƠN}), whichever order OCR read the two header
 * columns in. The block ends at the number line or the place-and-date line.
 *
 * <p>On a page whose layout was found the agency is read from the left header block (its lines cut
 * apart from the motto by the layout, not by pattern); the first lines of the page are the fallback
 * when there is no such block or nothing in it reads as an agency.
 */
@Component
public class OrganNameExtractor implements FieldExtractor {

    private static final int HEADER_LINES = 8;
    private static final int MAX_ORGAN_LINES = 3;
    /** Where the agency block ends: "Số:", or "ngày" of the place-and-date line. */
    private static final Pattern BLOCK_END = Pattern.compile("(?<![\\p{L}])([s5][o06]\\s*[:;.]|ng[a-z]{1,3}\\s*[0-9oil]{1,2}\\s)");
    /** Words of agency names: an agency line carries one, which tells it from stray uppercase. */
    private static final Pattern AGENCY_WORD = Pattern.compile(
            "\\b(uy ban|ubnd|hdnd|phong|so|chi cuc|cuc|van phong|chi nhanh|ban|bo|tong cuc|cong an|toa an|vien"
                    + "|truong|benh vien|trung tam|huyen|tinh|thanh pho|thi xa|quan|xa|phuong|thi tran)\\b");

    private static final Pattern STRAY_QUOTES = Pattern.compile("[\"'‘’`´]");

    private final List<String> places;

    public OrganNameExtractor(MetadataProperties properties) {
        this.places = List.copyOf(properties.placeNames());
    }

    @Override
    public Map<RecordField, FieldValue> extract(SourceText text) {
        Optional<DocumentBlock> agency = text.firstPageBlock(BlockKind.AGENCY);
        if (agency.isPresent()) {
            Map<RecordField, FieldValue> fields = read(agency.get().text(), text);
            if (!fields.isEmpty()) {
                return fields;
            }
        }
        return read(text.firstPage(), text);
    }

    private Map<RecordField, FieldValue> read(String page, SourceText text) {
        Map<RecordField, FieldValue> fields = new EnumMap<>(RecordField.class);
        List<String> organ = new ArrayList<>();
        for (String line : HeaderLines.first(page, HEADER_LINES).split("\n")) {
            String folded = FoldedText.fold(line);
            var end = BLOCK_END.matcher(folded);
            String head = (end.find() ? line.substring(0, end.start()) : line).strip();
            // Dust before a word is read as a quote ("'HUYỆN"); agency names carry none.
            String capitals = longestCapitalRun(STRAY_QUOTES.matcher(head).replaceAll(""));
            if (isOrganLine(capitals)) {
                organ.add(capitals);
            } else if (!organ.isEmpty() || end.find(0)) {
                break;
            }
            if (organ.size() == MAX_ORGAN_LINES || !head.equals(line.strip())) {
                break;
            }
        }
        if (organ.isEmpty()) {
            return fields;
        }
        String read = String.join(" ", organ);
        String name = HeaderVocabulary.canonical(read, places);
        boolean agency = AGENCY_WORD.matcher(FoldedText.fold(name)).find();
        double unmarked = HeaderVocabulary.unmarkedUnknownWords(name, places) > 0 ? 0.8 : 1.0;
        double confidence = (agency ? 0.93 : 0.6) * (organ.size() == 1 && name.length() < 12 ? 0.8 : 1.0)
                * unmarked * text.evidence(read);
        fields.put(RecordField.ORGAN_NAME, FieldValue.of(name, text.source(), confidence));
        return fields;
    }

    /**
     * The longest run of words in capitals: what is left of the agency when OCR put the specks of a
     * QR code or a rule before or after it on the same line.
     */
    static String longestCapitalRun(String line) {
        String[] tokens = line.split("\\s+");
        int bestStart = 0;
        int bestLength = 0;
        int start = 0;
        for (int i = 0; i <= tokens.length; i++) {
            if (i < tokens.length && capital(tokens[i])) {
                continue;
            }
            if (i - start > bestLength) {
                bestStart = start;
                bestLength = i - start;
            }
            start = i + 1;
        }
        List<String> run = new ArrayList<>(List.of(tokens).subList(bestStart, bestStart + bestLength));
        while (!run.isEmpty() && !run.get(0).chars().anyMatch(Character::isLetter)) {
            run.remove(0);
        }
        while (!run.isEmpty() && !run.get(run.size() - 1).chars().anyMatch(Character::isLetter)) {
            run.remove(run.size() - 1);
        }
        return String.join(" ", run);
    }

    /** A word in capitals ("HUYỆN", "KẾ"), or the dash between two agency words. */
    private static boolean capital(String token) {
        if (token.equals("-") || token.equals("–")) {
            return true;
        }
        long letters = token.chars().filter(Character::isLetter).count();
        return letters > 0 && token.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && token.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == ',' || c == '.');
    }

    /** Mostly upper-case letters, a few of them at least: agency lines are set in capitals. */
    private static boolean isOrganLine(String line) {
        long letters = line.chars().filter(Character::isLetter).count();
        long upper = line.chars().filter(Character::isUpperCase).count();
        return letters >= 3 && upper >= 0.85 * letters;
    }
}
