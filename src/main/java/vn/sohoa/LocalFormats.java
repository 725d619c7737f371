package vn.sohoa;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How numbers and dates read to a person, in one place for the web pages and the HTML reports.
 * Vietnamese writes dates dd/MM/yyyy and percentages with a space and a decimal comma ("62,5 %");
 * the JDK's Vietnamese percent pattern has no space, so it is not used. Other locales keep the
 * JDK's own percent format and ISO dates, which read the same everywhere. Stored values stay ISO:
 * this is for display only, never for what a form sends back.
 */
public final class LocalFormats {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private LocalFormats() {
    }

    /** A fraction (0.62) as a percentage with at most {@code decimals} decimals. */
    public static String percent(double fraction, int decimals, Locale locale) {
        if (isVietnamese(locale)) {
            NumberFormat number = NumberFormat.getNumberInstance(locale);
            number.setMaximumFractionDigits(decimals);
            number.setMinimumFractionDigits(0);
            return number.format(fraction * 100) + " %";
        }
        NumberFormat percent = NumberFormat.getPercentInstance(locale == null ? Locale.ENGLISH : locale);
        percent.setMaximumFractionDigits(decimals);
        return percent.format(fraction);
    }

    /** A field's value as a person reads it: an ISO date becomes dd/MM/yyyy in Vietnamese, anything else is unchanged. */
    public static String fieldValue(String value, Locale locale) {
        if (value == null || !isVietnamese(locale)) {
            return value;
        }
        String[] parts = value.split(", ", -1);
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            shown.append(i == 0 ? "" : ", ").append(date(parts[i]));
        }
        return shown.toString();
    }

    private static String date(String text) {
        if (!ISO_DATE.matcher(text).matches()) {
            return text;
        }
        try {
            return VIETNAMESE_DATE.format(LocalDate.parse(text));
        } catch (DateTimeParseException notADate) {
            return text;
        }
    }

    private static boolean isVietnamese(Locale locale) {
        return locale == null || "vi".equals(locale.getLanguage());
    }
}
