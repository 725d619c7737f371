package vn.sohoa.faces.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.audit.AuditEvent;
import vn.sohoa.services.audit.AuditQuery;
import vn.sohoa.services.audit.AuditTrail;

/** {@code sohoa audit [--user U] [--record ID] [--from D --to D] [--json]}: who accessed which records. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "List accesses to records (searches, views, downloads, reuses, uploads) from the audit trail in the bucket.")
final class AuditCommand extends ContextCommand {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Option(names = "--user", paramLabel = "USER", description = "Only this user's accesses.")
    String user;
    @Option(names = "--record", paramLabel = "ID", description = "Only accesses to this record (and searches that listed it).")
    String record;
    @Option(names = "--from", paramLabel = "DATE", description = "From this day (yyyy-MM-dd or dd/MM/yyyy, office time).")
    String from;
    @Option(names = "--to", paramLabel = "DATE", description = "To this day, included.")
    String to;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000", description = "At most N events (default ${DEFAULT-VALUE}).")
    int limit;
    @Option(names = "--json", description = "Print the events as JSON.")
    boolean json;

    @Override
    protected int run(ConfigurableApplicationContext context) {
        AuditQuery query = new AuditQuery(user, record, AuditQuery.day(from, "--from"), AuditQuery.day(to, "--to"), limit);
        List<AuditEvent> events = context.getBean(AuditTrail.class).find(Actor.cli(), query);
        if (json) {
            printJson(context, events);
            return ExitCodes.OK;
        }
        for (AuditEvent e : events) {
            out().printf("%s  %-16s %-8s %-24s %-15s %s%s%n", TIME.format(e.at()), e.who(), e.action(),
                    e.recordId() == null ? "-" : e.recordId(), e.from(), e.detail() == null ? "" : e.detail(),
                    e.results().isEmpty() ? "" : " -> " + String.join(",", e.results()));
        }
        out().printf("%d events%s%n", events.size(), events.size() == limit ? " (limit reached: narrow the query or raise --limit)" : "");
        return ExitCodes.OK;
    }
}
