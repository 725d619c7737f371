package vn.sohoa.faces.cli;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.reuse.ReuseOutcome;
import vn.sohoa.services.reuse.ReuseService;

/** {@code sohoa reuse ID --dossier CODE [--by USER]}: records that a result was reused in a later dossier. */
@Command(name = "reuse", mixinStandardHelpOptions = true,
        description = "Record that result ID was reused in dossier CODE (append-only; twice in one dossier is one entry).")
final class ReuseCommand extends ContextCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The record id.")
    String id;

    @Option(names = "--dossier", required = true, paramLabel = "CODE", description = "The new dossier's code, e.g. 000.00.10.H01-210705-1187.")
    String dossier;

    @Option(names = "--by", paramLabel = "USER", defaultValue = "${sys:user.name}", description = "Who reuses it (default: your login, ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--json", description = "Print the reuse entry as JSON.")
    boolean json;

    @Override
    protected String whenRefused() {
        return "nothing recorded.";
    }

    @Override
    protected int run(ConfigurableApplicationContext context) {
        ReuseOutcome outcome = context.getBean(ReuseService.class).reuse(Actor.cli(by), id, dossier);
        if (json) {
            printJson(context, outcome);
        } else if (outcome.created()) {
            out().printf("Record %s reused in dossier %s by %s at %s.%n", outcome.entry().recordId(), outcome.entry().dossierCode(),
                    outcome.entry().by(), outcome.entry().at());
        } else {
            out().printf("Record %s was already reused in dossier %s (by %s at %s); nothing changed.%n", outcome.entry().recordId(),
                    outcome.entry().dossierCode(), outcome.entry().by(), outcome.entry().at());
        }
        return ExitCodes.OK;
    }
}
