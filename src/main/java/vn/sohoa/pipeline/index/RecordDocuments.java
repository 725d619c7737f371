package vn.sohoa.pipeline.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene document of a record, and back. Field names:
 * <pre>
 * id, batch            keywords, stored
 * fileName             stored
 * text                 full text, analyzed (written + folded forms), stored for snippets
 * meta                 every metadata value and the file name, analyzed: free text over fields
 * f.NAME               normalized keyword of each value ({@link KeywordValues}): exact lookups
 * t.NAME               each value analyzed: phrase filters (typeName, organName)
 * s.NAME               each value as written, stored: shown in hits
 * issued               issuedDate as yyyymmdd points: date ranges
 * facet.NAME           doc values of typeName, organName, year: facet counts
 * reuseCount           stored
 * sort.id, sort.issued doc values: ties broken by id, lists without words newest first
 * f.needsReview        {@code true} or {@code false}: the review queue, the "Cần kiểm tra" mark
 * archivedAt, sort.archived  when archived (epoch ms), stored and doc values: the queue oldest first
 * </pre>
 */
final class RecordDocuments {

    static final String ID = "id";
    static final String TEXT = "text";
    static final String META = "meta";
    static final String FILE_NAME = "fileName";
    static final String BATCH = "batch";
    static final String ISSUED = "issued";
    static final String REUSE_COUNT = "reuseCount";
    static final String ID_SORT = "sort.id";
    static final String ISSUED_SORT = "sort.issued";
    static final String REUSED_IN = "reusedIn";
    static final String ISSUED_DATE = "issuedDate";
    static final String NEEDS_REVIEW = "needsReview";
    static final String ARCHIVED_AT = "archivedAt";
    static final String ARCHIVED_SORT = "sort.archived";
    static final List<String> FACETS = List.of("typeName", "organName", "year");
    private static final Set<String> FACETED_FIELDS = Set.of("typeName", "organName");

    /** Full text with offsets in the postings: snippets come from them instead of analysing each hit again. */
    private static final FieldType TEXT_TYPE = textType();

    private RecordDocuments() {
    }

    private static FieldType textType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    static String keyword(String field) {
        return "f." + field;
    }

    static String phrase(String field) {
        return "t." + field;
    }

    static String facet(String name) {
        return "facet." + name;
    }

    static Document toDocument(IndexedRecord record) {
        Document doc = new Document();
        doc.add(new StringField(ID, record.id(), Field.Store.YES));
        doc.add(new SortedDocValuesField(ID_SORT, new BytesRef(record.id())));
        doc.add(new StoredField(FILE_NAME, record.fileName()));
        doc.add(new StringField(BATCH, record.batch(), Field.Store.YES));
        doc.add(new Field(TEXT, KeywordValues.nfc(record.text()), TEXT_TYPE));
        StringBuilder meta = new StringBuilder(record.fileName());
        for (Map.Entry<String, List<String>> field : record.fields().entrySet()) {
            for (String value : field.getValue()) {
                addValue(doc, field.getKey(), KeywordValues.nfc(value).strip());
                meta.append('\n').append(value);
            }
        }
        for (String dossier : record.reusedIn()) {
            doc.add(new StringField(keyword(REUSED_IN), KeywordValues.normalize(REUSED_IN, dossier), Field.Store.NO));
            doc.add(new StoredField("s." + REUSED_IN, dossier));
        }
        doc.add(new StoredField(REUSE_COUNT, record.reusedIn().size()));
        doc.add(new StringField(keyword(NEEDS_REVIEW), String.valueOf(record.needsReview()), Field.Store.YES));
        if (record.archivedAt() != null) {
            doc.add(new StoredField(ARCHIVED_AT, record.archivedAt().toEpochMilli()));
            doc.add(new NumericDocValuesField(ARCHIVED_SORT, record.archivedAt().toEpochMilli()));
        }
        doc.add(new TextField(META, KeywordValues.nfc(meta.toString()), Field.Store.NO));
        return doc;
    }

    private static void addValue(Document doc, String field, String value) {
        doc.add(new StringField(keyword(field), KeywordValues.normalize(field, value), Field.Store.NO));
        doc.add(new TextField(phrase(field), value, Field.Store.NO));
        doc.add(new StoredField("s." + field, value));
        if (FACETED_FIELDS.contains(field)) {
            doc.add(new SortedSetDocValuesField(facet(field), new BytesRef(KeywordValues.facetValue(value))));
        }
        if (field.equals(ISSUED_DATE)) {
            LocalDate date = isoDate(value);
            if (date != null) {
                doc.add(new IntPoint(ISSUED, dayNumber(date)));
                doc.add(new NumericDocValuesField(ISSUED_SORT, dayNumber(date)));
                doc.add(new SortedSetDocValuesField(facet("year"), new BytesRef(String.valueOf(date.getYear()))));
            }
        }
    }

    /** A date as one sortable integer, yyyymmdd. */
    static int dayNumber(LocalDate date) {
        return date.getYear() * 10_000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    private static LocalDate isoDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null; // an unparsable extracted date stays searchable as text, just not by range
        }
    }

    static SearchResults.Hit toHit(Document doc, float score, String snippet) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (IndexableField field : doc.getFields()) {
            if (field.name().startsWith("s.")) {
                fields.computeIfAbsent(field.name().substring(2), k -> new ArrayList<>()).add(field.stringValue());
            }
        }
        IndexableField reuseCount = doc.getField(REUSE_COUNT);
        IndexableField archivedAt = doc.getField(ARCHIVED_AT);
        return new SearchResults.Hit(doc.get(ID), Float.isNaN(score) ? 0f : score, doc.get(FILE_NAME), snippet, doc.get(BATCH), fields,
                reuseCount == null ? 0 : reuseCount.numericValue().intValue(), "true".equals(doc.get(keyword(NEEDS_REVIEW))),
                archivedAt == null ? null : java.time.Instant.ofEpochMilli(archivedAt.numericValue().longValue()));
    }
}
