package vn.sohoa.pipeline.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.sohoa.model.FieldValue;
import vn.sohoa.model.RecordField;

class QrPayloadParserTests {

    private final QrPayloadParser parser = new QrPayloadParser();

    @Test
    void jsonPayloadWithVietnameseKeys() {
        Map<RecordField, FieldValue> fields = parser.parse(
                "{\"maHoSo\":\"000.00.10.H01-210705-1187\",\"maTTHC\":\"1.001612\",\"soDinhDanh\":\"089092225127\"}");
        assertThat(fields.get(RecordField.DOSSIER_CODE).value()).isEqualTo("000.00.10.H01-210705-1187");
        assertThat(fields.get(RecordField.PROCEDURE_CODE).value()).isEqualTo("1.001612");
        assertThat(fields.get(RecordField.OWNER_IDS).value()).isEqualTo(List.of("089092225127"));
        assertThat(fields.values()).allSatisfy(v -> {
            assertThat(v.source()).isEqualTo("qr");
            assertThat(v.confidence()).isEqualTo(1.0);
        });
    }

    @Test
    void keyValuePayloadWithKeysInAnyCaseAndMarks() {
        Map<RecordField, FieldValue> fields = parser.parse(
                "Mã hồ sơ=000.00.10.H01-210705-1187; MA_TTHC=2.000815.000.00.00.H01 & MST=1601234567-001");
        assertThat(fields.get(RecordField.DOSSIER_CODE).value()).isEqualTo("000.00.10.H01-210705-1187");
        assertThat(fields.get(RecordField.PROCEDURE_CODE).value()).isEqualTo("2.000815.000.00.00.H01");
        assertThat(fields.get(RecordField.OWNER_IDS).value()).isEqualTo(List.of("1601234567-001"));
    }

    @Test
    void aBareDossierCodeAndJsonArraysOfOwners() {
        assertThat(parser.parse("000.00.10.H01-210705-1187").get(RecordField.DOSSIER_CODE).value())
                .isEqualTo("000.00.10.H01-210705-1187");
        assertThat(parser.parse("{\"ownerIds\":[\"089092225127\",\"1601234567\"]}").get(RecordField.OWNER_IDS).value())
                .isEqualTo(List.of("089092225127", "1601234567"));
    }

    @Test
    void aPayloadThatFailsValidationIsLessSure() {
        assertThat(parser.parse("maHoSo=000.00.10.H01-211345-1187").get(RecordField.DOSSIER_CODE).confidence()).isLessThan(1.0);
    }

    @Test
    void otherPayloadsCarryNoFields() {
        assertThat(parser.parse("SOHOA-SEPARATOR")).isEmpty();
        assertThat(parser.parse("https://dichvucong.gov.vn/p/home")).isEmpty();
        assertThat(parser.parse("{not json")).isEmpty();
    }
}
