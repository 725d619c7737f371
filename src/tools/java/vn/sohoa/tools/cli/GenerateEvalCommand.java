package vn.sohoa.tools.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.sohoa.faces.cli.ExitCodes;
import vn.sohoa.faces.cli.ToolCommand;
import vn.sohoa.tools.samples.EvaluationSetWriter;

/** {@code sohoa generate-eval DIR}: writes the OCR evaluation set (scans with ground truth). */
@Command(name = "generate-eval", mixinStandardHelpOptions = true,
        description = "Write the OCR evaluation set (degraded single-page scans with NAME.gt.txt) into DIR.")
public final class GenerateEvalCommand implements Callable<Integer>, ToolCommand {

    @Parameters(index = "0", paramLabel = "DIR", description = "Target folder, e.g. target/eval.")
    Path dir;

    @Option(names = "--pages", defaultValue = "" + EvaluationSetWriter.DEFAULT_PAGES, description = "Pages (default ${DEFAULT-VALUE}).")
    int pages;

    @Option(names = "--seed", defaultValue = "20261128", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        for (EvaluationSetWriter.Page page : new EvaluationSetWriter(seed).write(dir, pages)) {
            System.out.printf("wrote %s (%s, %d dpi, skew %.1f°, turned %d°%s)%n", dir.resolve(page.name()), page.font(), page.dpi(),
                    page.skew(), page.rotation(), page.seal() ? ", seal" : "");
        }
        return ExitCodes.OK;
    }
}
