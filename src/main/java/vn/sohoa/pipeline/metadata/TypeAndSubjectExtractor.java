package vn.sohoa.pipeline.metadata;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.sohoa.model.FieldValue;
import vn.sohoa.model.RecordField;
import vn.sohoa.pipeline.ocr.BlockKind;
import vn.sohoa.pipeline.ocr.DocumentBlock;

/**
 * {@code typeName}, the title under the header ({@code QUYẾT ĐỊNH}, {@code GIẤY PHÉP XÂY DỰNG}),
 * and {@code subject}, the trích yếu on the line after it ({@code Về việc …}). A công văn prints
 * no title: its {@code V/v …} subject under the number makes it one.
 *
 * <p>On a page whose layout was found they are read from the title block (the lines between the
 * number and place-date lines and the body); the first lines of the page are the fallback when there
 * is no such block or it names no type.
 */
@Component
public class TypeAndSubjectExtractor implements FieldExtractor {

    private static final int TITLE_LINES = 16;
    private static final int MAX_SUBJECT_LINES = 3;
    private static final Pattern LETTER_SUBJECT = Pattern.compile("^\\s*(v\\s*/\\s*v|ve viec)\\b");
    /** What starts a body rather than continuing a subject. */
    private static final Pattern BODY_START = Pattern.compile("^\\s*(can cu|kinh gui|\\d+\\s*[.)]|dieu \\d|xet |ngay \\d)");

    private final DocumentTypes types;

    public TypeAndSubjectExtractor(DocumentTypes types) {
        this.types = types;
    }

    @Override
    public Map<RecordField, FieldValue> extract(SourceText text) {
        Map<RecordField, FieldValue> flat = read(text.firstPage(), text);
        Optional<DocumentBlock> title = text.firstPageBlock(BlockKind.TITLE);
        if (title.isEmpty()) {
            return flat;
        }
        Map<RecordField, FieldValue> fields = read(title.get().text(), text);
        if (fields.isEmpty()) {
            return flat;
        }
        // A subject the cut put outside the title block is still looked for under the type in the page text.
        flat.forEach(fields::putIfAbsent);
        return fields;
    }

    private Map<RecordField, FieldValue> read(String page, SourceText text) {
        Map<RecordField, FieldValue> fields = new EnumMap<>(RecordField.class);
        List<String> lines = nonBlank(HeaderLines.first(page, TITLE_LINES));
        for (int i = 0; i < lines.size(); i++) {
            Optional<String> type = types.title(lines.get(i));
            if (type.isPresent()) {
                fields.put(RecordField.TYPE_NAME, FieldValue.of(type.get(), text.source(), 0.95 * text.evidence(lines.get(i))));
                subject(lines, i + 1, text).ifPresent(s -> fields.put(RecordField.SUBJECT, s));
                return fields;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (LETTER_SUBJECT.matcher(FoldedText.fold(lines.get(i))).find()) {
                fields.put(RecordField.TYPE_NAME, FieldValue.of(DocumentTypes.OFFICIAL_LETTER, text.source(), 0.85));
                subject(lines, i, text).ifPresent(s -> fields.put(RecordField.SUBJECT, s));
                return fields;
            }
        }
        return fields;
    }

    /** The subject starting at line {@code from}: continuation lines follow while a sentence runs on. */
    private Optional<FieldValue> subject(List<String> lines, int from, SourceText text) {
        if (from >= lines.size() || BODY_START.matcher(FoldedText.fold(lines.get(from))).find()
                || types.titleAtStart(lines.get(from)).isPresent()) {
            return Optional.empty();
        }
        List<String> subject = new ArrayList<>(List.of(lines.get(from).strip()));
        for (int i = from + 1; i < lines.size() && subject.size() < MAX_SUBJECT_LINES; i++) {
            String previous = subject.get(subject.size() - 1);
            String next = lines.get(i).strip();
            boolean runsOn = !previous.matches(".*[.:;)]$") && !next.isEmpty() && Character.isLowerCase(next.charAt(0));
            if (!runsOn) {
                break;
            }
            subject.add(next);
        }
        String value = spelled(VietnameseSpelling.canonical(String.join(" ", subject)));
        boolean marked = LETTER_SUBJECT.matcher(FoldedText.fold(value)).find();
        double confidence = (marked ? 0.88 : 0.8) * (subject.size() > 1 ? 0.9 : 1.0) * text.evidence(value);
        return Optional.of(FieldValue.of(value, text.source(), confidence));
    }

    private static final Pattern SUBJECT_DATE = Pattern.compile(
            "ng[a-z]{1,3}\\s+(\\d{1,2})\\s+t[a-z]{2,5}\\s+(\\d{1,2})\\s+n[a-z]{1,3}\\s+(\\d{4})");

    /** The fixed words of a subject spelled right: "Về việc", "V/v", and a date's "ngày … tháng … năm …". */
    private static String spelled(String subject) {
        String value = subject.replaceFirst("^(?iu)(về|ve|vê|vế|vể)\\s+(việc|viec|viẹc|viêc)\\b", "Về việc")
                .replaceFirst("^(?iu)v\\s*/\\s*v\\b", "V/v");
        FoldedText folded = FoldedText.of(value);
        Matcher m = SUBJECT_DATE.matcher(folded.folded());
        if (m.find()) {
            value = value.substring(0, m.start()) + "ngày " + m.group(1) + " tháng " + m.group(2) + " năm " + m.group(3)
                    + value.substring(m.end());
        }
        return value;
    }

    private static List<String> nonBlank(String text) {
        return List.of(text.split("\n")).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
