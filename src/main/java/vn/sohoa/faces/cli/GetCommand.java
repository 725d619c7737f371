package vn.sohoa.faces.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.sohoa.model.DigitizedRecord;
import vn.sohoa.pipeline.archive.RecordArchive;
import vn.sohoa.model.StoredObject;
import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.audit.AuditAction;
import vn.sohoa.services.audit.AuditTrail;
import vn.sohoa.storage.ObjectNotFoundException;

/** {@code sohoa get ID (--text|--original|--pdf) -o FILE}: one object of a record, streamed to a file. */
@Command(name = "get", mixinStandardHelpOptions = true, description = "Save an object of a record to a file.")
final class GetCommand extends ContextCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The record id.")
    String id;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write it.")
    Path output;

    static final class Which {
        @Option(names = "--text", description = "The text (UTF-8, pages separated by form feeds).")
        boolean text;
        @Option(names = "--original", description = "The file as scanned.")
        boolean original;
        @Option(names = "--pdf", description = "The searchable PDF.")
        boolean pdf;

        String objectName() {
            return text ? "text" : original ? "original" : "searchablePdf";
        }
    }

    @Override
    protected int run(ConfigurableApplicationContext context) {
        RecordArchive archive = context.getBean(RecordArchive.class);
        Optional<DigitizedRecord> record = archive.find(id);
        if (record.isEmpty()) {
            spec.commandLine().getErr().println("No record with id '" + id + "'.");
            return ExitCodes.NOT_FOUND;
        }
        Optional<StoredObject> object = record.get().object(which.objectName());
        if (object.isEmpty()) {
            return noSuchObject();
        }
        context.getBean(AuditTrail.class).record(Actor.cli(), AuditAction.DOWNLOAD, id, which.objectName() + " to " + output.toAbsolutePath());
        try (InputStream in = archive.open(object.get())) {
            Files.copy(in, output, StandardCopyOption.REPLACE_EXISTING);
        } catch (ObjectNotFoundException e) {
            return noSuchObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + output, e);
        }
        out().println("Wrote " + output);
        return ExitCodes.OK;
    }

    private int noSuchObject() {
        spec.commandLine().getErr().println("Record " + id + " has no " + which.objectName()
                + (which.pdf ? ": it was archived before searchable PDFs existed." : "."));
        return ExitCodes.NOT_FOUND;
    }
}
