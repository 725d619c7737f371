package vn.sohoa.pipeline.metadata;

import java.util.Map;

import vn.sohoa.model.FieldValue;
import vn.sohoa.model.RecordField;

/**
 * Reads one family of record fields from a document's text.
 *
 * <p>Contract: returns only what the text carries, each value with the text's source and a
 * confidence in 0–1 that is lowered for every repair or failed validation; an absent field is
 * absent, never guessed. OCR text of any shape is valid input: an extractor never throws on it.
 * Where the page's standard blocks are known ({@link SourceText#blocks}) a field is read from its own
 * block first; without them, from the page text.
 */
public interface FieldExtractor {

    Map<RecordField, FieldValue> extract(SourceText text);
}
