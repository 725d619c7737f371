package vn.sohoa.cli;

import java.util.Optional;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.sohoa.archive.DigitizedRecord;
import vn.sohoa.archive.RecordArchive;

/** {@code sohoa show ID}: a record's metadata. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a record (its record.json).")
final class ShowCommand extends ContextCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The record id.")
    String id;

    @Option(names = "--json", description = "Print record.json as stored.")
    boolean json;

    @Override
    protected int run(ConfigurableApplicationContext context) {
        Optional<DigitizedRecord> record = context.getBean(RecordArchive.class).find(id);
        if (record.isEmpty()) {
            spec.commandLine().getErr().println("No record with id '" + id + "'.");
            return ExitCodes.NOT_FOUND;
        }
        if (json) {
            printJson(context, record.get());
        } else {
            print(record.get());
        }
        return ExitCodes.OK;
    }

    private void print(DigitizedRecord r) {
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
        r.fields().forEach((name, field) -> out().printf("  %-16s %s   [%s, %.2f]%n", name, field.value(), field.source(), field.confidence()));
    }
}
