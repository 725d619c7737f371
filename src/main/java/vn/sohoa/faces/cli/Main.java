package vn.sohoa.faces.cli;

import java.util.ServiceLoader;

import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

import vn.sohoa.failure.Refusal;

/**
 * The command line: {@code sohoa COMMAND ...}. Arguments are checked before anything starts, so
 * a mistyped option is named at once; commands that need the stores start them themselves.
 */
@Command(name = "sohoa", mixinStandardHelpOptions = true, version = "Sohoa 0.1",
        description = "Digitize scanned results of administrative procedures into archived, searchable records.",
        subcommands = {RunCommand.class, BatchCommand.class, ShowCommand.class, GetCommand.class, SearchCommand.class,
                DemoCommand.class, JobsCommand.class, SubmitCommand.class, ReuseCommand.class, DossierCommand.class,
                ServeCommand.class, WorkerCommand.class, SeparatorSheetCommand.class, UserCommand.class, AuditCommand.class, VerifyCommand.class,
                ReviewCommand.class, CorrectCommand.class})
public final class Main implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: one of " + spec.subcommands().keySet());
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (for tests: no System.exit). */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        SearchCommand.addFilterOptions(commandLine.getSubcommands().get("search").getCommandSpec());
        CommandLine run = commandLine.getSubcommands().get("run");
        run.addSubcommand(RunJobCommand.of("digitize-inbox", "Digitize every complete batch of the inbox, one job execution per batch"));
        run.addSubcommand(RunJobCommand.of("fixity", "Re-read every archived object and compare its SHA-256 with record.json"));
        run.addSubcommand(RunJobCommand.of("prune-feed", "Remove the change feed's entries older than sohoa.feed.retention (30 days);"
                + " a search server that had not followed that far rebuilds its index from the records"));
        // The tools (samples, evaluations, benchmarks) are not part of the product: their commands
        // are there when their jar is (the launcher adds it; tests have it on the class path).
        ServiceLoader.load(ToolCommand.class).forEach(commandLine::addSubcommand);
        commandLine.setExecutionExceptionHandler(Main::handle);
        commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        return commandLine.execute(args);
    }

    /**
     * A refusal gets one clear line and the exit code of its kind ({@link Refusal.Kind}, the table
     * the API answers from too); anything else is a bug and keeps its stack trace in the log.
     */
    private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        Refusal refusal = Refusal.in(e);
        if (refusal != null) {
            String note = commandLine.getCommand() instanceof ContextCommand command ? command.whenRefused() : null;
            commandLine.getErr().println("error: " + refusal.getMessage() + (note == null ? "" : "; " + note));
            return refusal.kind().exitCode();
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        LoggerFactory.getLogger(Main.class).error("Command failed", e);
        commandLine.getErr().println("error: " + root.getClass().getSimpleName() + ": " + root.getMessage()
                + " (the full trace is in the log, SOHOA_HOME/logs/sohoa.log)");
        return ExitCodes.JOB_FAILED;
    }
}
