package vn.sohoa.operations.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.sohoa.LocalFormats;
import vn.sohoa.model.ReviewNote;

/** The batch report as a page for a person, Vietnamese by default. */
@Component
public class BatchReportHtml {

    private final MessageSource messages;

    public BatchReportHtml(MessageSource messages) {
        this.messages = messages;
    }

    /** Times are kept in UTC and shown in the office's time, as Vietnamese write dates. */
    static final java.time.ZoneId OFFICE_ZONE = java.time.ZoneId.of("Asia/Ho_Chi_Minh");
    private static final java.time.format.DateTimeFormatter SHOWN_TIME = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    /** Record ids link to the review screen: records staff, who read reports, may open it. */
    private static final String RECORD_LINK = "/review/";

    public String render(BatchReport report, Locale locale) {
        HtmlTable page = new HtmlTable(locale.getLanguage(), text("report.batch.title", locale, report.batch()));
        page.links(List.of(List.of("/batches/" + report.batch(), text("report.back.batch", locale, report.batch())),
                List.of("/batches", text("report.back.batches", locale)), List.of("/review?batch=" + report.batch(), text("report.back.review", locale))));
        page.line(text("report.batch.status", locale, text("web.batch.state." + report.status(), locale), time(report.startedAt(), locale),
                time(report.finishedAt(), locale)));
        page.line(text("report.batch.counts", locale, report.files().size(), report.pages(), report.ocrPages(),
                report.counts().get(Outcome.ARCHIVED.key()), report.counts().get(Outcome.DUPLICATE.key()),
                report.counts().get(Outcome.QUARANTINED.key())));
        if (report.meanOcrConfidence() != null) {
            page.line(text("report.batch.confidence", locale, String.format(locale, "%.1f", report.meanOcrConfidence())));
        }
        List<List<String>> rows = report.files().stream().map(f -> List.of(f.file(),
                text("outcome." + f.outcome(), locale),
                f.recordId() != null ? f.recordId() : f.duplicateOf() != null ? f.duplicateOf() : "",
                f.pages() == null ? "" : String.valueOf(f.pages()),
                f.meanConfidence() == null ? "" : String.format(locale, "%.0f", f.meanConfidence()),
                f.reason() == null ? "" : f.reason(), f.detail() == null ? "" : f.detail(),
                f.host() == null ? "" : f.host())).toList();
        page.table(List.of(text("report.col.file", locale), text("report.col.outcome", locale),
                text("report.col.record", locale), text("report.col.pages", locale), text("report.col.confidence", locale),
                text("report.col.reason", locale), text("report.col.detail", locale), text("report.col.host", locale)), rows, 2, RECORD_LINK);
        reviews(page, report, locale);
        stages(page, report, locale);
        return page.render();
    }

    /** Records a person must check, one row per field, so the morning's work is a list. */
    private void reviews(HtmlTable page, BatchReport report, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        for (FileReport file : report.files()) {
            for (RecordReview review : file.needsReview() == null ? List.<RecordReview>of() : file.needsReview()) {
                for (ReviewNote note : review.notes()) {
                    rows.add(List.of(file.file(), review.recordId(), review.pages() == null ? "" : review.pages(),
                            text("field." + note.field(), locale), note.reason()));
                }
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        page.heading(text("report.review.title", locale, report.counts().get(FileReport.NEEDS_REVIEW)));
        page.table(List.of(text("report.col.file", locale), text("report.col.record", locale), text("report.col.pages", locale),
                text("report.col.field", locale), text("report.col.reason", locale)), rows, 1, RECORD_LINK);
    }

    private String time(java.time.Instant at, Locale locale) {
        return at == null ? text("report.time.none", locale) : SHOWN_TIME.format(at.atZone(OFFICE_ZONE));
    }

    /** Where the time went: seconds per stage and each stage's share of the total. */
    private void stages(HtmlTable page, BatchReport report, Locale locale) {
        if (report.stageMillis() == null || report.stageMillis().isEmpty()) {
            return;
        }
        long total = report.stageMillis().values().stream().mapToLong(Long::longValue).sum();
        List<List<String>> rows = new ArrayList<>();
        report.stageMillis().forEach((stage, millis) -> rows.add(List.of(text("report.stage." + stage, locale),
                String.format(locale, "%.1f", millis / 1000.0),
                LocalFormats.percent(total == 0 ? 0.0 : (double) millis / total, 0, locale))));
        page.heading(text("report.stages.title", locale));
        page.table(List.of(text("report.col.stage", locale), text("report.col.seconds", locale),
                text("report.col.share", locale)), rows);
        page.line(text("report.stages.note", locale));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
