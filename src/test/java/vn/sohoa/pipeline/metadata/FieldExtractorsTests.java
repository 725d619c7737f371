package vn.sohoa.pipeline.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.sohoa.model.FieldValue;
import vn.sohoa.model.RecordField;

/** Every text extractor on OCR output as Tesseract gives it, noise and all. */
class FieldExtractorsTests {

    private final DocumentTypes types = new DocumentTypes();

    private static SourceText ocr(String text) {
        return SourceText.plain("ocr", text);
    }

    private static Object value(Map<RecordField, FieldValue> fields, RecordField field) {
        return fields.get(field) == null ? null : fields.get(field).value();
    }

    @Test
    void documentNumberWithSpacesAroundTheSlashAndQdForQĐ() {
        Map<RecordField, FieldValue> fields = new DocumentNumberExtractor(types).extract(ocr(OcrSamples.DECISION_NOISY));
        assertThat(value(fields, RecordField.CODE_NUMBER)).isEqualTo("729");
        assertThat(value(fields, RecordField.CODE_NOTATION)).isEqualTo("QĐ-UBND");
        assertThat(value(fields, RecordField.DOCUMENT_NUMBER)).isEqualTo("729/QĐ-UBND");
        assertThat(fields.get(RecordField.DOCUMENT_NUMBER).source()).isEqualTo("ocr");
        assertThat(fields.get(RecordField.DOCUMENT_NUMBER).confidence()).isGreaterThan(0.9);
    }

    @Test
    void documentNumberOnTheDateLineStopsBeforeThePlace() {
        Map<RecordField, FieldValue> fields = new DocumentNumberExtractor(types).extract(ocr(OcrSamples.NOTICE));
        assertThat(value(fields, RecordField.DOCUMENT_NUMBER)).isEqualTo("152/TB-PTNMT");
        Map<RecordField, FieldValue> certificate = new DocumentNumberExtractor(types).extract(ocr(OcrSamples.HOUSEHOLD_BUSINESS));
        assertThat(value(certificate, RecordField.DOCUMENT_NUMBER)).isEqualTo("5280527064");
        assertThat(certificate).doesNotContainKey(RecordField.CODE_NOTATION);
    }

    @Test
    void documentNumberVariantsOfSốAndAStrayLetterInTheDigits() {
        for (String line : List.of("S6: 12/UBND-VX", "Số 12 /UBND-VX", "Sô:l2/UBND - VX", "SỐ: 12/ UBND-VX")) {
            Map<RecordField, FieldValue> fields = new DocumentNumberExtractor(types).extract(ocr("ỦY BAN NHÂN DÂN\n" + line));
            assertThat(value(fields, RecordField.DOCUMENT_NUMBER)).as(line).isEqualTo("12/UBND-VX");
        }
        FieldValue repaired = new DocumentNumberExtractor(types).extract(ocr("Sô:l2/UBND - VX")).get(RecordField.CODE_NUMBER);
        assertThat(repaired.confidence()).as("a repaired digit lowers the confidence").isLessThan(0.9);
    }

    @Test
    void theIdentityNumberLabelIsNotADocumentNumber() {
        assertThat(new DocumentNumberExtractor(types).extract(ocr("Số định danh cá nhân: 089194290546"))).isEmpty();
    }

    @Test
    void aBlankNumberKeepsItsNotationAndInventsNoNumber() {
        Map<RecordField, FieldValue> fields = new DocumentNumberExtractor(types)
                .extract(ocr("UBND HUYỆN THOẠI SƠN\nPHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố:      /TB-PTNMT\nThoại Sơn, ngày 08 tháng 3 năm 2024"));
        assertThat(fields).doesNotContainKeys(RecordField.CODE_NUMBER, RecordField.DOCUMENT_NUMBER);
        assertThat(fields.get(RecordField.CODE_NOTATION).value()).isEqualTo("TB-PTNMT");
    }

    @Test
    void dustReadAsAQuoteBeforeAnAgencyWordDoesNotCutTheAgency() {
        FieldValue organ = new OrganNameExtractor(MetadataProperties.defaults())
                .extract(ocr("ỦY BAN NHÂN DÂN\n'HUYỆN THOẠI SƠN\nSố: 308/GPXD")).get(RecordField.ORGAN_NAME);
        assertThat(organ.value()).isEqualTo("ỦY BAN NHÂN DÂN HUYỆN THOẠI SƠN");
    }

    @Test
    void aMonthSplitInTwoDigitsByOcrIsReadWhole() {
        assertThat(new IssuedDateExtractor().extract(ocr("Thoại Sơn, ngày 04 tháng 1 1 năm 2022")).get(RecordField.ISSUED_DATE)
                .value()).isEqualTo("2022-11-04");
    }

    @Test
    void anEightReadAsASectionSignIsRepairedAndMadeLessSure() {
        FieldValue date = new IssuedDateExtractor().extract(ocr("Thoại Sơn, ngày 08 tháng § năm 2024\nCăn cứ Luật ngày 27 tháng 8 năm 2021"))
                .get(RecordField.ISSUED_DATE);
        assertThat(date.value()).isEqualTo("2024-08-08");
        assertThat(date.confidence()).isLessThan(0.9);
    }

    @Test
    void aBlankDayGivesNoDateNotOneFromTheBody() {
        String text = "Thoại Sơn, ngày      tháng 7 năm 2022\nQUYẾT ĐỊNH\nCăn cứ Luật ngày 19 tháng 6 năm 2015;\n";
        assertThat(new IssuedDateExtractor().extract(ocr(text))).isEmpty();
        String certificate = "Thoại Sơn, ngày       tháng 10 năm 2022\nGIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH\n"
                + "Đăng ký lần đầu, ngày 04 tháng 10 năm 2022\n";
        assertThat(new IssuedDateExtractor().extract(ocr(certificate))).isEmpty();
    }

    @Test
    void issuedDateWithBrokenDiacriticsAndALetterForADigit() {
        FieldValue date = new IssuedDateExtractor().extract(ocr(OcrSamples.DECISION_NOISY)).get(RecordField.ISSUED_DATE);
        assertThat(date.value()).isEqualTo("2022-07-05");
        assertThat(date.confidence()).as("O for 0 was repaired").isLessThan(0.9);
        FieldValue clean = new IssuedDateExtractor().extract(ocr(OcrSamples.NOTICE)).get(RecordField.ISSUED_DATE);
        assertThat(clean.value()).isEqualTo("2024-03-08");
        assertThat(clean.confidence()).isGreaterThan(0.9);
    }

    @Test
    void issuedDatePrefersThePlaceAndDateLineOverDatesInTheBody() {
        String text = "Căn cứ Luật ngày 19 tháng 6 năm 2015;\nAn Giang, ngày 03 tháng 02 năm 2023\n";
        assertThat(new IssuedDateExtractor().extract(ocr(text)).get(RecordField.ISSUED_DATE).value()).isEqualTo("2023-02-03");
    }

    @Test
    void aDateNotOnTheCalendarIsNotGiven() {
        assertThat(new IssuedDateExtractor().extract(ocr("Thoại Sơn, ngày 31 tháng 02 năm 2023"))).isEmpty();
        assertThat(new IssuedDateExtractor().extract(ocr("Thoại Sơn, ngày 12 tháng 12 năm 2099"))).isEmpty();
    }

    @Test
    void organNameFromATwoColumnHeaderInEitherReadingOrder() {
        assertThat(value(new OrganNameExtractor(MetadataProperties.defaults()).extract(ocr(OcrSamples.HOUSEHOLD_BUSINESS)), RecordField.ORGAN_NAME))
                .isEqualTo("UBND HUYỆN THOẠI SƠN PHÒNG TÀI CHÍNH - KẾ HOẠCH");
        assertThat(value(new OrganNameExtractor(MetadataProperties.defaults()).extract(ocr(OcrSamples.DECISION_NOISY)), RecordField.ORGAN_NAME))
                .isEqualTo("ỦY BAN NHÂN DÂN HUYỆN THOẠI SƠN");
        String mottoFirst = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM UỶ BAN NHÂN DÂN\nĐộc lập - Tự do - Hạnh phúc XÃ VỌNG THÊ\n"
                + "Số: 45/TLKS-BS Vọng Thê, ngày 02 tháng 5 năm 2023";
        FieldValue organ = new OrganNameExtractor(MetadataProperties.defaults()).extract(ocr(mottoFirst)).get(RecordField.ORGAN_NAME);
        assertThat(organ.value()).as("UỶ spelled ỦY").isEqualTo("ỦY BAN NHÂN DÂN XÃ VỌNG THÊ");
        assertThat(organ.confidence()).isGreaterThan(0.9);
    }

    @Test
    void typeNameIsSpelledAsTheKnownTypeEvenWhenOcrBrokeAMark() {
        Map<RecordField, FieldValue> fields = new TypeAndSubjectExtractor(types).extract(ocr(OcrSamples.DECISION_NOISY));
        assertThat(value(fields, RecordField.TYPE_NAME)).isEqualTo("QUYẾT ĐỊNH");
        assertThat(value(fields, RecordField.SUBJECT)).isEqualTo("Về việc cấp giấy phép kinh doanh dịch vụ karaoke");
        Map<RecordField, FieldValue> certificate = new TypeAndSubjectExtractor(types).extract(ocr(OcrSamples.HOUSEHOLD_BUSINESS));
        assertThat(value(certificate, RecordField.TYPE_NAME)).isEqualTo("GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH");
        assertThat(value(certificate, RecordField.SUBJECT)).isEqualTo("Đăng ký lần đầu, ngày 12 tháng 12 năm 2023");
    }

    @Test
    void anOfficialLetterIsKnownByItsVvSubjectOverTwoLines() {
        String letter = "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN THOẠI SƠN Độc lập - Tự do - Hạnh phúc\n"
                + "Số: 4869/UBND-VX Thoại Sơn, ngày 14 tháng 11 năm 2023\nV/v hỗ trợ chi phí học tập cho học sinh có hoàn\n"
                + "cảnh khó khăn\n\nKính gửi: Phòng Giáo dục và Đào tạo huyện Thoại Sơn.";
        Map<RecordField, FieldValue> fields = new TypeAndSubjectExtractor(types).extract(ocr(letter));
        assertThat(value(fields, RecordField.TYPE_NAME)).isEqualTo("CÔNG VĂN");
        assertThat(value(fields, RecordField.SUBJECT)).isEqualTo("V/v hỗ trợ chi phí học tập cho học sinh có hoàn cảnh khó khăn");
    }

    @Test
    void signerPositionAndNameUnderIt() {
        Map<RecordField, FieldValue> fields = new SignerExtractor().extract(ocr(OcrSamples.DECISION_NOISY));
        assertThat(value(fields, RecordField.SIGNER_POSITION)).isEqualTo("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
        assertThat(value(fields, RecordField.SIGNER_NAME)).isEqualTo("Trần Thị Thu Hà");
        assertThat(fields.get(RecordField.SIGNER_NAME).confidence()).isGreaterThan(0.9);
    }

    @Test
    void aNameWhoseMarksWereLostUnderTheSealIsKeptButNotTrusted() {
        FieldValue name = new SignerExtractor().extract(ocr(OcrSamples.HOUSEHOLD_BUSINESS)).get(RecordField.SIGNER_NAME);
        assertThat(name.value()).as("Phạm is the only family name folding to Pham; Van is Văn or Vân").isEqualTo("Phạm Van Quang");
        assertThat(name.confidence()).isLessThan(0.8);
        FieldValue restored = new SignerExtractor().extract(ocr("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTran Hoang Lộc")).get(RecordField.SIGNER_NAME);
        assertThat(restored.value()).isEqualTo("Trần Hoàng Lộc");
        assertThat(restored.confidence()).as("restored marks are not what was read").isLessThan(0.9);
    }

    @Test
    void signerPositionWordsRespelledAndTheLineTheSealHidWrittenBack() {
        FieldValue respelled = new SignerExtractor().extract(ocr("KT.TRUONG PHONG\nPHO TRUONG PHÒNG\nLê Thị Loan"))
                .get(RecordField.SIGNER_POSITION);
        assertThat(respelled.value()).isEqualTo("KT. TRƯỞNG PHÒNG / PHÓ TRƯỞNG PHÒNG");
        assertThat(respelled.confidence()).isLessThan(0.9);
        FieldValue deputyOnly = new SignerExtractor().extract(ocr("PHÓ CHỦ TỊCH\n\nLê Thị Loan")).get(RecordField.SIGNER_POSITION);
        assertThat(deputyOnly.value()).isEqualTo("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH");
        assertThat(deputyOnly.confidence()).isLessThan(0.8);
    }

    @Test
    void organNameWithAMarkLostInCapitalsAndQrSpecksBeforeIt() {
        FieldValue organ = new OrganNameExtractor(MetadataProperties.defaults()).extract(ocr("ĐĩTr ỦY BAN NHÂN DAN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "HUYỆN THOẠI SƠN Độc lập - Tự do - Hạnh phúc\n_____\nSố: 12/QĐ-UBND")).get(RecordField.ORGAN_NAME);
        assertThat(organ.value()).isEqualTo("ỦY BAN NHÂN DÂN HUYỆN THOẠI SƠN");
    }

    @Test
    void ownerIdsInTheirContextWithOcrLettersRepaired() {
        FieldValue ids = new OwnerIdExtractor(MetadataProperties.defaults()).extract(ocr(OcrSamples.HOUSEHOLD_BUSINESS)).get(RecordField.OWNER_IDS);
        assertThat(ids.value()).isEqualTo(List.of("1679539818", "089194290546"));
        assertThat(ids.confidence()).isGreaterThan(0.9);
        FieldValue repaired = new OwnerIdExtractor(MetadataProperties.defaults()).extract(ocr(OcrSamples.DECISION_NOISY)).get(RecordField.OWNER_IDS);
        assertThat(repaired.value()).isEqualTo(List.of("089092225127"));
        assertThat(repaired.confidence()).isLessThan(0.9);
        FieldValue acrossLines = new OwnerIdExtractor(MetadataProperties.defaults()).extract(ocr(OcrSamples.NOTICE)).get(RecordField.OWNER_IDS);
        assertThat(acrossLines.value()).isEqualTo(List.of("089178322176"));
    }

    @Test
    void ownerIdsOtherLabelsAndBranchTaxCodes() {
        String text = "CCCD số 079 204 001234, Mã số thuế: 0301234567 - 002; điện thoại 0918123456";
        FieldValue ids = new OwnerIdExtractor(MetadataProperties.defaults()).extract(ocr(text)).get(RecordField.OWNER_IDS);
        assertThat(ids.value()).isEqualTo(List.of("079204001234", "0301234567-002"));
    }

    @Test
    void anIdWithAProvinceCodeNoProvinceHasIsLessSure() {
        FieldValue ids = new OwnerIdExtractor(MetadataProperties.defaults()).extract(ocr("Số định danh cá nhân: 099194290546")).get(RecordField.OWNER_IDS);
        assertThat(ids.value()).isEqualTo(List.of("099194290546"));
        assertThat(ids.confidence()).isLessThan(0.8);
        assertThat(new OwnerIdExtractor(MetadataProperties.defaults()).extract(ocr("Số định danh cá nhân: 08919429054"))).as("11 digits").isEmpty();
    }

    @Test
    void dossierCodeWithASpaceAfterADotAndItsDateChecked() {
        FieldValue code = new DossierCodeExtractor().extract(ocr(OcrSamples.HOUSEHOLD_BUSINESS)).get(RecordField.DOSSIER_CODE);
        assertThat(code.value()).isEqualTo("000.20.10.H01-231201-7990");
        assertThat(code.confidence()).isGreaterThan(0.9);
        FieldValue repaired = new DossierCodeExtractor().extract(ocr("mã hồ sơ 000.00.10.HOI-2l0705-1187")).get(RecordField.DOSSIER_CODE);
        assertThat(repaired.value()).isEqualTo("000.00.10.H01-210705-1187");
        FieldValue badDate = new DossierCodeExtractor().extract(ocr("mã hồ sơ 000.00.10.H01-211335-1187")).get(RecordField.DOSSIER_CODE);
        assertThat(badDate.confidence()).as("13th month").isLessThan(0.6);
    }

    @Test
    void procedureCodeWithItsUnitAndHoiForH01() {
        FieldValue code = new ProcedureCodeExtractor().extract(ocr(OcrSamples.NOTICE)).get(RecordField.PROCEDURE_CODE);
        assertThat(code.value()).isEqualTo("1.004203.000.00.00.H01");
        FieldValue plain = new ProcedureCodeExtractor().extract(ocr(OcrSamples.HOUSEHOLD_BUSINESS)).get(RecordField.PROCEDURE_CODE);
        assertThat(plain.value()).isEqualTo("1.001612");
        assertThat(plain.confidence()).isGreaterThan(0.9);
        assertThat(new ProcedureCodeExtractor().extract(ocr("vốn 150.000.000 đồng"))).isEmpty();
    }

    @Test
    void nothingIsInventedFromTextWithoutFields() {
        SourceText noise = ocr("~~ ||| ,,, \n\f 12 ab\n");
        for (FieldExtractor extractor : List.of(new DocumentNumberExtractor(types), new IssuedDateExtractor(),
                new OrganNameExtractor(MetadataProperties.defaults()), new TypeAndSubjectExtractor(types), new SignerExtractor(),
                new OwnerIdExtractor(MetadataProperties.defaults()), new DossierCodeExtractor(), new ProcedureCodeExtractor())) {
            assertThat(extractor.extract(noise)).as(extractor.getClass().getSimpleName()).isEmpty();
        }
    }

    @Test
    void spacesOcrPutInsideTheDigitsOfADossierCode() {
        FieldValue code = new DossierCodeExtractor().extract(ocr("(mã hồ sơ 000.00. 10.H01-230630-43 15, thủ tục"))
                .get(RecordField.DOSSIER_CODE);
        assertThat(code.value()).isEqualTo("000.00.10.H01-230630-4315");
    }

    @Test
    void placeNamesOfTheProvinceRespelledAndUnknownUnmarkedWordsDistrusted() {
        FieldValue known = new OrganNameExtractor(MetadataProperties.defaults())
                .extract(ocr("UBND HUYỆN THOAI SON\nPHÒNG TÀI CHÍNH - KẾ HOẠCH\nSố: 12/QĐ-UBND")).get(RecordField.ORGAN_NAME);
        assertThat(known.value()).isEqualTo("UBND HUYỆN THOẠI SƠN PHÒNG TÀI CHÍNH - KẾ HOẠCH");
        FieldValue unknown = new OrganNameExtractor(MetadataProperties.defaults())
                .extract(ocr("ỦY BAN NHÂN DÂN\nXÃ HOA LOI\nSố: 12/QĐ-UBND")).get(RecordField.ORGAN_NAME);
        assertThat(unknown.value()).isEqualTo("ỦY BAN NHÂN DÂN XÃ HOA LOI");
        assertThat(unknown.confidence()).isLessThan(0.8);
    }

    @Test
    void anIdOfAnotherProvinceIsKeptButLessSure() {
        FieldValue ids = new OwnerIdExtractor(MetadataProperties.defaults())
                .extract(ocr("Số định danh cá nhân: 082088041043")).get(RecordField.OWNER_IDS);
        assertThat(ids.value()).isEqualTo(List.of("082088041043"));
        assertThat(ids.confidence()).isLessThan(0.9);
    }

    @Test
    void aRepairedUnitOfAProcedureCodeIsLessSure() {
        assertThat(new ProcedureCodeExtractor().extract(ocr(OcrSamples.NOTICE)).get(RecordField.PROCEDURE_CODE).confidence())
                .isLessThan(0.9);
    }
}
