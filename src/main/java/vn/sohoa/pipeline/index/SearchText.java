package vn.sohoa.pipeline.index;

import java.util.ArrayList;
import java.util.List;

/**
 * What a clerk typed in the search box, read with the one small syntax Sohoa offers: words
 * (with or without diacritics; all of them must match), {@code "phrases"} (words in that order),
 * and {@code prefix*} at the end of a word or identifier. Nothing else is syntax: brackets,
 * slashes, {@code ~}, {@code ^}, {@code :}, {@code AND}/{@code OR} are text, so no regular
 * expression, fuzzy term, range or field query reaches Lucene from a user (one such query could
 * cost the server seconds). What may be asked is bounded: {@value #MAX_CHARS} characters,
 * {@value #MAX_PARTS} words and phrases, {@value #MAX_PREFIXES} prefixes of at least
 * {@value #MIN_PREFIX} characters.
 *
 * @param parts the words and phrases, in the order typed; empty for "everything"
 */
public record SearchText(List<Part> parts) {

    public static final int MAX_CHARS = 500;
    public static final int MAX_PARTS = 32;
    public static final int MAX_PREFIXES = 4;
    public static final int MIN_PREFIX = 3;

    /** A word or a phrase of the query. */
    public sealed interface Part {
        String text();
    }

    /** One typed word; {@code prefix}: it ended with {@code *}, which is not part of {@code text}. */
    public record Word(String text, boolean prefix) implements Part {
    }

    /** Words in quotes, to be found in this order. */
    public record Phrase(String text) implements Part {
    }

    public SearchText {
        parts = List.copyOf(parts);
    }

    /**
     * @throws SearchRefusedException when the text asks for more than the limits allow
     */
    public static SearchText parse(String typed) {
        String text = KeywordValues.nfc(typed).strip();
        if (text.codePointCount(0, text.length()) > MAX_CHARS) {
            throw new SearchRefusedException("search-too-long", "The search is longer than " + MAX_CHARS + " characters", MAX_CHARS);
        }
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = text.indexOf('"', i + 1);
                String phrase = text.substring(i + 1, end < 0 ? text.length() : end).strip();
                if (!phrase.isEmpty()) {
                    parts.add(new Phrase(phrase));
                }
                i = end < 0 ? text.length() : end + 1;
            } else {
                int end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
                word(text.substring(i, end), parts);
                i = end;
            }
        }
        check(parts);
        return new SearchText(parts);
    }

    private static void word(String typed, List<Part> parts) {
        String word = typed;
        boolean prefix = false;
        while (word.endsWith("*")) {
            word = word.substring(0, word.length() - 1);
            prefix = true;
        }
        if (!word.isEmpty()) {
            parts.add(new Word(word, prefix));
        }
    }

    private static void check(List<Part> parts) {
        if (parts.size() > MAX_PARTS) {
            throw new SearchRefusedException("search-too-many-words", "The search has " + parts.size() + " words and phrases; at most "
                    + MAX_PARTS + " are searched", parts.size(), MAX_PARTS);
        }
        long prefixes = parts.stream().filter(p -> p instanceof Word w && w.prefix()).count();
        if (prefixes > MAX_PREFIXES) {
            throw new SearchRefusedException("search-too-many-prefixes", "The search has " + prefixes + " prefixes (word*); at most "
                    + MAX_PREFIXES + " are searched", prefixes, MAX_PREFIXES);
        }
    }

    /** Nothing typed, or only {@code *}: every record (filters aside). */
    public boolean matchesAll() {
        return parts.isEmpty();
    }

    /** True when the text holds a phrase (the whole text is then no identifier). */
    boolean hasPhrase() {
        return parts.stream().anyMatch(p -> p instanceof Phrase);
    }

    static SearchRefusedException prefixTooShort(String word) {
        return new SearchRefusedException("search-prefix-too-short", "The prefix '" + word + "*' is too short: give at least "
                + MIN_PREFIX + " letters or digits before *", word, MIN_PREFIX);
    }
}
