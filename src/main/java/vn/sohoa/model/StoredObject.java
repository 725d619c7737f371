package vn.sohoa.model;

/** One object of a record, with the hash that fixity checks compare against. */
public record StoredObject(String key, String sha256, long size, String contentType) {
}
