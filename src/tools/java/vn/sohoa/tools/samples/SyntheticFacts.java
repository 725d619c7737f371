package vn.sohoa.tools.samples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Plausible personal and procedural facts for synthetic documents of Thoại Sơn district, An Giang:
 * names, personal ID numbers, addresses, dates and dossier codes, all drawn from a seeded random
 * source so that a seed always gives the same documents.
 */
final class SyntheticFacts {

    /** Someone a result is issued to, or who signs it. */
    record Person(String name, boolean male, LocalDate birthDate, String personalId, String hamlet, String commune) {

        /** "ông" or "bà", as the person is addressed in the text. */
        String honorific() {
            return male ? "ông" : "bà";
        }

        /** "Nam" or "Nữ", as printed on certificates. */
        String sex() {
            return male ? "Nam" : "Nữ";
        }

        /** The given name, the last word of the full name. */
        String givenName() {
            return name.substring(name.lastIndexOf(' ') + 1);
        }

        /** The commune's own name, without "xã" or "thị trấn": schools are named after it. */
        String communeName() {
            return commune.replaceFirst("^(xã|thị trấn) ", "");
        }

        /** Full address down to the hamlet. */
        String address() {
            return hamlet + ", " + commune + ", huyện Thoại Sơn, tỉnh An Giang";
        }
    }

    /** Province code of An Giang, the first three digits of a CCCD registered there. */
    private static final String AN_GIANG = "089";

    private static final List<String> FAMILY_NAMES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ",
            "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Phan", "Trương");
    private static final List<String> MALE_MIDDLE = List.of("Văn", "Minh", "Hoàng", "Quốc", "Thanh", "Hữu",
            "Công", "Đức", "Văn", "Tấn");
    private static final List<String> MALE_GIVEN = List.of("An", "Phúc", "Tuấn", "Bảo", "Hùng", "Dũng",
            "Khải", "Lộc", "Nghĩa", "Thắng", "Trọng", "Tài", "Hiếu", "Sơn", "Quang");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thị Kim", "Thị Thu", "Ngọc", "Thị Bích",
            "Thị Mỹ", "Thị Ngọc", "Thị Hồng");
    private static final List<String> FEMALE_GIVEN = List.of("Loan", "Hà", "Ngọc", "Hạnh", "Trang", "Diễm",
            "Nhung", "Phượng", "Thảo", "Yến", "Lan", "Hương", "Tuyết");

    /** Towns and communes of the district, with a few hamlets of each. */
    private static final Map<String, List<String>> HAMLETS = Map.of(
            "thị trấn Núi Sập", List.of("ấp Bắc Sơn", "ấp Nam Sơn", "ấp Đông Sơn"),
            "thị trấn Óc Eo", List.of("ấp Tân Hiệp A", "ấp Tân Hiệp B", "ấp Tân Lập"),
            "thị trấn Phú Hòa", List.of("ấp Phú Hữu", "ấp Phú Thuận", "ấp Phú Hiệp"),
            "xã Vọng Thê", List.of("ấp Tân Đông", "ấp Tân Thành", "ấp Trung Sơn"),
            "xã Định Mỹ", List.of("ấp Mỹ Phú", "ấp Mỹ Thành", "ấp Mỹ Hòa"),
            "xã Thoại Giang", List.of("ấp Bình Thành", "ấp Bình Hòa", "ấp Bình Thuận"),
            "xã Vĩnh Chánh", List.of("ấp Vĩnh Thành", "ấp Vĩnh Hiệp", "ấp Vĩnh Quới"),
            "xã Tây Phú", List.of("ấp Phú Thượng", "ấp Phú Bình", "ấp Phú An"));

    /** Map.of has no stable order; sorting makes a seed pick the same commune on every JVM. */
    private static final List<String> COMMUNES = HAMLETS.keySet().stream().sorted().toList();

    private final Random random;

    SyntheticFacts(Random random) {
        this.random = random;
    }

    /** An adult living in the district, with a CCCD that agrees with sex and year of birth. */
    Person person() {
        boolean male = random.nextBoolean();
        String name = pick(FAMILY_NAMES) + " " + (male
                ? pick(MALE_MIDDLE) + " " + pick(MALE_GIVEN)
                : pick(FEMALE_MIDDLE) + " " + pick(FEMALE_GIVEN));
        LocalDate birth = LocalDate.of(between(1962, 1998), between(1, 12), between(1, 28));
        String commune = pick(COMMUNES);
        return new Person(name, male, birth, personalId(male, birth), pick(HAMLETS.get(commune)), commune);
    }

    /**
     * A 12-digit personal ID: province of registration, a digit for century and sex (0 man, 1 woman born
     * in the 1900s), the last two digits of the birth year, then six random digits.
     */
    private String personalId(boolean male, LocalDate birth) {
        return AN_GIANG + (male ? "0" : "1") + String.format("%02d", birth.getYear() % 100) + digits(6);
    }

    /** A working day between 2022 and 2024: results are signed on working days. */
    LocalDate issueDate() {
        LocalDate date = LocalDate.of(2022, 1, 4).plusDays(between(0, 1080));
        return workingDayOnOrBefore(date);
    }

    /** The working day a dossier was received, one to three weeks before its result was signed. */
    LocalDate receivedBefore(LocalDate issued) {
        return workingDayOnOrBefore(issued.minusDays(between(7, 21)));
    }

    private static LocalDate workingDayOnOrBefore(LocalDate date) {
        LocalDate day = date;
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** A dossier code as the one-stop-shop software prints it: unit, YYMMDD of receipt, sequence. */
    String dossierCode(String unit, LocalDate received) {
        return String.format("%s-%02d%02d%02d-%d", unit, received.getYear() % 100, received.getMonthValue(),
                received.getDayOfMonth(), between(1000, 9999));
    }

    /** A string of random decimal digits. */
    String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }

    /** A uniformly random integer in [low, high]. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /** A uniformly random element. */
    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /**
     * "Thoại Sơn, ngày 05 tháng 7 năm 2022". NĐ 30/2020 asks for a leading zero on days below 10 and
     * months below 3 only, so both "tháng 7" and "tháng 02" occur in real documents.
     */
    static String placeDateLine(String place, LocalDate date) {
        return place + ", " + longDate(date);
    }

    /** "ngày 05 tháng 7 năm 2022", padded as NĐ 30/2020 asks. */
    static String longDate(LocalDate date) {
        int day = date.getDayOfMonth();
        int month = date.getMonthValue();
        return "ngày " + (day < 10 ? "0" + day : day) + " tháng " + (month < 3 ? "0" + month : month)
                + " năm " + date.getYear();
    }

    /** "05/07/2022", as dates of birth and of earlier papers are written in the body. */
    static String shortDate(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
