package vn.sohoa.operations.digitize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.stereotype.Component;

import vn.sohoa.failure.QuarantineReason;
import vn.sohoa.failure.UnreadableDocumentException;
import vn.sohoa.model.DigitizedRecord;
import vn.sohoa.model.DocumentPart;
import vn.sohoa.pipeline.archive.RecordArchive;
import vn.sohoa.pipeline.intake.ScanFile;
import vn.sohoa.pipeline.metadata.ExtractedMetadata;
import vn.sohoa.pipeline.metadata.RecordFieldsAssembler;
import vn.sohoa.pipeline.metadata.TechnicalMetadataReader;
import vn.sohoa.pipeline.pdf.ArchivalPdf;
import vn.sohoa.pipeline.pdf.SearchablePdfBuilder;
import vn.sohoa.pipeline.pdf.SearchablePdfs;
import vn.sohoa.pipeline.quarantine.QuarantineArchive;
import vn.sohoa.pipeline.split.DocumentSplitter;
import vn.sohoa.pipeline.text.DocumentText;
import vn.sohoa.pipeline.text.DocumentTextReader;
import vn.sohoa.timing.Stage;
import vn.sohoa.timing.StageClock;

/**
 * One file through the stages: duplicate check → text of every page (text layer or OCR, codes
 * read on the page images), with the signed searchable PDF composed page by page as they are
 * read → split into documents → metadata fields → archive, one record per document. Runs on the
 * OCR worker threads, several files at once.
 *
 * <p>Failures are classified, not caught wholesale: an {@link UnreadableDocumentException} is the
 * file's fault and ends in quarantine while the batch goes on; a storage outage
 * ({@link vn.sohoa.storage.StorageUnavailableException}, already retried with backoff) fails the
 * step, to be resumed by a restart; anything else is a bug and fails the step too.
 */
@Component
public class DigitizeFileProcessor implements ItemProcessor<ScanFile, FileOutcome> {

    private static final Logger log = LoggerFactory.getLogger(DigitizeFileProcessor.class);

    private final DuplicateCheck duplicates;
    private final DocumentTextReader textReader;
    private final RecordFieldsAssembler fields;
    private final RecordArchive archive;
    private final QuarantineArchive quarantine;
    private final DocumentSplitter splitter;
    private final TechnicalMetadataReader technical;
    private final SearchablePdfs searchablePdfs;
    private final StageClock clock;

    public DigitizeFileProcessor(DuplicateCheck duplicates, DocumentTextReader textReader, RecordFieldsAssembler fields,
                                 RecordArchive archive, QuarantineArchive quarantine, DocumentSplitter splitter,
                                 TechnicalMetadataReader technical, SearchablePdfs searchablePdfs, StageClock clock) {
        this.clock = clock;
        this.splitter = splitter;
        this.technical = technical;
        this.searchablePdfs = searchablePdfs;
        this.duplicates = duplicates;
        this.textReader = textReader;
        this.fields = fields;
        this.archive = archive;
        this.quarantine = quarantine;
    }

    @Override
    public FileOutcome process(ScanFile file) {
        return duplicates.check(file).orElseGet(() -> digitize(file));
    }

    private FileOutcome digitize(ScanFile file) {
        try (StageClock.FileTally tally = clock.startFile()) {
            return digitize(file, tally);
        }
    }

    private FileOutcome digitize(ScanFile file, StageClock.FileTally tally) {
        try {
            DocumentText text;
            List<DocumentPart> parts;
            List<ArchivalPdf> pdfs;
            try (SearchablePdfBuilder searchablePdf = searchablePdfs.start(file)) {
                text = textReader.read(file, searchablePdf);
                parts = splitter.split(text);
                pdfs = oneFile(parts) ? List.of(searchablePdf.finish())
                        // A stack split into several results: each record gets the PDF of its own pages.
                        : parts.stream().map(part -> searchablePdf.finishPages(part.firstPage(), part.lastPage())).toList();
            }
            Map<String, Object> fileMetadata = clock.time(Stage.METADATA, () -> technical.read(file));
            if (oneFile(parts)) {
                ExtractedMetadata metadata = clock.time(Stage.METADATA, () -> fields.assemble(file, text).withTechnical(fileMetadata));
                DigitizedRecord record = clock.time(Stage.UPLOAD, () -> archive.archive(file, text, metadata, pdfs.get(0)));
                log.info("Archived {} as {} ({} pages, {} OCR, {} unreadable)", file.relativePath(), record.id(), text.pages().size(),
                        text.ocrPages(), text.unreadable().size());
                return new FileOutcome.Archived(file, record, text.joined(), false, tally.times());
            }
            return archiveParts(file, text, parts, pdfs, fileMetadata, tally);
        } catch (UnreadableDocumentException e) {
            log.warn("Quarantined {}: {} ({})", file.relativePath(), e.reason(), e.getMessage());
            return new FileOutcome.Quarantined(file, clock.time(Stage.UPLOAD, () -> quarantine.quarantine(file, e)), tally.times());
        }
    }

    private static boolean oneFile(List<DocumentPart> parts) {
        return parts.size() == 1 && parts.get(0).wholeFile();
    }

    /**
     * Several documents in one file: one record per part with the searchable PDF of its pages
     * ({@code pdfs}, in the order of {@code parts}), the original stored once for all.
     */
    private FileOutcome archiveParts(ScanFile file, DocumentText text, List<DocumentPart> parts, List<ArchivalPdf> pdfs,
                                     Map<String, Object> fileMetadata, StageClock.FileTally tally) {
        if (parts.isEmpty()) {
            throw new UnreadableDocumentException(QuarantineReason.NO_PAGES, file.relativePath(),
                    "every page is a separator sheet");
        }
        List<FileOutcome.Archived> archived = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            DocumentPart part = parts.get(i);
            DocumentText partText = text.range(part.firstPage(), part.lastPage());
            ExtractedMetadata metadata = clock.time(Stage.METADATA, () -> fields.assemble(file, partText).withTechnical(fileMetadata));
            ArchivalPdf pdf = pdfs.get(i);
            DigitizedRecord record = clock.time(Stage.UPLOAD, () -> archive.archivePart(file, part, partText, metadata, pdf));
            archived.add(new FileOutcome.Archived(file, record, partText.joined(), false));
        }
        clock.time(Stage.UPLOAD, () -> archive.recordParts(file, archived.stream().map(a -> a.record().id()).toList()));
        log.info("Archived {} as {} records: {}", file.relativePath(), parts.size(),
                archived.stream().map(a -> a.record().id() + " (pages " + a.record().part().firstPage() + "-"
                        + a.record().part().lastPage() + ")").toList());
        return new FileOutcome.Split(file, archived, tally.times());
    }
}
