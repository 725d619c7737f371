package vn.sohoa.faces.cli;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.sohoa.model.DigitizedRecord;
import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.records.RecordAccess;
import vn.sohoa.services.records.RecordView;

/** {@code sohoa show ID}: a record's metadata and where it was reused. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a record (its record.json and where it was reused).")
final class ShowCommand extends ContextCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The record id.")
    String id;

    @Option(names = "--json", description = "Print record.json as stored, plus reuseCount and reusedIn.")
    boolean json;

    @Override
    protected int run(ConfigurableApplicationContext context) {
        RecordView view = context.getBean(RecordAccess.class).view(Actor.cli(), id, "sohoa show");
        if (json) {
            printJson(context, view);
        } else {
            print(view);
        }
        return ExitCodes.OK;
    }

    private void print(RecordView view) {
        DigitizedRecord r = view.record();
        out().printf("Record %s%n  file: %s (batch %s, %s)%n  type: %s, %d bytes, %d pages%n  archived: %s by %s%n",
                r.id(), r.originalFileName(), r.batch(), r.sourcePath(), r.mediaType(), r.size(), r.pageCount(),
                r.archivedAt(), r.digitizedBy());
        r.pages().forEach(p -> out().printf("  page %d: %s%s, %d characters%n", p.number(), p.textSource(),
                p.confidence() == null ? "" : String.format(" (confidence %.0f)", p.confidence()), p.characters()));
        if (r.searchablePdf() != null) {
            out().printf("  searchable PDF: %s%s%n", r.searchablePdf().conformance() == null ? "not PDF/A (" + r.searchablePdf().note() + ")"
                    : r.searchablePdf().conformance(), r.searchablePdf().signedBy() == null ? ", unsigned"
                    : ", signed by " + r.searchablePdf().signedBy() + " at " + r.searchablePdf().signedAt());
        }
        if (r.fields() != null) {
            r.fields().forEach((name, field) -> out().printf("  %-16s %s   [%s, %.2f]%n", name, field.value(), field.source(), field.confidence()));
        }
        if (r.corrections() != null) {
            out().println("  corrections:");
            r.corrections().forEach(c -> out().printf("    %s %s: %s (%s) -> %s by %s%n", c.at(), c.field(), c.oldValue(), c.oldSource(),
                    c.newValue(), c.by()));
        }
        if (r.needsReview()) {
            out().println("  to check:");
            r.review().forEach(n -> out().printf("    %-16s %s%n", n.field(), n.reason()));
        }
        out().printf("  reused %d times%n", view.reuseCount());
        view.reusedIn().forEach(e -> out().printf("    dossier %s by %s at %s%n", e.dossierCode(), e.by(), e.at()));
    }
}
