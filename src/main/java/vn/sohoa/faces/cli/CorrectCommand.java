package vn.sohoa.faces.cli;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.sohoa.model.FieldCorrection;
import vn.sohoa.services.audit.Actor;
import vn.sohoa.services.review.CorrectionOutcome;
import vn.sohoa.services.review.ReviewService;

/** {@code sohoa correct ID FIELD VALUE [--by USER]}: sets a field by hand, kept with its history. */
@Command(name = "correct", mixinStandardHelpOptions = true,
        description = "Correct (or confirm) field FIELD of record ID: VALUE becomes its value (source manual, confidence 1.0); "
                + "the old value stays in the record's history. ownerIds takes IDs separated by commas; dates dd/mm/yyyy or yyyy-mm-dd.")
final class CorrectCommand extends ContextCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The record id.")
    String id;

    @Parameters(index = "1", paramLabel = "FIELD", description = "The field (record.json name): ownerIds, issuedDate, dossierCode, documentNumber …")
    String field;

    @Parameters(index = "2", paramLabel = "VALUE", description = "The right value.")
    String value;

    @Option(names = "--by", paramLabel = "USER", defaultValue = "${sys:user.name}", description = "Who corrects it (default: your login, ${DEFAULT-VALUE}).")
    String by;

    @Option(names = "--json", description = "Print the correction and the record as it is now as JSON.")
    boolean json;

    @Override
    protected String whenRefused() {
        return "nothing changed.";
    }

    @Override
    protected int run(ConfigurableApplicationContext context) {
        CorrectionOutcome outcome = context.getBean(ReviewService.class).correct(Actor.cli(by), id, field, value);
        if (json) {
            printJson(context, outcome);
            return ExitCodes.OK;
        }
        FieldCorrection c = outcome.written().get(0);
        out().printf("Record %s: %s %s (was %s from %s) by %s at %s.%n", c.recordId(), c.field(),
                c.confirmed() ? "confirmed as " + c.newValue() : "set to " + c.newValue(), c.oldValue(), c.oldSource(), c.by(), c.at());
        out().println(outcome.record().needsReview() ? "Still to check: " + String.join(", ", outcome.record().review().stream()
                .map(n -> n.field()).distinct().toList()) : "Nothing left to check on this record.");
        return ExitCodes.OK;
    }
}
