package vn.sohoa.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.sohoa.samples.FontSet;
import vn.sohoa.split.SeparatorSheet;

/** {@code sohoa separator-sheet -o FILE.pdf}: the sheet to put between results scanned in one go. */
@Command(name = "separator-sheet", mixinStandardHelpOptions = true,
        description = "Write the separator sheet (QR code SOHOA-SEPARATOR) to print for the scanning staff.")
final class SeparatorSheetCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    Path output;

    @Override
    public Integer call() throws Exception {
        new SeparatorSheet(FontSet.fromSystem().font(FontSet.Face.REGULAR, 12)).writePdf(output);
        System.out.println("wrote " + output);
        return ExitCodes.OK;
    }
}
