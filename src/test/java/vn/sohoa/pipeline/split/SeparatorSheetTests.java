package vn.sohoa.pipeline.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.sohoa.faces.cli.Main;
import vn.sohoa.pipeline.codes.PageCodeReader;
import vn.sohoa.pipeline.pages.PageCode;
import vn.sohoa.pipeline.pages.PageContent;

/** The printed separator sheet, read back the way the job reads a scanned page. */
class SeparatorSheetTests {

    @Test
    void theSheetFromTheCommandLineReadsAsASeparator(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("separator.pdf");
        assertThat(Main.execute("separator-sheet", "-o", pdf.toString())).isZero();
        BufferedImage page;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.GRAY);
        }
        List<PageCode> codes = new PageCodeReader().inspect(new PageContent.Image(1, page, 150));
        assertThat(codes).extracting(PageCode::payload).contains(DocumentSplitter.SEPARATOR_PAYLOAD, "PATCHT");
        assertThat(codes).allSatisfy(code -> assertThat(DocumentSplitter.isSeparator(code.payload())).isTrue());
    }
}
