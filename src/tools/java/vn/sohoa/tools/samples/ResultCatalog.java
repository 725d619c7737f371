package vn.sohoa.tools.samples;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import vn.sohoa.tools.samples.ResultDocument.Kind;
import vn.sohoa.tools.samples.SyntheticFacts.Person;

/**
 * Realistic synthetic results of administrative procedures of Thoại Sơn district, An Giang province.
 *
 * <p>Document numbers are fixed, so tests can name them; names, ID numbers, addresses, dates and
 * dossier codes come from the seed. Each document draws from its own random source, so asking for
 * them in another order, or for only one, gives the same documents.
 */
public final class ResultCatalog {

    /** Characters on a body line; fits 13 pt of a Times-metric face between the margins. */
    private static final int BODY_WIDTH = 80;
    /** Characters the indent of a paragraph's first line takes. */
    private static final int INDENT_WIDTH = 6;
    /** Characters on a subject line in the left header column of a công văn. */
    private static final int LETTER_SUBJECT_WIDTH = 36;
    private static final String DISTRICT = "Thoại Sơn";
    private static final List<String> DISTRICT_PEOPLES_COMMITTEE = List.of("ỦY BAN NHÂN DÂN", "HUYỆN THOẠI SƠN");
    private static final List<String> DEPUTY_CHAIR = List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");

    private final long seed;
    private final TextWrapper prose = new TextWrapper(BODY_WIDTH, INDENT_WIDTH);

    /** A catalog whose documents are fixed by the seed. */
    public ResultCatalog(long seed) {
        this.seed = seed;
    }

    /** The five documents: decision, construction permit, household business, notice, công văn. */
    public List<ResultDocument> all() {
        return List.of(decision(), constructionPermit(), householdBusinessCertificate(), notice(), officialLetter());
    }

    private SyntheticFacts facts(Kind kind) {
        return new SyntheticFacts(new Random(seed * 31 + kind.ordinal()));
    }

    private TextBlock paragraph(String text) {
        return TextBlock.paragraph(prose.wrap(text));
    }

    /** "Số: 729/QĐ-UBND": a district decision granting a karaoke business licence. */
    public ResultDocument decision() {
        SyntheticFacts facts = facts(Kind.DECISION);
        Person owner = facts.person();
        LocalDate issued = facts.issueDate();
        String dossier = facts.dossierCode("000.00.10.H01", facts.receivedBefore(issued));
        String procedure = "1.001029";
        String business = "Karaoke " + owner.givenName() + " " + facts.pick(List.of("Xanh", "Hoàng Gia", "Sao Mai"));
        List<TextBlock> body = new ArrayList<>();
        body.add(TextBlock.heading("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN THOẠI SƠN"));
        body.add(paragraph("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, "
                + "bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương "
                + "ngày 22 tháng 11 năm 2019;"));
        body.add(paragraph("Căn cứ Nghị định số 54/2019/NĐ-CP ngày 19 tháng 6 năm 2019 của Chính phủ quy định "
                + "về kinh doanh dịch vụ karaoke, dịch vụ vũ trường;"));
        body.add(paragraph("Xét hồ sơ đề nghị cấp giấy phép của hộ kinh doanh " + business + " (mã hồ sơ "
                + dossier + ", thủ tục hành chính mã " + procedure + ") và đề nghị của Trưởng phòng "
                + "Văn hóa và Thông tin huyện."));
        body.add(TextBlock.heading("QUYẾT ĐỊNH:"));
        body.addAll(decisionArticles(facts, owner, business));
        return new ResultDocument(Kind.DECISION, DISTRICT_PEOPLES_COMMITTEE, "Số: 729/QĐ-UBND",
                SyntheticFacts.placeDateLine(DISTRICT, issued), "QUYẾT ĐỊNH",
                List.of("Về việc cấp giấy phép kinh doanh dịch vụ karaoke"), body,
                DEPUTY_CHAIR, facts.person().name(), dossier, procedure, List.of(owner.personalId()));
    }

    private List<TextBlock> decisionArticles(SyntheticFacts facts, Person owner, String business) {
        return List.of(
                paragraph("Điều 1. Cấp giấy phép kinh doanh dịch vụ karaoke cho hộ kinh doanh " + business
                        + ", do " + owner.honorific() + " " + owner.name() + " làm chủ hộ."),
                paragraph("Số định danh cá nhân: " + owner.personalId() + "; ngày sinh: "
                        + SyntheticFacts.shortDate(owner.birthDate()) + "."),
                paragraph("Địa chỉ kinh doanh: " + owner.address() + ". Số lượng phòng hát: 0"
                        + facts.between(2, 6) + " phòng, diện tích mỗi phòng từ 20 m² trở lên."),
                paragraph("Điều 2. Hộ kinh doanh có trách nhiệm thực hiện đúng các quy định tại Nghị định số "
                        + "54/2019/NĐ-CP và các quy định khác của pháp luật có liên quan."),
                paragraph("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội đồng nhân dân "
                        + "và Ủy ban nhân dân huyện, Trưởng phòng Văn hóa và Thông tin, Chủ tịch Ủy ban nhân dân "
                        + owner.commune() + " và " + owner.honorific() + " " + owner.name()
                        + " chịu trách nhiệm thi hành Quyết định này./."));
    }

    /** "Số: 308/GPXD": a two-page construction permit for a house; page 2 holds its conditions. */
    public ResultDocument constructionPermit() {
        SyntheticFacts facts = facts(Kind.CONSTRUCTION_PERMIT);
        Person owner = facts.person();
        LocalDate issued = facts.issueDate();
        String dossier = facts.dossierCode("000.00.10.H01", facts.receivedBefore(issued));
        String procedure = "1.009975";
        List<TextBlock> body = new ArrayList<>();
        body.add(paragraph("1. Cấp cho: " + owner.honorific() + " " + owner.name() + "; Số định danh cá nhân: "
                + owner.personalId() + "."));
        body.add(paragraph("Địa chỉ thường trú: " + owner.address() + "."));
        body.add(paragraph("2. Được phép xây dựng công trình: nhà ở riêng lẻ, theo thiết kế do Công ty TNHH Tư vấn "
                + "Xây dựng Đông Sơn lập, gồm các nội dung sau:"));
        body.addAll(permitParticulars(facts, owner));
        body.add(paragraph("3. Hồ sơ đề nghị cấp phép: mã hồ sơ " + dossier + ", thủ tục hành chính mã "
                + procedure + "."));
        body.add(paragraph("4. Giấy tờ về quyền sử dụng đất: Giấy chứng nhận quyền sử dụng đất số CS "
                + facts.digits(5) + " do Sở Tài nguyên và Môi trường tỉnh An Giang cấp ngày "
                + SyntheticFacts.shortDate(issued.minusYears(facts.between(2, 9))) + "."));
        body.add(paragraph("5. Giấy phép này có hiệu lực khởi công xây dựng trong thời hạn 12 tháng kể từ ngày "
                + "cấp; quá thời hạn trên thì phải đề nghị gia hạn giấy phép xây dựng."));
        body.addAll(permitConditions());
        return new ResultDocument(Kind.CONSTRUCTION_PERMIT, DISTRICT_PEOPLES_COMMITTEE, "Số: 308/GPXD",
                SyntheticFacts.placeDateLine(DISTRICT, issued), "GIẤY PHÉP XÂY DỰNG",
                List.of("(Sử dụng cho nhà ở riêng lẻ)"), body, DEPUTY_CHAIR, facts.person().name(),
                dossier, procedure, List.of(owner.personalId()));
    }

    private List<TextBlock> permitParticulars(SyntheticFacts facts, Person owner) {
        int groundFloor = facts.between(70, 120);
        return List.of(
                paragraph("- Vị trí xây dựng: thửa đất số " + facts.between(40, 900) + ", tờ bản đồ số "
                        + facts.between(3, 40) + ", " + owner.hamlet() + ", " + owner.commune() + "."),
                paragraph("- Cốt nền xây dựng công trình: +0,45 m so với cốt mặt đường hiện trạng."),
                paragraph("- Mật độ xây dựng: " + facts.between(60, 85) + " %; hệ số sử dụng đất: 1,"
                        + facts.between(20, 70) + "."),
                paragraph("- Chỉ giới xây dựng: lùi vào 3,0 m so với chỉ giới đường đỏ."),
                paragraph("- Màu sắc công trình: sơn nước màu vàng nhạt, mái lợp tôn màu đỏ."),
                paragraph("- Diện tích xây dựng tầng 1: " + groundFloor + " m²; tổng diện tích sàn: "
                        + 2 * groundFloor + " m²."),
                paragraph("- Chiều cao công trình: 8,6 m; số tầng: 02 (một trệt, một lầu)."));
    }

    private List<TextBlock> permitConditions() {
        return List.of(
                TextBlock.heading("CHỦ ĐẦU TƯ PHẢI THỰC HIỆN CÁC NỘI DUNG SAU ĐÂY:").onNewPage(),
                paragraph("1. Chịu trách nhiệm trước pháp luật nếu xâm phạm các quyền hợp pháp của các chủ sở "
                        + "hữu liền kề."),
                paragraph("2. Phải thực hiện đúng các quy định của pháp luật về đất đai, về đầu tư xây dựng và "
                        + "Giấy phép xây dựng này."),
                paragraph("3. Thực hiện thông báo khởi công xây dựng công trình theo quy định."),
                paragraph("4. Xuất trình Giấy phép xây dựng cho cơ quan có thẩm quyền khi được yêu cầu theo quy "
                        + "định của pháp luật và treo biển báo tại địa điểm xây dựng theo quy định."),
                paragraph("5. Khi điều chỉnh thiết kế làm thay đổi một trong các nội dung quy định tại khoản 1 "
                        + "Điều 98 Luật Xây dựng năm 2014 (sửa đổi, bổ sung năm 2020) thì phải đề nghị điều "
                        + "chỉnh giấy phép xây dựng và chờ quyết định của cơ quan cấp giấy phép."),
                paragraph("6. Thực hiện đúng các biện pháp bảo đảm an toàn, vệ sinh môi trường trong quá trình "
                        + "thi công; không để vật liệu xây dựng lấn chiếm lòng, lề đường."));
    }

    /**
     * A household business registration certificate. Its number is the 10-digit household business
     * number; the tax code the tax office gave the household is printed in the body.
     */
    public ResultDocument householdBusinessCertificate() {
        SyntheticFacts facts = facts(Kind.HOUSEHOLD_BUSINESS_CERTIFICATE);
        Person owner = facts.person();
        LocalDate issued = facts.issueDate();
        String dossier = facts.dossierCode("000.20.10.H01", facts.receivedBefore(issued));
        String procedure = "1.001612";
        String taxCode = "16" + facts.digits(8);
        List<TextBlock> body = new ArrayList<>(businessParticulars(facts, owner, taxCode));
        body.add(paragraph("7. Thông tin về chủ hộ kinh doanh:"));
        body.add(paragraph("Họ và tên: " + owner.name().toUpperCase(Locale.ROOT) + ". Giới tính: "
                + owner.sex() + "."));
        body.add(paragraph("Sinh ngày: " + SyntheticFacts.shortDate(owner.birthDate())
                + ". Dân tộc: Kinh. Quốc tịch: Việt Nam."));
        body.add(paragraph("Số định danh cá nhân: " + owner.personalId() + "."));
        body.add(paragraph("Địa chỉ thường trú: " + owner.address() + "."));
        body.add(paragraph("Hồ sơ đăng ký: mã hồ sơ " + dossier + ", thủ tục hành chính mã " + procedure + "."));
        return new ResultDocument(Kind.HOUSEHOLD_BUSINESS_CERTIFICATE,
                List.of("UBND HUYỆN THOẠI SƠN", "PHÒNG TÀI CHÍNH - KẾ HOẠCH"), "Số: 5280" + facts.digits(6),
                SyntheticFacts.placeDateLine(DISTRICT, issued), "GIẤY CHỨNG NHẬN ĐĂNG KÝ HỘ KINH DOANH",
                List.of("Đăng ký lần đầu, " + SyntheticFacts.longDate(issued)), body,
                List.of("KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG"), facts.person().name(),
                dossier, procedure, List.of(owner.personalId(), taxCode));
    }

    private List<TextBlock> businessParticulars(SyntheticFacts facts, Person owner, String taxCode) {
        String trade = facts.pick(List.of("TẠP HÓA", "CÀ PHÊ", "SỬA XE", "CƠM TẤM"));
        int capital = facts.pick(List.of(50, 100, 150, 200));
        return List.of(
                paragraph("1. Tên hộ kinh doanh: " + trade + " " + owner.givenName().toUpperCase(Locale.ROOT)),
                paragraph("2. Địa chỉ trụ sở hộ kinh doanh: " + owner.address() + "."),
                paragraph("Điện thoại: 0" + facts.pick(List.of("918", "939", "976", "358")) + " "
                        + facts.digits(3) + " " + facts.digits(3) + "."),
                paragraph("3. Ngành, nghề kinh doanh: " + tradeActivity(trade) + "."),
                paragraph("4. Vốn kinh doanh: " + capital + ".000.000 đồng (" + capitalInWords(capital) + ")."),
                paragraph("5. Số lượng lao động: 0" + facts.between(1, 5) + " người."),
                paragraph("6. Mã số thuế: " + taxCode + "."));
    }

    private static String tradeActivity(String trade) {
        return switch (trade) {
            case "TẠP HÓA" -> "Bán lẻ lương thực, thực phẩm, đồ uống, thuốc lá, thuốc lào (4711)";
            case "CÀ PHÊ" -> "Dịch vụ phục vụ đồ uống (5630)";
            case "SỬA XE" -> "Bảo dưỡng và sửa chữa mô tô, xe máy (4542)";
            default -> "Nhà hàng và các dịch vụ ăn uống phục vụ lưu động (5610)";
        };
    }

    private static String capitalInWords(int millions) {
        return switch (millions) {
            case 50 -> "Năm mươi triệu đồng";
            case 100 -> "Một trăm triệu đồng";
            case 150 -> "Một trăm năm mươi triệu đồng";
            default -> "Hai trăm triệu đồng";
        };
    }

    /** "Số: 152/TB-PTNMT": a notice asking an applicant to complete a land-use dossier. */
    public ResultDocument notice() {
        SyntheticFacts facts = facts(Kind.NOTICE);
        Person owner = facts.person();
        LocalDate issued = facts.issueDate();
        LocalDate received = facts.receivedBefore(issued);
        String dossier = facts.dossierCode("000.23.10.H01", received);
        String procedure = "1.004203.000.00.00.H01";
        String addressee = owner.honorific() + " " + owner.name();
        List<TextBlock> body = List.of(
                paragraph("Ngày " + SyntheticFacts.shortDate(received) + ", Phòng Tài nguyên và Môi trường huyện "
                        + "Thoại Sơn nhận được hồ sơ đề nghị chuyển mục đích sử dụng đất của " + addressee
                        + ", Số định danh cá nhân: " + owner.personalId() + ", địa chỉ: " + owner.address()
                        + " (mã hồ sơ " + dossier + ", thủ tục hành chính mã " + procedure + ")."),
                paragraph("Qua kiểm tra, hồ sơ còn thiếu các thành phần sau:"),
                paragraph("- Bản sao Giấy chứng nhận quyền sử dụng đất đối với thửa đất số "
                        + facts.between(40, 900) + ", tờ bản đồ số " + facts.between(3, 40) + ";"),
                paragraph("- Trích lục bản đồ địa chính thửa đất do Chi nhánh Văn phòng đăng ký đất đai huyện "
                        + "cung cấp."),
                paragraph("Phòng Tài nguyên và Môi trường đề nghị " + addressee + " bổ sung các thành phần hồ "
                        + "sơ nêu trên tại Bộ phận Một cửa huyện trong thời hạn 10 ngày làm việc kể từ ngày "
                        + "nhận được Thông báo này. Quá thời hạn trên, hồ sơ sẽ được trả lại theo quy định."),
                paragraph("Phòng Tài nguyên và Môi trường thông báo để " + owner.honorific()
                        + " được biết và thực hiện./."));
        return new ResultDocument(Kind.NOTICE, List.of("UBND HUYỆN THOẠI SƠN", "PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG"),
                "Số: 152/TB-PTNMT", SyntheticFacts.placeDateLine(DISTRICT, issued), "THÔNG BÁO",
                List.of("Về việc bổ sung hồ sơ chuyển mục đích sử dụng đất"), body,
                List.of("TRƯỞNG PHÒNG"), facts.person().name(), dossier, procedure, List.of(owner.personalId()));
    }

    /** "Số: 4869/UBND-VX": a công văn; it prints no type name and its "V/v" subject sits under the number. */
    public ResultDocument officialLetter() {
        SyntheticFacts facts = facts(Kind.OFFICIAL_LETTER);
        Person parent = facts.person();
        LocalDate issued = facts.issueDate();
        String dossier = facts.dossierCode("000.00.10.H01", facts.receivedBefore(issued));
        String procedure = "1.005092";
        String child = parent.name().substring(0, parent.name().indexOf(' ')) + " "
                + facts.pick(List.of("Minh Khôi", "Gia Hân", "Ngọc Trâm", "Quốc Huy", "Bảo Anh"));
        List<TextBlock> body = List.of(
                TextBlock.centered("Kính gửi: Phòng Giáo dục và Đào tạo huyện Thoại Sơn."),
                paragraph("Ủy ban nhân dân huyện nhận được Tờ trình của Ủy ban nhân dân " + parent.commune()
                        + " đề nghị hỗ trợ chi phí học tập cho em " + child + ", học sinh lớp "
                        + facts.between(6, 9) + " Trường Trung học cơ sở " + parent.communeName()
                        + ", con của " + parent.honorific() + " " + parent.name() + ", Số định danh cá nhân: "
                        + parent.personalId() + ", thường trú tại " + parent.address() + "."),
                paragraph("Hồ sơ được tiếp nhận tại Bộ phận Một cửa huyện với mã hồ sơ " + dossier
                        + ", thủ tục hành chính mã " + procedure + ". Sau khi xem xét, Ủy ban nhân dân huyện "
                        + "có ý kiến như sau:"),
                paragraph("1. Thống nhất hỗ trợ chi phí học tập cho em " + child + " theo quy định tại Nghị định "
                        + "số 81/2021/NĐ-CP ngày 27 tháng 8 năm 2021 của Chính phủ, mức 150.000 đồng/tháng, "
                        + "thời gian hưởng 9 tháng trong năm học."),
                paragraph("2. Giao Phòng Giáo dục và Đào tạo phối hợp với Phòng Tài chính - Kế hoạch thực hiện "
                        + "chi trả theo quy định và thông báo kết quả cho gia đình học sinh biết."),
                paragraph("Ủy ban nhân dân huyện đề nghị Phòng Giáo dục và Đào tạo triển khai thực hiện./."));
        return new ResultDocument(Kind.OFFICIAL_LETTER, DISTRICT_PEOPLES_COMMITTEE, "Số: 4869/UBND-VX",
                SyntheticFacts.placeDateLine(DISTRICT, issued), "",
                new TextWrapper(LETTER_SUBJECT_WIDTH, 0).wrap("V/v hỗ trợ chi phí học tập cho học sinh có hoàn "
                        + "cảnh khó khăn"), body, DEPUTY_CHAIR, facts.person().name(),
                dossier, procedure, List.of(parent.personalId()));
    }

    /** "Số: 1187/QĐ-UBND": a district decision allowing a change of land use, issued to a person. */
    public ResultDocument landUseDecision() {
        SyntheticFacts facts = facts(Kind.LAND_USE_DECISION);
        Person owner = facts.person();
        LocalDate issued = facts.issueDate();
        String dossier = facts.dossierCode("000.23.10.H01", facts.receivedBefore(issued));
        String procedure = "1.004203.000.00.00.H01";
        int parcel = facts.between(40, 900);
        int area = facts.between(80, 400);
        List<TextBlock> body = List.of(
                TextBlock.heading("ỦY BAN NHÂN DÂN HUYỆN THOẠI SƠN"),
                paragraph("Căn cứ Luật Đất đai ngày 29 tháng 11 năm 2013; Nghị định số 43/2014/NĐ-CP ngày 15 tháng 5 "
                        + "năm 2014 của Chính phủ quy định chi tiết thi hành một số điều của Luật Đất đai;"),
                paragraph("Xét đơn đề nghị của " + owner.honorific() + " " + owner.name() + " (mã hồ sơ " + dossier
                        + ", thủ tục hành chính mã " + procedure + ") và đề nghị của Trưởng phòng Tài nguyên và "
                        + "Môi trường huyện."),
                TextBlock.heading("QUYẾT ĐỊNH:"),
                paragraph("Điều 1. Cho phép " + owner.honorific() + " " + owner.name() + ", Số định danh cá nhân: "
                        + owner.personalId() + ", thường trú tại " + owner.address() + " được chuyển mục đích sử dụng "
                        + area + " m² đất trồng cây lâu năm sang đất ở tại nông thôn, thửa đất số " + parcel
                        + ", tờ bản đồ số " + facts.between(3, 40) + "."),
                paragraph("Điều 2. Người sử dụng đất có trách nhiệm nộp tiền sử dụng đất theo quy định và sử dụng "
                        + "đất đúng mục đích."),
                paragraph("Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội đồng nhân dân và "
                        + "Ủy ban nhân dân huyện, Trưởng phòng Tài nguyên và Môi trường và người sử dụng đất có tên "
                        + "tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."));
        return new ResultDocument(Kind.LAND_USE_DECISION, DISTRICT_PEOPLES_COMMITTEE, "Số: 1187/QĐ-UBND",
                SyntheticFacts.placeDateLine(DISTRICT, issued), "QUYẾT ĐỊNH",
                List.of("Về việc cho phép chuyển mục đích sử dụng đất"), body, DEPUTY_CHAIR, facts.person().name(),
                dossier, procedure, List.of(owner.personalId()));
    }

    /** "Số: 45/TLKS-BS": a commune's copy extract of a birth registration; the owner is the child. */
    public ResultDocument birthRegistrationExtract() {
        SyntheticFacts facts = facts(Kind.CIVIL_STATUS_EXTRACT);
        Person parent = facts.person();
        LocalDate issued = facts.issueDate();
        String dossier = facts.dossierCode("000.32.10.H01", facts.receivedBefore(issued));
        String procedure = "2.000635.000.00.00.H01";
        LocalDate born = issued.minusDays(facts.between(400, 4000));
        String childId = "089" + (born.getYear() >= 2000 ? "2" : "0") + String.format("%02d", born.getYear() % 100)
                + facts.digits(6);
        String child = parent.name().substring(0, parent.name().indexOf(' ')) + " "
                + facts.pick(List.of("Minh Khôi", "Gia Hân", "Ngọc Trâm", "Quốc Huy", "Bảo Anh", "Thanh Tâm"));
        String commune = parent.commune();
        List<TextBlock> body = List.of(
                paragraph("Họ, chữ đệm, tên: " + child.toUpperCase(Locale.ROOT) + "."),
                paragraph("Ngày, tháng, năm sinh: " + SyntheticFacts.shortDate(born) + ". Nơi sinh: Trung tâm Y tế "
                        + "huyện Thoại Sơn, tỉnh An Giang."),
                paragraph("Dân tộc: Kinh. Quốc tịch: Việt Nam. Số định danh cá nhân: " + childId + "."),
                // The parent's own ID is left out: the extract belongs to the child, whose ID alone is the owner's.
                paragraph("Họ, chữ đệm, tên người mẹ hoặc người cha: " + parent.name() + "; nơi cư trú: "
                        + parent.address() + "."),
                paragraph("Đã đăng ký khai sinh tại Ủy ban nhân dân " + commune + " ngày "
                        + SyntheticFacts.shortDate(born.plusDays(facts.between(5, 50))) + "."),
                paragraph("Hồ sơ cấp bản sao trích lục: mã hồ sơ " + dossier + ", thủ tục hành chính mã "
                        + procedure + "."));
        String communeName = commune.toUpperCase(Locale.ROOT);
        return new ResultDocument(Kind.CIVIL_STATUS_EXTRACT, List.of("ỦY BAN NHÂN DÂN", communeName),
                "Số: 45/TLKS-BS", SyntheticFacts.placeDateLine(parent.communeName(), issued), "TRÍCH LỤC KHAI SINH",
                List.of("(Bản sao)"), body, List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), facts.person().name(),
                dossier, procedure, List.of(childId));
    }
}
