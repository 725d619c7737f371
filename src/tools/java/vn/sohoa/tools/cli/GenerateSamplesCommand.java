package vn.sohoa.tools.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import vn.sohoa.faces.cli.ExitCodes;
import vn.sohoa.faces.cli.ToolCommand;
import vn.sohoa.tools.samples.SampleBatchWriter;

/** {@code sohoa generate-samples DIR}: regenerates the committed sample batch. */
@Command(name = "generate-samples", mixinStandardHelpOptions = true,
        description = "Write the synthetic sample batch (scans, ground truth, manifest) into DIR.")
public final class GenerateSamplesCommand implements Callable<Integer>, ToolCommand {

    @Parameters(index = "0", paramLabel = "DIR", description = "Target folder, e.g. sample-scans.")
    Path dir;

    @Option(names = "--seed", defaultValue = "20261128", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        List<Path> files = new SampleBatchWriter(seed).write(dir);
        files.forEach(f -> System.out.println("wrote " + f));
        return ExitCodes.OK;
    }
}
