package vn.sohoa.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The metadata fields of a digitized result, named after NĐ 30/2020 Phụ lục VI in camelCase
 * (see domain.md). The JSON name is the enum's {@link #jsonName()}.
 */
public enum RecordField {
    TYPE_NAME("typeName"),
    CODE_NUMBER("codeNumber"),
    CODE_NOTATION("codeNotation"),
    DOCUMENT_NUMBER("documentNumber"),
    ISSUED_DATE("issuedDate"),
    ORGAN_NAME("organName"),
    SUBJECT("subject"),
    SIGNER_POSITION("signerPosition"),
    SIGNER_NAME("signerName"),
    PAGE_AMOUNT("pageAmount"),
    LANGUAGE("language"),
    DOSSIER_CODE("dossierCode"),
    PROCEDURE_CODE("procedureCode"),
    OWNER_IDS("ownerIds"),
    CONFIDENCE_LEVEL("confidenceLevel");

    private final String jsonName;

    RecordField(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    public static Optional<RecordField> byJsonName(String name) {
        return Arrays.stream(values()).filter(f -> f.jsonName.equals(name)).findFirst();
    }
}
