package vn.sohoa.pipeline.metadata;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.sohoa.model.FieldValue;
import vn.sohoa.model.RecordField;

/**
 * {@code ownerIds}: 12-digit personal ID numbers (CCCD, số định danh cá nhân) and 10- or 13-digit
 * tax codes, taken where the text names them ({@code Số định danh cá nhân: …}, {@code CCCD số …},
 * {@code Mã số thuế: …}). A number standing alone is not an owner's: household business numbers
 * and phone numbers have ten digits too. The province prefix of a personal ID is checked as a
 * signal: a code no province has makes the value less sure, not wrong.
 */
@Component
public class OwnerIdExtractor implements FieldExtractor {

    /** A label, then (within a few characters) the number, on folded text; digits may carry OCR letters and spaces. */
    private static final Pattern LABELLED = Pattern.compile(
            "(?<label>so dinh danh( ca nhan)?|ma (so )?dinh danh|can cuoc( cong dan)?|cccd|cmnd|chung minh nhan dan"
                    + "|ma so thue|mst|ma so doanh nghiep|ma so ho kinh doanh)\\s*(so)?\\s*[:.]?\\s*"
                    + "(?<id>[0-9oil|!ø][0-9oil|!ø ]{8,15}[0-9oil|!ø](\\s*-\\s*[0-9oil]{3})?)");
    /** Province and city codes of the first three digits of a personal ID (QĐ 1041/2021 of the Ministry of Public Security). */
    private static final Set<String> PROVINCES = Set.of("001", "002", "004", "006", "008", "010", "011", "012", "014",
            "015", "017", "019", "020", "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036",
            "037", "038", "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
            "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082", "083", "084",
            "086", "087", "089", "091", "092", "093", "094", "095", "096");

    private final Set<String> homeProvinces;

    public OwnerIdExtractor(MetadataProperties properties) {
        this.homeProvinces = Set.copyOf(properties.homeProvinceCodes());
    }

    @Override
    public Map<RecordField, FieldValue> extract(SourceText text) {
        Map<RecordField, FieldValue> fields = new EnumMap<>(RecordField.class);
        Map<String, Double> ids = new LinkedHashMap<>();
        FoldedText all = FoldedText.of(text.all());
        Matcher m = LABELLED.matcher(all.folded().replace('\n', ' '));
        while (m.find()) {
            String label = m.group("label");
            boolean tax = label.contains("thue") || label.equals("mst") || label.contains("doanh");
            String raw = all.cut(m.start("id"), m.end("id"));
            identifier(raw, tax).ifPresent(id -> ids.merge(id.value(), id.confidence() * text.evidence(raw), Math::max));
        }
        if (!ids.isEmpty()) {
            double weakest = ids.values().stream().mapToDouble(Double::doubleValue).min().orElse(0);
            fields.put(RecordField.OWNER_IDS, FieldValue.ofList(ids.keySet().stream().toList(), text.source(), weakest));
        }
        return fields;
    }

    private record Identifier(String value, double confidence) {
    }

    private Optional<Identifier> identifier(String raw, boolean tax) {
        String[] branch = raw.split("-");
        OcrDigits main = OcrDigits.read(branch[0]);
        if (!main.valid()) {
            return Optional.empty();
        }
        String digits = main.digits();
        // A space inside a number is how OCR splits it, not how it is printed.
        double spaced = branch[0].strip().contains(" ") ? 0.9 : 1.0;
        if (tax) {
            if (digits.length() == 10 && branch.length == 2) {
                OcrDigits suffix = OcrDigits.read(branch[1]);
                return suffix.valid() && suffix.digits().length() == 3
                        ? Optional.of(new Identifier(digits + "-" + suffix.digits(), 0.93 * main.penalty() * spaced))
                        : Optional.empty();
            }
            if (digits.length() == 10 || digits.length() == 13) {
                return Optional.of(new Identifier(digits, 0.93 * main.penalty() * spaced));
            }
            // A personal ID is a valid tax code for a person since 2025.
            tax = false;
        }
        if (digits.length() != 12) {
            return Optional.empty();
        }
        String prefix = digits.substring(0, 3);
        // A province code no province has is likely a misread; another province's is possible but less likely here.
        double province = homeProvinces.contains(prefix) ? 1.0 : PROVINCES.contains(prefix) ? 0.9 : 0.6;
        double century = "0123".indexOf(digits.charAt(3)) >= 0 ? 1.0 : 0.7;
        return Optional.of(new Identifier(digits, 0.95 * province * century * main.penalty() * spaced));
    }
}
