package vn.sohoa.faces.cli;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.sohoa.pipeline.archive.RecordVerifier.ObjectCheck;
import vn.sohoa.pipeline.archive.RecordVerifier.Verification;
import vn.sohoa.pipeline.archive.RecordVerifier;
import vn.sohoa.pipeline.signing.SignatureCheck;

/**
 * {@code sohoa verify ID}: is the record intact? Every object against the SHA-256 in record.json,
 * and the signature of the searchable PDF. Exit 0 when intact, 5 when anything fails.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check a record's objects against record.json and the signature of its searchable PDF.")
final class VerifyCommand extends ContextCommand {

    @Parameters(index = "0", paramLabel = "ID", description = "The record id.")
    String id;

    @Option(names = "--json", description = "Print the verification as JSON.")
    boolean json;

    @Override
    protected int run(ConfigurableApplicationContext context) {
        Verification verification = context.getBean(RecordVerifier.class).verify(id);
        if (json) {
            printJson(context, verification);
        } else {
            print(verification);
        }
        return verification.ok() ? ExitCodes.OK : ExitCodes.INTEGRITY_FAILED;
    }

    private void print(Verification verification) {
        out().printf("Record %s%n", verification.id());
        for (ObjectCheck object : verification.objects()) {
            out().printf("  %-14s %s%n", object.name(), object.ok() ? "OK (sha256 matches)"
                    : object.actualSha256() == null ? "MISSING" : "CHANGED (sha256 " + object.actualSha256() + ", record.json says "
                    + object.expectedSha256() + ")");
        }
        SignatureCheck signature = verification.signature();
        if (signature == null) {
            out().println("  signature      none (the record has no signed searchable PDF)");
        } else if (signature.ok()) {
            out().printf("  signature      OK, signed by %s at %s%s%n", signature.signer(), signature.signedAt(),
                    signature.unitCertificate() ? "" : " (not the unit's current certificate: " + signature.certificate() + ")");
        } else {
            out().printf("  signature      INVALID: %s%n", signature.problem());
        }
        out().println(verification.ok() ? "Intact." : "NOT intact.");
        out().flush();
    }
}
