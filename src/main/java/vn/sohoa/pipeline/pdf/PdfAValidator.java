package vn.sohoa.pipeline.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * Checks PDF/A-2b conformance with veraPDF, the reference validator of the PDF Association.
 * Thread-safe: each call builds its own parser, and each thread keeps its own validator, reused
 * from file to file. veraPDF starts every validation afresh (its state is reset on entry), and
 * building a validator loads the profile's rules again: a seventh of a validation, measured with
 * JFR on born-digital results.
 */
@Component
public class PdfAValidator {

    static {
        VeraGreenfieldFoundryProvider.initialise();
        RuleScriptContexts.install();
    }

    /**
     * The outcome of one validation.
     *
     * @param failedRules failed rules as {@code clause-test: description} with the number of failed checks
     */
    public record Report(boolean compliant, List<String> failedRules) {

        /** The first few failed rules, for a note in record.json or a test message. */
        public String summary() {
            return compliant ? "compliant" : String.join("; ", failedRules.subList(0, Math.min(3, failedRules.size())));
        }
    }

    private final ThreadLocal<PDFAValidator> validators =
            ThreadLocal.withInitial(() -> Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false));

    public Report validate(byte[] pdf) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), PDFAFlavour.PDFA_2_B)) {
            ValidationResult result = validators.get().validate(parser);
            return new Report(result.isCompliant(), describe(result.getFailedChecks()));
        } catch (Exception e) {
            // veraPDF refuses what it cannot parse: that is a failed validation, not a crash of the batch.
            return new Report(false, List.of("not parseable as PDF/A: " + e.getMessage()));
        }
    }

    private static List<String> describe(Map<RuleId, Integer> failed) {
        return failed.entrySet().stream()
                .map(e -> e.getKey().getClause() + "-" + e.getKey().getTestNumber() + " (" + e.getValue() + " checks)")
                .sorted().collect(Collectors.toList());
    }
}
