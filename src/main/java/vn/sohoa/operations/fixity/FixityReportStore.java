package vn.sohoa.operations.fixity;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

import vn.sohoa.operations.report.HtmlTable;
import vn.sohoa.storage.ObjectStore;

/** Keeps every fixity report, JSON and HTML, under {@code fixity/{time}/}: the admin's history. */
@Component
public class FixityReportStore {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final ObjectStore store;
    private final JsonMapper json;
    private final MessageSource messages;

    public FixityReportStore(ObjectStore store, JsonMapper json, MessageSource messages) {
        this.store = store;
        this.json = json;
        this.messages = messages;
    }

    /** Stores the report; returns the key of its JSON. */
    public String save(FixityReport report) {
        String prefix = "fixity/" + report.startedAt().toString().replace(':', '-') + "/";
        store.put(prefix + "report.json", json.writerWithDefaultPrettyPrinter().writeValueAsBytes(report), "application/json", Map.of());
        store.put(prefix + "report.html", html(report, VIETNAMESE).getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", Map.of());
        return prefix + "report.json";
    }

    String html(FixityReport report, Locale locale) {
        HtmlTable page = new HtmlTable(locale.getLanguage(), text("report.fixity.title", locale));
        page.links(List.of(List.of("/admin", text("report.back.admin", locale))));
        page.line(text("report.fixity.summary", locale, shown(report.startedAt()), shown(report.finishedAt()), report.records(),
                report.objects(), report.bytes(), report.problems().size()));
        if (report.problems().isEmpty()) {
            page.line(text("report.fixity.clean", locale));
        }
        page.line(text("report.fixity.audit", locale, report.auditEvents(), report.auditChains()));
        List<List<String>> rows = report.problems().stream().map(p -> List.of(nullToEmpty(p.recordId()), p.key(),
                text("fixity." + p.kind(), locale), nullToEmpty(p.expectedSha256()), nullToEmpty(p.actualSha256()))).toList();
        return page.table(List.of(text("report.col.record", locale), text("report.col.key", locale),
                text("report.col.kind", locale), text("report.col.expected", locale), text("report.col.actual", locale)), rows).render();
    }

    /** In the office's time, as Vietnamese write it; never a UTC instant with nanoseconds. */
    private static String shown(java.time.Instant at) {
        return at == null ? "—" : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
                .format(at.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
