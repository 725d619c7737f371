package vn.sohoa.faces.cli;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.reuse.DossierReuse;
import vn.sohoa.services.reuse.ReuseService;
import vn.sohoa.services.reuse.ReusedResult;

/** {@code sohoa dossier CODE}: the results reused in a dossier. */
@Command(name = "dossier", mixinStandardHelpOptions = true, description = "List the results reused in dossier CODE.")
final class DossierCommand extends ContextCommand {

    @Parameters(index = "0", paramLabel = "CODE", description = "The dossier code.")
    String code;

    @Option(names = "--json", description = "Print JSON for scripts.")
    boolean json;

    @Override
    protected int run(ConfigurableApplicationContext context) {
        DossierReuse dossier = context.getBean(ReuseService.class).dossier(Actor.cli(), code);
        if (json) {
            printJson(context, dossier);
            return ExitCodes.OK;
        }
        out().printf("Dossier %s: %d reused results%n", dossier.dossierCode(), dossier.results().size());
        for (ReusedResult result : dossier.results()) {
            out().printf("  %s  %-32s by %s at %s  %s%n", result.reuse().recordId(), result.fileName(), result.reuse().by(),
                    result.reuse().at(), result.fields().values());
        }
        return ExitCodes.OK;
    }
}
