package vn.sohoa.pipeline.metadata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Syllables of Vietnamese personal names, to restore the marks OCR lost under a seal
 * ({@code Pham Van Quang} → {@code Phạm Văn Quang}) where only one name folds to what was read,
 * and to tell how sure a name is: every syllable a known name as read is sure; a restored or
 * unknown syllable is not.
 */
final class PersonNames {

    /** How sure a name is, and the name with the marks restored where that was unambiguous. */
    record Reading(String name, double confidence) {
    }

    private static final List<String> SYLLABLES = List.of(
            // family names
            "Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Vũ", "Phan", "Trương", "Bùi", "Đặng", "Đỗ", "Ngô",
            "Hồ", "Dương", "Lý", "Đinh", "Lâm", "Mai", "Trịnh", "Tạ", "Lưu", "Lương", "Cao", "Châu", "Quách", "Thái",
            "Kiều", "Đoàn", "Tô", "Hà", "La", "Danh", "Thạch", "Sơn", "Tăng", "Triệu", "Mạc", "Lục", "Từ", "Hứa", "Diệp",
            // middle and given names
            "Văn", "Thị", "Minh", "Quốc", "Thanh", "Thành", "Hữu", "Công", "Đức", "Tấn", "Kim", "Thu", "Thư", "Ngọc",
            "Bích", "Mỹ", "My", "Hồng", "An", "Phúc", "Tuấn", "Bảo", "Hùng", "Dũng", "Khải", "Lộc", "Nghĩa", "Thắng",
            "Trọng", "Tài", "Hiếu", "Quang", "Loan", "Hạnh", "Trang", "Diễm", "Nhung", "Phượng", "Phương", "Thảo",
            "Yến", "Lan", "Hương", "Tuyết", "Khôi", "Hân", "Trâm", "Huy", "Anh", "Tâm", "Gia", "Long", "Hải", "Hưng",
            "Hòa", "Hoa", "Bình", "Trung", "Nam", "Việt", "Linh", "Thủy", "Thùy", "Vân", "Hằng", "Nga", "Oanh",
            "Cường", "Đạt", "Duy", "Khoa", "Khánh", "Kiệt", "Lợi", "Luân", "Mạnh", "Nhân", "Nhật", "Phát", "Phong",
            "Quân", "Sang", "Tiến", "Toàn", "Trí", "Tú", "Tùng", "Vinh", "Vĩnh", "Xuân", "Chí", "Đông", "Nguyên",
            "Như", "Quỳnh", "Tường", "Vy", "Nhi", "Ngân", "Ánh", "Cúc", "Đào", "Giang", "Hiền", "Huệ", "Liên", "Lệ",
            "Nguyệt", "Thoa", "Trinh", "Uyên", "Dung", "Duyên", "Hậu", "Hiệp", "Khang", "Phú", "Thiện", "Thịnh",
            "Thông", "Tín", "Triều", "Thuận", "Hoài", "Ân", "Bá", "Chánh", "Chiến", "Định", "Hiển", "Hoan", "Kha",
            "Lành", "Nhựt", "Sỹ", "Tấn", "Thạnh", "Thiện", "Trường", "Vương", "Út", "Em", "Bé", "Hậu", "Tư", "Sáu");

    private static final Set<String> KNOWN = Set.copyOf(SYLLABLES.stream().distinct().toList());
    private static final Map<String, List<String>> BY_FOLD = new HashMap<>();

    static {
        for (String syllable : KNOWN) {
            BY_FOLD.computeIfAbsent(FoldedText.fold(syllable), k -> new java.util.ArrayList<>()).add(syllable);
        }
    }

    private PersonNames() {
    }

    static Reading read(String name) {
        StringBuilder restored = new StringBuilder();
        double confidence = 1.0;
        for (String syllable : name.split(" ")) {
            String word = capitalized(syllable);
            List<String> candidates = BY_FOLD.getOrDefault(FoldedText.fold(word), List.of());
            if (KNOWN.contains(word)) {
                restored.append(word);
            } else if (candidates.size() == 1) {
                restored.append(candidates.get(0));
                confidence = Math.min(confidence, 0.8);
            } else {
                restored.append(word);
                confidence = Math.min(confidence, candidates.isEmpty() ? 0.75 : 0.5);
            }
            restored.append(' ');
        }
        return new Reading(restored.toString().strip(), confidence);
    }

    private static String capitalized(String syllable) {
        String lower = syllable.toLowerCase(java.util.Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
