package vn.sohoa.storage;

import java.util.Map;

/** What the store knows of one object without reading it. */
public record ObjectInfo(String key, long size, String contentType, Map<String, String> userMetadata) {
}
