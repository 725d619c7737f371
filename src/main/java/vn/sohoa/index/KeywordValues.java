package vn.sohoa.index;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Normal forms of identifier values for exact lookup: a personal ID typed {@code 089 092 225 127}
 * or {@code 089.092.225.127} is the same key as {@code 089092225127}.
 */
final class KeywordValues {

    private static final Set<String> IDENTIFIERS = Set.of("ownerIds", "ownerId");

    private KeywordValues() {
    }

    static String normalize(String field, String value) {
        String nfc = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        if (IDENTIFIERS.contains(field)) {
            return nfc.replaceAll("[\\s.]", "");
        }
        return nfc.toUpperCase(Locale.ROOT);
    }
}
