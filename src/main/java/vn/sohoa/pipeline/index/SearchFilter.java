package vn.sohoa.pipeline.index;

import java.util.Arrays;
import java.util.Optional;

/**
 * The field filters of a search, by the name clerks and scripts use ({@code ownerId=...}). Keyword
 * filters match the whole normalized value ({@link KeywordValues}), or a prefix when the value ends
 * with {@code *}; phrase filters match the words of the value in order, with or without diacritics.
 */
public enum SearchFilter {
    OWNER_ID("ownerId", "ownerIds", Kind.KEYWORD),
    DOSSIER_CODE("dossierCode", "dossierCode", Kind.KEYWORD),
    DOCUMENT_NUMBER("documentNumber", "documentNumber", Kind.KEYWORD),
    PROCEDURE_CODE("procedureCode", "procedureCode", Kind.KEYWORD),
    TYPE_NAME("typeName", "typeName", Kind.PHRASE),
    ORGAN_NAME("organName", "organName", Kind.PHRASE),
    REUSED_IN("reusedIn", "reusedIn", Kind.KEYWORD),
    BATCH("batch", "batch", Kind.BATCH);

    /** How a filter value is matched. */
    public enum Kind { KEYWORD, PHRASE, BATCH }

    private final String parameter;
    private final String recordField;
    private final Kind kind;

    SearchFilter(String parameter, String recordField, Kind kind) {
        this.parameter = parameter;
        this.recordField = recordField;
        this.kind = kind;
    }

    /** The name in query strings, the API and the command line. */
    public String parameter() {
        return parameter;
    }

    /** The record field (record.json name) it looks at. */
    public String recordField() {
        return recordField;
    }

    public Kind kind() {
        return kind;
    }

    public static Optional<SearchFilter> byParameter(String name) {
        return Arrays.stream(values()).filter(f -> f.parameter.equals(name)).findFirst();
    }
}
