package vn.sohoa.faces.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.sohoa.model.ObjectName;
import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.records.RecordAccess;

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

        ObjectName objectName() {
            return text ? ObjectName.TEXT : original ? ObjectName.ORIGINAL : ObjectName.SEARCHABLE_PDF;
        }
    }

    @Override
    protected int run(ConfigurableApplicationContext context) {
        RecordAccess.Download download = context.getBean(RecordAccess.class)
                .open(Actor.cli(), id, which.objectName(), "to " + output.toAbsolutePath());
        try (InputStream in = download.content()) {
            Files.copy(in, output, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + output, e);
        }
        out().println("Wrote " + output);
        return ExitCodes.OK;
    }
}
