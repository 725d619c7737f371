package vn.sohoa.pipeline.metadata;

/** Text as Tesseract 5 {@code vie} really gives it for scans of results, noise included. */
final class OcrSamples {

    private OcrSamples() {
    }

    /** A household business certificate: header read row by row, signer's marks lost under the seal. */
    static final String HOUSEHOLD_BUSINESS = """
            UBND HUYỆN THOẠI SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

            PHÒNG TÀI CHÍNH - KẾ HOẠCH Độc lập - Tự do - Hạnh phúc
            Số: 5280527064 Thoại Sơn, ngày 12 tháng 12 năm 2023

            GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH
            Đăng ký lần đầu, ngày 12 tháng 12 năm 2023

            1. Tên hộ kinh doanh: TAP HÓA HA

            6. Mã số thuế: 1679539818.

            Số định danh cá nhân: 089194290546.

            Hồ sơ đăng ký: mã hồ sơ 000.20. 10.H01-231201-7990, thủ tục hành chính mã
            1.001612.

            Pham Van Quang
            """;

    /** A notice: "HOI" for "H01" in the procedure code. */
    static final String NOTICE = """
            UBND HUYỆN THOẠI SƠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

            PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG Độc lập - Tự do - Hạnh phúc
            Số: 152/TB-PTNMT Thoại Sơn, ngày 08 tháng 3 năm 2024
            THÔNG BÁO

            Về việc bổ sung hồ sơ chuyển mục đích sử dụng đất

            Ngày 27/02/2024, Phong Tài nguyên và Môi trường huyện Thoại Sơn nhận được
            hồ sơ đề nghị chuyển mục đích sử dụng đất của bà Lê Thị Hồng Tuyết, Số định danh
            cá nhân: 089178322176, địa chỉ: ấp Bình Hòa, xã Thoại Giang, huyện Thoại Sơn,
            tỉnh An Giang (mã hồ sơ 000.23.10.H01-240227-2729, thủ tục hành chính mã
            1.004203.000.00.00.HOI).

            Phòng Tài nguyên và Môi trường thông báo để bà được biết và thực hiện./.

            TRƯỞNG PHÒNG

            Huỳnh Thị Mỹ Loan
            """;

    /** A decision read column after column, with the OCR slips of a poor scan. */
    static final String DECISION_NOISY = """
            ỦY BAN NHÂN DÂN
            HUYỆN THOẠI SƠN
            ———
            Sô: 729 / QD - UBND

            CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc

            Thoại Sơn, ngày O5 thảng 7 nãm 2022

            QUYÉT ĐỊNH
            Về việc cấp giấy phép kinh doanh dịch vụ karaoke

            CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN THOẠI SƠN

            Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
            Điều 1. Cấp giấy phép kinh doanh dịch vụ karaoke cho hộ kinh doanh Karaoke An Xanh,
            do ông Nguyễn Văn An làm chủ hộ. Số định danh cá nhân: O89O92225l27; ngày sinh: 01/02/1992.

            KT. CHỦ TỊCH
            PHÓ CHỦ TỊCH

            Trần Thị Thu Hà
            """;
}
