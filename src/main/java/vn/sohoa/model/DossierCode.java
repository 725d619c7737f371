package vn.sohoa.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dossier code (mã hồ sơ, TT 01/2018/TT-VPCP Điều 19): {@code unit-YYMMDD-NNNN}, the unit an
 * electronic agency code like {@code 000.00.10.H01}, the middle part the date the dossier was
 * received, then its number that day: {@code 000.00.10.H01-210705-1187}.
 *
 * @param value the code in canonical form (upper case, no spaces)
 */
public record DossierCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2})-(\\d{6})-(\\d{4})");
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("uuMMdd").withResolverStyle(ResolverStyle.STRICT);

    /**
     * Reads a code as a clerk typed it (lower case and stray spaces accepted).
     *
     * @throws InvalidDossierCodeException naming what is wrong
     */
    public static DossierCode parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidDossierCodeException(text, "the dossier code is empty");
        }
        String canonical = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        Matcher m = FORMAT.matcher(canonical);
        if (!m.matches()) {
            throw new InvalidDossierCodeException(text, "expected unit-YYMMDD-NNNN, e.g. 000.00.10.H01-210705-1187");
        }
        try {
            LocalDate.parse(m.group(2), YYMMDD);
        } catch (DateTimeParseException e) {
            throw new InvalidDossierCodeException(text, "'" + m.group(2) + "' is not a date (YYMMDD)");
        }
        return new DossierCode(canonical);
    }

    /** The date the dossier was received. */
    public LocalDate receivedOn() {
        Matcher m = FORMAT.matcher(value);
        if (!m.matches()) {
            throw new IllegalStateException(value);
        }
        return LocalDate.parse(m.group(2), YYMMDD);
    }

    @Override
    public String toString() {
        return value;
    }
}
