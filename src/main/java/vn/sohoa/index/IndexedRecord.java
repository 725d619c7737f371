package vn.sohoa.index;

import java.util.List;
import java.util.Map;

/**
 * What the index keeps of a record.
 *
 * @param fields metadata values by field name (a list for multi-valued fields such as ownerIds)
 */
public record IndexedRecord(String id, String fileName, String batch, String text, Map<String, List<String>> fields) {
}
