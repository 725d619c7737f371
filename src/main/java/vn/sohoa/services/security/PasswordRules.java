package vn.sohoa.services.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: long enough ({@code sohoa.security.min-password-length}), at most 72
 * bytes (bcrypt ignores the rest), more than a few distinct characters, not the user's name, and
 * not one of the passwords everybody tries first ({@code common-passwords.txt}: the usual English
 * ones and their Vietnamese counterparts, {@code matkhau}, {@code anhyeuem} …), also when dressed up
 * with capitals, diacritics, digits or punctuation ({@code MatKhau@2025!}).
 */
final class PasswordRules {

    private static final int MAX_BYTES = 72;
    private static final int MIN_DISTINCT = 5;
    private static final Set<String> COMMON = load();

    private final int minLength;

    PasswordRules(int minLength) {
        this.minLength = minLength;
    }

    /** @throws UserAccountException saying what is wrong with the password */
    void check(String user, String password) {
        if (password == null || password.codePointCount(0, password.length()) < minLength) {
            throw UserAccountException.refused("password-too-short", "The password is too short: at least " + minLength + " characters",
                    minLength);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            // bcrypt ignores everything after 72 bytes: a longer password would only look stronger.
            throw UserAccountException.refused("password-too-long", "The password is too long: at most 72 bytes (bcrypt ignores the rest)");
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT) {
            throw UserAccountException.refused("password-repetitive", "The password repeats too few characters: use at least "
                    + MIN_DISTINCT + " different ones", MIN_DISTINCT);
        }
        String plain = plain(password);
        String letters = plain.replaceAll("[^a-z]", "");
        String alphanumeric = plain.replaceAll("[^a-z0-9]", "");
        if (COMMON.contains(alphanumeric) || COMMON.contains(letters) || (user != null && user.length() >= 3 && plain.contains(plain(user)))) {
            throw UserAccountException.refused("password-common", "The password is too easy to guess (a common password, or the user's name): choose another");
        }
    }

    /** Lower case, no diacritics: the form the list is in. */
    private static String plain(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordRules.class.getResourceAsStream("common-passwords.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(plain(word).replaceAll("[^a-z0-9]", ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the list of common passwords", e);
        }
        return Set.copyOf(words);
    }
}
