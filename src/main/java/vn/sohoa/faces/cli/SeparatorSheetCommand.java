package vn.sohoa.faces.cli;

import java.awt.Font;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import vn.sohoa.pipeline.pdf.PdfProperties;
import vn.sohoa.pipeline.split.SeparatorSheet;

/** {@code sohoa separator-sheet -o FILE.pdf}: the sheet to put between results scanned in one go. */
@Command(name = "separator-sheet", mixinStandardHelpOptions = true,
        description = "Write the separator sheet (QR code SOHOA-SEPARATOR) to print for the scanning staff.")
final class SeparatorSheetCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    Path output;

    @Override
    public Integer call() throws Exception {
        // The text layer's font: installed with Sohoa, so the sheet looks the same on every machine.
        Font font = Font.createFont(Font.TRUETYPE_FONT, Path.of(PdfProperties.DEFAULT_TEXT_FONT).toFile()).deriveFont(12f);
        new SeparatorSheet(font).writePdf(output);
        System.out.println("wrote " + output);
        return ExitCodes.OK;
    }
}
