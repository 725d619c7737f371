package vn.sohoa.model;

import java.util.regex.Pattern;

/**
 * The name of a batch: a folder name, a key in the bucket ({@code batches/NAME/}) and a job
 * parameter, so it may hold letters, digits, {@code .}, {@code _} and {@code -} only, at most 100,
 * starting with a letter or digit (no path separators, nothing hidden).
 */
public record BatchName(String value) {

    private static final Pattern VALID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,99}");

    /** @throws InvalidBatchNameException naming what a batch name may contain */
    public BatchName {
        if (!isValid(value)) {
            throw new InvalidBatchNameException(value);
        }
    }

    public static BatchName of(String value) {
        return new BatchName(value);
    }

    public static boolean isValid(String value) {
        return value != null && VALID.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
