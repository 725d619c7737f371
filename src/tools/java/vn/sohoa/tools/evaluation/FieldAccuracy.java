package vn.sohoa.tools.evaluation;

import java.util.List;
import java.util.Map;

/**
 * Exact-match accuracy of extracted record fields against ground truth.
 *
 * @param perField      field → counts, in field order
 * @param perSource     source of the extracted value ({@code qr}, {@code manifest}, {@code ocr}, …) → counts
 * @param overall       all fields of all documents
 * @param confidentWrong values that were wrong while marked more sure than {@link #CONFIDENT}
 * @param mismatches    every wrong or missing value, for looking into
 * @param documents     documents (parts of files) evaluated
 * @param files         files evaluated
 */
public record FieldAccuracy(Map<String, Count> perField, Map<String, Count> perSource, Count overall,
                            List<Mismatch> confidentWrong, List<Mismatch> mismatches, int documents, int files) {

    /** Above this confidence a wrong value is the worst outcome: nobody would check it. */
    public static final double CONFIDENT = 0.9;

    public record Count(int correct, int total) {
        public double accuracy() {
            return total == 0 ? 1.0 : (double) correct / total;
        }

        Count plus(boolean right) {
            return new Count(correct + (right ? 1 : 0), total + 1);
        }
    }

    /** A field that was wrong or missing: {@code actual} null when missing. */
    public record Mismatch(String file, String pages, String field, Object expected, Object actual, String source,
                           Double confidence) {
    }
}
