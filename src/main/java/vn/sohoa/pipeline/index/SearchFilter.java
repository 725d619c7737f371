package vn.sohoa.pipeline.index;

import java.util.Arrays;
import java.util.Optional;

/**
 * The field filters of a search, by the name clerks and scripts use ({@code ownerId=...}): the one
 * list every face (command line, API, web page) builds its filters from. Keyword
 * filters match the whole normalized value ({@link KeywordValues}), or a prefix when the value ends
 * with {@code *}; phrase filters match the words of the value in order, with or without diacritics.
 */
public enum SearchFilter {
    OWNER_ID("ownerId", "ownerIds", Kind.KEYWORD, "--owner-id", "ID",
            "Owner's personal ID or tax code (spaces and dots ignored; ID* for a prefix)"),
    DOSSIER_CODE("dossierCode", "dossierCode", Kind.KEYWORD, "--dossier-code", "CODE",
            "Dossier code the result belongs to, e.g. 000.00.10.H01-210705-1187 (CODE* for a prefix)"),
    DOCUMENT_NUMBER("documentNumber", "documentNumber", Kind.KEYWORD, "--document-number", "NUMBER",
            "Document number, e.g. 729/QĐ-UBND (diacritics and spaces ignored)"),
    PROCEDURE_CODE("procedureCode", "procedureCode", Kind.KEYWORD, "--procedure-code", "CODE",
            "Procedure code, e.g. 1.001612"),
    TYPE_NAME("typeName", "typeName", Kind.PHRASE, "--type", "WORDS",
            "Words of the document type, in order, e.g. \"giay phep xay dung\""),
    ORGAN_NAME("organName", "organName", Kind.PHRASE, "--organ", "WORDS",
            "Words of the issuing agency, in order, e.g. \"UBND huyen Thoai Son\""),
    BATCH("batch", "batch", Kind.BATCH, "--batch", "NAME", "Only records of this batch"),
    REUSED_IN("reusedIn", "reusedIn", Kind.KEYWORD, "--reused-in", "CODE", "Only records reused in this dossier"),
    NEEDS_REVIEW("needsReview", "needsReview", Kind.KEYWORD, "--needs-review", "true|false",
            "Only records a person must still check (true), or only those checked (false)");

    /** How a filter value is matched. */
    public enum Kind { KEYWORD, PHRASE, BATCH }

    private final String parameter;
    private final String recordField;
    private final Kind kind;
    private final String option;
    private final String label;
    private final String description;

    SearchFilter(String parameter, String recordField, Kind kind, String option, String label, String description) {
        this.parameter = parameter;
        this.recordField = recordField;
        this.kind = kind;
        this.option = option;
        this.label = label;
        this.description = description;
    }

    /** The name in query strings, the API, the web page's form and the audit trail. */
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

    /** The command line's option ({@code --owner-id}). */
    public String option() {
        return option;
    }

    /** What the value is, in the command line's help ({@code ID}). */
    public String label() {
        return label;
    }

    /** What it filters by, for the command line's help and the API's documentation (English). */
    public String description() {
        return description;
    }

    public static Optional<SearchFilter> byParameter(String name) {
        return Arrays.stream(values()).filter(f -> f.parameter.equals(name)).findFirst();
    }
}
