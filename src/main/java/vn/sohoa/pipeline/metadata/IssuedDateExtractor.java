package vn.sohoa.pipeline.metadata;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.sohoa.model.FieldValue;
import vn.sohoa.model.RecordField;
import vn.sohoa.pipeline.ocr.BlockKind;
import vn.sohoa.pipeline.ocr.DocumentBlock;

/**
 * {@code issuedDate} from the place-and-date line {@code Thoại Sơn, ngày 05 tháng 7 năm 2021}, as
 * ISO. Diacritics of {@code ngày}, {@code tháng}, {@code năm} may be broken; a date that is not on
 * the calendar is not given at all (a person must read it), one without its place is less sure.
 *
 * <p>On a page whose layout was found the date is read from the place-date block only (a blank day
 * there leaves the field absent, whatever dates the body cites); otherwise from the first page.
 */
@Component
public class IssuedDateExtractor implements FieldExtractor {

    private static final String DIGIT = OcrDigits.FOLDED_CLASS;
    /** On folded text: ngày DD tháng MM năm YYYY, each word allowed a misread letter, a digit pair a space. */
    private static final Pattern DATE = Pattern.compile(
            "(?<![\\p{L}])ng[a-z]{1,3}\\s*(" + DIGIT + "(?: ?" + DIGIT + ")?)\\s*[,.]?\\s*t[a-z]{2,5}\\s*(" + DIGIT
                    + "(?: ?" + DIGIT + ")?)"
                    + "\\s*[,.]?\\s*n[a-z]{1,3}\\s*(" + DIGIT + "{4})(?![\\d])");
    /** A place before the date: letters, then a comma, just before "ngày". */
    private static final Pattern PLACE_BEFORE = Pattern.compile("\\p{L}{2,}\\s*[,.]\\s*$");
    private static final int FIRST_YEAR = 1945;
    /**
     * "Thoại Sơn, ngày      tháng 7 năm 2022": the place-date line with its day (or day and month) left
     * blank to be written in by hand when the document is signed.
     */
    private static final Pattern BLANK_PLACE_DATE = Pattern.compile(
            "\\p{L}{2,}\\s*[,.]\\s*ng[a-z]{1,3}\\s*[._…]*\\s*t[a-z]{2,5}\\s*(?:" + DIGIT + "{1,2})?\\s*[._…]*\\s*n[a-z]{1,3}\\s*"
                    + DIGIT + "{4}(?![\\d])");

    private final Clock clock;

    public IssuedDateExtractor() {
        this(Clock.systemDefaultZone());
    }

    IssuedDateExtractor(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Map<RecordField, FieldValue> extract(SourceText text) {
        Map<RecordField, FieldValue> fields = new EnumMap<>(RecordField.class);
        FoldedText page = FoldedText.of(text.firstPageBlock(BlockKind.PLACE_DATE).map(DocumentBlock::text)
                .orElseGet(text::firstPage));
        Matcher m = DATE.matcher(page.folded());
        Candidate best = null;
        while (m.find()) {
            String before = page.folded().substring(page.folded().lastIndexOf('\n', m.start()) + 1, m.start());
            Candidate candidate = new Candidate(m.toMatchResult(), PLACE_BEFORE.matcher(before).find());
            if (best == null || (candidate.placed() && !best.placed())) {
                best = candidate;
            }
            if (best.placed()) {
                break;
            }
        }
        // The place-date line is the first one on the page. When it is left blank, a later date (the body's
        // "Căn cứ Luật ... ngày 19 tháng 6 năm 2015", a certificate's "Đăng ký lần đầu, ngày ...") is another
        // date: the document has no issued date until someone writes it in.
        Matcher blank = BLANK_PLACE_DATE.matcher(page.folded());
        if (best == null || (blank.find() && blank.start() < best.match().start())) {
            return fields;
        }
        MatchResult r = best.match();
        // OCR splits a two-digit day or month now and then ("tháng 1 1"): the space is dropped.
        OcrDigits day = OcrDigits.read(page.cut(r.start(1), r.end(1)).replace(" ", ""));
        OcrDigits month = OcrDigits.read(page.cut(r.start(2), r.end(2)).replace(" ", ""));
        OcrDigits year = OcrDigits.read(page.cut(r.start(3), r.end(3)));
        Optional<LocalDate> date = date(day, month, year);
        if (date.isEmpty()) {
            return fields;
        }
        double confidence = (best.placed() ? 0.95 : 0.75) * day.penalty() * month.penalty() * year.penalty()
                * text.evidence(page.cut(r.start(), r.end()));
        fields.put(RecordField.ISSUED_DATE, FieldValue.of(date.get().toString(), text.source(), confidence));
        return fields;
    }

    private record Candidate(MatchResult match, boolean placed) {
    }

    private Optional<LocalDate> date(OcrDigits day, OcrDigits month, OcrDigits year) {
        if (!day.valid() || !month.valid() || !year.valid()) {
            return Optional.empty();
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year.digits()), Integer.parseInt(month.digits()),
                    Integer.parseInt(day.digits()));
            boolean plausible = date.getYear() >= FIRST_YEAR && !date.isAfter(LocalDate.now(clock).plusDays(1));
            return plausible ? Optional.of(date) : Optional.empty();
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
