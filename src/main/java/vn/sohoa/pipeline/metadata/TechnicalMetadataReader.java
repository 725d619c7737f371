package vn.sohoa.pipeline.metadata;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.DefaultParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import vn.sohoa.pipeline.intake.ScanFile;

/**
 * What a file says about itself, read by Tika's PDF and image parsers: producer and creating
 * tool, creation and modification dates, PDF version and PDF/A claim, page count, pixel size and
 * resolution (TIFF tags, EXIF, PNG pHYs). It goes into the {@code technical} section of
 * {@code record.json}; {@code resolutionDpi} is the scan resolution a clerk checks against the
 * 200 dpi rule.
 *
 * <p>Only the PDF and image parser modules are on the class path, no OCR parser: Tika reads
 * metadata here and never runs Tesseract a second time. A file Tika cannot read gets no technical
 * section; reading the pages is what decides whether a file is damaged.
 */
@Component
public class TechnicalMetadataReader {

    private static final Logger log = LoggerFactory.getLogger(TechnicalMetadataReader.class);

    /** Tika keys kept, under the names record.json gives them. */
    private static final Map<String, List<String>> KEPT = orderedKeys();

    /**
     * Chooses the parser by the type intake detected from the same bytes, so the file is not
     * detected a second time (an auto-detecting parser did: almost half of Tika's time on a
     * born-digital file, measured with JFR).
     */
    private final DefaultParser parser = new DefaultParser();

    private static Map<String, List<String>> orderedKeys() {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        keys.put("contentType", List.of("Content-Type"));
        keys.put("producer", List.of("pdf:producer"));
        keys.put("creatorTool", List.of("xmp:CreatorTool", "pdf:docinfo:creator_tool", "tiff:Software", "Software"));
        keys.put("created", List.of("dcterms:created", "xmp:CreateDate", "exif:DateTimeOriginal"));
        keys.put("modified", List.of("dcterms:modified", "xmp:ModifyDate"));
        keys.put("pdfVersion", List.of("pdf:PDFVersion"));
        keys.put("pdfaConformance", List.of("pdfaid:part"));
        keys.put("encrypted", List.of("pdf:encrypted"));
        keys.put("pages", List.of("xmpTPg:NPages"));
        keys.put("imageWidth", List.of("tiff:ImageWidth"));
        keys.put("imageLength", List.of("tiff:ImageLength"));
        keys.put("bitsPerSample", List.of("tiff:BitsPerSample"));
        keys.put("xResolution", List.of("tiff:XResolution"));
        keys.put("resolutionUnit", List.of("tiff:ResolutionUnit"));
        return keys;
    }

    /** The file's technical metadata; empty when Tika could not read it. */
    public Map<String, Object> read(ScanFile file) {
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, file.mediaType());
        try (InputStream in = TikaInputStream.get(file.path(), metadata)) {
            parser.parse(in, new MetadataOnly(), metadata, metadataOnlyContext());
        } catch (Exception | LinkageError e) {
            // A damaged file is told by its pages, not by its metadata: nothing to add here. LinkageError too:
            // a parser whose optional library is missing must not fail the file.
            if (!MetadataOnly.stoppedBy(e)) {
                log.debug("No technical metadata for {}: {}", file.relativePath(), e.toString());
                return Map.of();
            }
        }
        Map<String, Object> technical = new LinkedHashMap<>();
        KEPT.forEach((name, keys) -> keys.stream().map(metadata::get).filter(v -> v != null && !v.isBlank())
                .findFirst().ifPresent(value -> technical.put(name, value.strip())));
        resolutionDpi(metadata).ifPresent(dpi -> technical.put("resolutionDpi", dpi));
        return technical;
    }

    /**
     * A parse context for metadata alone. Without an embedded-document extractor of its own, Tika
     * builds a new auto-detecting parser (service loading every parser) for each PDF, in case it
     * holds attachments: a third of Tika's time on a born-digital file, measured with JFR. And the
     * PDF parser's default is to catch a page's exception and go on to the next page, which would
     * swallow {@link MetadataOnly}'s stop and extract every page's text after all.
     */
    private static ParseContext metadataOnlyContext() {
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setCatchIntermediateIOExceptions(false);
        pdf.setExtractAcroFormContent(false);
        pdf.setExtractBookmarksText(false);
        pdf.setExtractAnnotationText(false);
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        ParseContext context = new ParseContext();
        context.set(PDFParserConfig.class, pdf);
        context.set(EmbeddedDocumentExtractor.class, NoEmbeddedDocuments.INSTANCE);
        return context;
    }

    /** A file's attachments are not opened: only the file's own metadata is read here. */
    private enum NoEmbeddedDocuments implements EmbeddedDocumentExtractor {
        INSTANCE;

        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            // never asked: shouldParseEmbedded says no
        }
    }

    /**
     * Stops the parse when the document's text begins: Tika's parsers fill the metadata first, and
     * the PDF parser would then extract every page's text again, which the text reader already did
     * (a tenth of the Java time of a born-digital file, measured with JFR).
     */
    private static final class MetadataOnly extends DefaultHandler {

        private static final class Stop extends SAXException {
            Stop() {
                super("metadata read");
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            if ("body".equals(localName) || "body".equals(qName)) {
                throw new Stop();
            }
        }

        static boolean stoppedBy(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof Stop) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Dots per inch from the TIFF/EXIF tags, the JPEG JFIF header or the PNG pHYs chunk (millimetres per pixel). */
    static Optional<Integer> resolutionDpi(Metadata metadata) {
        String x = first(metadata, "tiff:XResolution", "Exif IFD0:X Resolution", "X Resolution");
        if (x != null) {
            try {
                double value = Double.parseDouble(x.replaceAll("^\\D*([0-9.]+).*$", "$1"));
                String unit = String.valueOf(first(metadata, "tiff:ResolutionUnit", "Exif IFD0:Resolution Unit",
                        "Resolution Units")).toLowerCase();
                return Optional.of((int) Math.round(unit.contains("cm") ? value * 2.54 : value));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        String pixelSize = metadata.get("Dimension HorizontalPixelSize");
        if (pixelSize != null) {
            try {
                return Optional.of((int) Math.round(25.4 / Double.parseDouble(pixelSize)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String first(Metadata metadata, String... names) {
        for (String name : names) {
            if (metadata.get(name) != null) {
                return metadata.get(name);
            }
        }
        return null;
    }
}
