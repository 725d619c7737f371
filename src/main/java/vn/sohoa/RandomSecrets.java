package vn.sohoa;

import java.security.SecureRandom;

/** Secrets Sohoa makes up for itself: passwords and keys from a strong random source. */
public final class RandomSecrets {

    /** No look-alike characters (0/O, 1/l/I): a generated password may be read off a screen and typed. */
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomSecrets() {
    }

    /** {@code length} unambiguous letters and digits, about 5.8 bits each. */
    public static String letters(int length) {
        StringBuilder secret = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            secret.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return secret.toString();
    }
}
