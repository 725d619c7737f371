package vn.sohoa.model;

/**
 * Two sources disagree on a field: the value kept (from the stronger source) and the one set aside.
 * Reported, never hidden: a manifest typed against the wrong file shows up here.
 */
public record FieldConflict(String field, Object keptValue, String keptSource, Object otherValue, String otherSource) {
}
