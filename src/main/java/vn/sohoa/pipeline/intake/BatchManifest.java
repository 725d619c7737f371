package vn.sohoa.pipeline.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.sohoa.model.FieldValue;
import vn.sohoa.model.RecordField;

/**
 * The optional {@code manifest.csv} of a batch: one row per file (column {@code file}, the path
 * relative to the batch folder or the bare file name) with known metadata in columns named like
 * the record fields; {@code ownerIds} holds several values separated by {@code ;}. A value from
 * the manifest beats any extracted value: it was typed by a person who had the paper.
 */
public final class BatchManifest {

    public static final String FILE_NAME = "manifest.csv";
    private static final String SOURCE = "manifest";

    private final Map<String, Map<RecordField, FieldValue>> rows;

    private BatchManifest(Map<String, Map<RecordField, FieldValue>> rows) {
        this.rows = rows;
    }

    public static BatchManifest empty() {
        return new BatchManifest(Map.of());
    }

    /** Reads {@code batchDir/manifest.csv}, or gives an empty manifest when there is none. */
    public static BatchManifest load(Path batchDir) {
        Path file = batchDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return empty();
        }
        try {
            return parse(file, Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ManifestException(file, 0, "cannot be read: " + e.getMessage());
        }
    }

    /** The known fields of a file, looked up by relative path first, then by file name. */
    public Map<RecordField, FieldValue> fieldsFor(String relativePath, String fileName) {
        Map<RecordField, FieldValue> byPath = rows.get(relativePath);
        return byPath != null ? byPath : rows.getOrDefault(fileName, Map.of());
    }

    static BatchManifest parse(Path file, List<String> lines) {
        if (lines.isEmpty()) {
            throw new ManifestException(file, 1, "is empty; the first line must name the columns");
        }
        List<RecordField> columns = header(file, CsvLine.split(stripBom(lines.get(0))));
        Map<String, Map<RecordField, FieldValue>> rows = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> cells = CsvLine.split(lines.get(i));
            if (cells.size() != columns.size() + 1) {
                throw new ManifestException(file, i + 1, "has " + cells.size() + " cells, the header names "
                        + (columns.size() + 1));
            }
            rows.put(cells.get(0).strip(), row(columns, cells));
        }
        return new BatchManifest(rows);
    }

    private static List<RecordField> header(Path file, List<String> names) {
        if (names.isEmpty() || !names.get(0).strip().equals("file")) {
            throw new ManifestException(file, 1, "the first column must be 'file'");
        }
        List<RecordField> columns = new ArrayList<>();
        for (String name : names.subList(1, names.size())) {
            columns.add(RecordField.byJsonName(name.strip()).orElseThrow(() -> new ManifestException(file, 1,
                    "unknown column '" + name.strip() + "'; known columns: " + Arrays.stream(RecordField.values())
                            .map(RecordField::jsonName).toList())));
        }
        return columns;
    }

    private static Map<RecordField, FieldValue> row(List<RecordField> columns, List<String> cells) {
        Map<RecordField, FieldValue> fields = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            String value = Normalizer.normalize(cells.get(c + 1).strip(), Normalizer.Form.NFC);
            if (value.isEmpty()) {
                continue;
            }
            RecordField field = columns.get(c);
            fields.put(field, field == RecordField.OWNER_IDS
                    ? FieldValue.ofList(Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList(), SOURCE, 1.0)
                    : FieldValue.of(value, SOURCE, 1.0));
        }
        return fields;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }

    /** RFC 4180 cells of one line: commas, double-quoted cells, doubled quotes inside them. */
    static final class CsvLine {
        private CsvLine() {
        }

        static List<String> split(String line) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char ch = line.charAt(i);
                if (quoted && ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = !quoted;
                } else if (ch == ',' && !quoted) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(ch);
                }
            }
            cells.add(cell.toString());
            return cells;
        }
    }
}
