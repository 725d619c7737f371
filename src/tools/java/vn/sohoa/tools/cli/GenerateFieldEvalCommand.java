package vn.sohoa.tools.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.sohoa.faces.cli.ExitCodes;
import vn.sohoa.faces.cli.ToolCommand;
import vn.sohoa.tools.samples.FieldEvaluationSetWriter;

/** {@code sohoa generate-field-eval DIR}: writes the field evaluation set (scans + NAME.fields.json). */
@Command(name = "generate-field-eval", mixinStandardHelpOptions = true,
        description = "Write a field evaluation set (synthetic scans with ground truth NAME.fields.json) into DIR.")
public final class GenerateFieldEvalCommand implements Callable<Integer>, ToolCommand {

    @Parameters(index = "0", paramLabel = "DIR", description = "Target folder, e.g. target/field-eval.")
    Path dir;

    @Option(names = "--count", defaultValue = "63", description = "Single documents to write (default ${DEFAULT-VALUE}); two stacks to split are added.")
    int count;

    @Option(names = "--seed", defaultValue = "20261201", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        List<Path> scans = new FieldEvaluationSetWriter(seed).write(dir, count);
        System.out.println("wrote " + scans.size() + " scans with ground truth into " + dir);
        return ExitCodes.OK;
    }
}
