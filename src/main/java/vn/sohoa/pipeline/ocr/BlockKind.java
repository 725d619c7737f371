package vn.sohoa.pipeline.ocr;

/**
 * The standard blocks of an NĐ 30/2020 page (Phụ lục I: thể thức văn bản), in the order the page
 * is read.
 */
public enum BlockKind {
    /** Top left: the issuing agency, one to three lines in capitals ({@code ỦY BAN NHÂN DÂN / HUYỆN THOẠI SƠN}). */
    AGENCY,
    /** Top right: {@code CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc}. */
    MOTTO,
    /** Under the agency: {@code Số: 729/QĐ-UBND}. */
    NUMBER,
    /** Under the motto: {@code Thoại Sơn, ngày 05 tháng 7 năm 2022}. */
    PLACE_DATE,
    /** The document type word and the subject under it ({@code QUYẾT ĐỊNH / Về việc …}), or a công văn's {@code V/v …}. */
    TITLE,
    /** Everything between the title and the closing blocks. */
    BODY,
    /** Bottom left: {@code Nơi nhận:} and its list. */
    RECIPIENTS,
    /** Bottom right: the signing authority and title, then the signer's name under the signature. */
    SIGNATURE
}
