package vn.sohoa.tools.samples;

/** The README that explains the committed sample batch to whoever opens its folder. */
final class SampleReadme {

    private final long seed;
    private final String fontFamily;

    SampleReadme(long seed, String fontFamily) {
        this.seed = seed;
        this.fontFamily = fontFamily;
    }

    String text() {
        return """
                # Sample scans

                Synthetic results of administrative procedures of Thoại Sơn district (An Giang), made to test \
                Sohoa end to end. Every name, ID number and code in them is invented. The folder is generated \
                by `./sohoa generate-samples sample-scans` from the package `vn.sohoa.samples` with seed \
                %d and the %s font; do not edit the files by hand, regenerate them.

                | file | what it is |
                |---|---|
                | `quyet-dinh-cap-phep.pdf` | a decision (Quyết định 729/QĐ-UBND), one page scanned at 300 dpi in colour with a red seal, 1.5° skew and noise, stored as JPEG in a PDF without a text layer |
                | `giay-phep-xay-dung.tif` | a construction permit (308/GPXD), two pages at 300 dpi, bilevel CCITT Group 4, −1° skew; the manifest names its dossier |
                | `ho-kinh-doanh.jpg` | a household business registration certificate, 300 dpi colour JPEG with a red seal and 0.8° skew; the manifest names its dossier |
                | `thong-bao.png` | a notice (152/TB-PTNMT), 200 dpi greyscale PNG with slight noise |
                | `cong-van-dien-tu.pdf` | a công văn (4869/UBND-VX), born digital: a PDF with a real, extractable text layer |
                | `trung-lap/ho-kinh-doanh-ban-sao.jpg` | a byte-identical copy of `ho-kinh-doanh.jpg`, to test duplicate detection (its folder sorts after the original, so the original owns the record) |
                | `tep-hong.pdf` | a broken file: the first 2,000 bytes of `quyet-dinh-cap-phep.pdf` |
                | `*.gt.txt` | the ground truth text of each document, UTF-8 NFC, one line per printed line, pages separated by a form feed |
                | `manifest.csv` | dossier code, procedure code and owner IDs (`;`-separated) that the batch manifest states, as the documents' text also does |
                """.formatted(seed, fontFamily);
    }
}
