package vn.sohoa.faces.cli;

import java.nio.file.Path;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.sohoa.operations.inbox.BatchSubmission;

/** {@code sohoa submit DIR}: hands a scanned batch to the nightly job. */
@Command(name = "submit", mixinStandardHelpOptions = true,
        description = "Copy a folder of scans into the inbox, complete (with READY), for the nightly digitize job.")
final class SubmitCommand extends ContextCommand {

    @Parameters(index = "0", paramLabel = "DIR", description = "The folder of scans.")
    Path dir;

    @Option(names = "--name", paramLabel = "NAME", description = "Batch name (default: the folder's name).")
    String name;

    @Override
    protected int run(ConfigurableApplicationContext context) {
        Path submitted = context.getBean(BatchSubmission.class).submit(dir, name);
        out().println("Submitted as " + submitted.getFileName() + " (" + submitted + ")");
        return ExitCodes.OK;
    }
}
