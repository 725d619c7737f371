package vn.sohoa.digitize;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.stereotype.Component;

import vn.sohoa.archive.DigitizedRecord;
import vn.sohoa.archive.RecordArchive;
import vn.sohoa.intake.ScanFile;
import vn.sohoa.metadata.FieldValue;
import vn.sohoa.metadata.RecordFieldsAssembler;
import vn.sohoa.pdf.ArchivalPdf;
import vn.sohoa.pdf.SearchablePdfBuilder;
import vn.sohoa.pdf.SearchablePdfs;
import vn.sohoa.quarantine.QuarantineArchive;
import vn.sohoa.quarantine.UnreadableDocumentException;
import vn.sohoa.text.DocumentText;
import vn.sohoa.text.DocumentTextReader;

/**
 * One file through the stages: duplicate check → text of every page (text layer or OCR), with the
 * signed searchable PDF composed page by page as they are read → metadata fields → archive. Runs on the OCR worker threads, several files at once.
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
    private final SearchablePdfs searchablePdfs;

    public DigitizeFileProcessor(DuplicateCheck duplicates, DocumentTextReader textReader, RecordFieldsAssembler fields,
                                 RecordArchive archive, QuarantineArchive quarantine, SearchablePdfs searchablePdfs) {
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
        try {
            DocumentText text;
            ArchivalPdf pdf;
            try (SearchablePdfBuilder searchablePdf = searchablePdfs.start(file)) {
                text = textReader.read(file, searchablePdf);
                pdf = searchablePdf.finish();
            }
            Map<String, FieldValue> metadata = fields.assemble(file, text);
            DigitizedRecord record = archive.archive(file, text, metadata, pdf);
            log.info("Archived {} as {} ({} pages, {} OCR)", file.relativePath(), record.id(), text.pages().size(), text.ocrPages());
            return new FileOutcome.Archived(file, record, text.joined(), false);
        } catch (UnreadableDocumentException e) {
            log.warn("Quarantined {}: {} ({})", file.relativePath(), e.reason(), e.getMessage());
            return new FileOutcome.Quarantined(file, quarantine.quarantine(file, e));
        }
    }
}
