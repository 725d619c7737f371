package vn.sohoa.report;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The batch report as a page for a person, Vietnamese by default. */
@Component
public class BatchReportHtml {

    private final MessageSource messages;

    public BatchReportHtml(MessageSource messages) {
        this.messages = messages;
    }

    public String render(BatchReport report, Locale locale) {
        HtmlTable page = new HtmlTable(locale.getLanguage(), text("report.batch.title", locale, report.batch()));
        page.line(text("report.batch.status", locale, report.status(), report.startedAt(), report.finishedAt()));
        page.line(text("report.batch.counts", locale, report.files().size(), report.pages(), report.ocrPages(),
                report.counts().get(FileReport.ARCHIVED), report.counts().get(FileReport.DUPLICATE),
                report.counts().get(FileReport.QUARANTINED)));
        List<List<String>> rows = report.files().stream().map(f -> List.of(f.file(),
                text("outcome." + f.outcome(), locale),
                f.recordId() != null ? f.recordId() : f.duplicateOf() != null ? f.duplicateOf() : "",
                f.pages() == null ? "" : String.valueOf(f.pages()),
                f.meanConfidence() == null ? "" : String.format(Locale.ROOT, "%.0f", f.meanConfidence()),
                f.reason() == null ? "" : f.reason() + " (" + f.detail() + ")")).toList();
        return page.table(List.of(text("report.col.file", locale), text("report.col.outcome", locale),
                text("report.col.record", locale), text("report.col.pages", locale), text("report.col.confidence", locale),
                text("report.col.reason", locale)), rows).render();
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
