package vn.sohoa.services.reuse;

import java.util.Map;

import vn.sohoa.model.ReuseEntry;

/**
 * A result reused in a dossier: the reuse entry and, for reading the list, the record's file
 * name and key fields (type, number, date, agency) as plain strings.
 */
public record ReusedResult(ReuseEntry reuse, String fileName, Map<String, Object> fields) {
}
