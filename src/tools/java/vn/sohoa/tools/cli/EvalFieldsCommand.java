package vn.sohoa.tools.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.sohoa.faces.cli.ContextCommand;
import vn.sohoa.faces.cli.ExitCodes;
import vn.sohoa.faces.cli.ToolCommand;
import vn.sohoa.operations.digitize.BatchFolderException;
import vn.sohoa.tools.evaluation.FieldAccuracy;
import vn.sohoa.tools.evaluation.FieldEvaluator;

/** {@code sohoa eval-fields DIR [--json]}: exact-match accuracy of the extracted fields against NAME.fields.json. */
@Command(name = "eval-fields", mixinStandardHelpOptions = true,
        description = "Extract the fields of every file of DIR that has a ground truth NAME.fields.json and print the accuracy.")
public final class EvalFieldsCommand extends ContextCommand implements ToolCommand {

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of scans with NAME.fields.json beside them.")
    Path dir;

    @Option(names = "--json", description = "Print the full result as JSON (with every mismatch).")
    boolean json;

    @Override
    protected int run(ConfigurableApplicationContext context) {
        if (!Files.isDirectory(dir)) {
            throw new BatchFolderException("Folder " + dir + " does not exist");
        }
        FieldAccuracy accuracy = context.getBean(FieldEvaluator.class).evaluate(dir);
        if (json) {
            printJson(context, accuracy);
            return ExitCodes.OK;
        }
        out().printf("%d files, %d documents%n%n| field | correct | total | accuracy |%n|---|---:|---:|---:|%n",
                accuracy.files(), accuracy.documents());
        print(accuracy.perField());
        out().printf("| **all fields** | %d | %d | %.1f %% |%n%n| value source | correct | total | accuracy |%n|---|---:|---:|---:|%n",
                accuracy.overall().correct(), accuracy.overall().total(), 100 * accuracy.overall().accuracy());
        print(accuracy.perSource());
        out().printf("%nWrong values with confidence > %.1f: %d%n", FieldAccuracy.CONFIDENT, accuracy.confidentWrong().size());
        accuracy.confidentWrong().forEach(m -> out().printf("  %s [%s] %s: expected %s, got %s (%s, %.2f)%n", m.file(),
                m.pages(), m.field(), m.expected(), m.actual(), m.source(), m.confidence()));
        out().flush();
        return ExitCodes.OK;
    }

    private void print(Map<String, FieldAccuracy.Count> counts) {
        counts.forEach((name, count) -> out().printf("| %s | %d | %d | %.1f %% |%n", name, count.correct(), count.total(),
                100 * count.accuracy()));
    }
}
