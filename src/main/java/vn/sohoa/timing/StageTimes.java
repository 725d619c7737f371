package vn.sohoa.timing;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Time spent per {@link Stage} on one file (or summed over many), in milliseconds. Immutable.
 */
public final class StageTimes {

    public static final StageTimes NONE = new StageTimes(new EnumMap<>(Stage.class));

    private final EnumMap<Stage, Long> millis;

    private StageTimes(EnumMap<Stage, Long> millis) {
        this.millis = millis;
    }

    public static StageTimes of(Map<Stage, Long> millis) {
        return millis.isEmpty() ? NONE : new StageTimes(new EnumMap<>(millis));
    }

    public long millis(Stage stage) {
        return millis.getOrDefault(stage, 0L);
    }

    public StageTimes plus(Stage stage, long addedMillis) {
        if (addedMillis == 0) {
            return this;
        }
        EnumMap<Stage, Long> sum = new EnumMap<>(Stage.class);
        sum.putAll(millis);
        sum.merge(stage, addedMillis, Long::sum);
        return new StageTimes(sum);
    }

    public StageTimes plus(StageTimes other) {
        EnumMap<Stage, Long> sum = new EnumMap<>(Stage.class);
        sum.putAll(millis);
        other.millis.forEach((stage, ms) -> sum.merge(stage, ms, Long::sum));
        return new StageTimes(sum);
    }

    /** Stage key → milliseconds, in pipeline order, only the stages that took place; null when none did. */
    public Map<String, Long> asMap() {
        if (millis.isEmpty()) {
            return null;
        }
        Map<String, Long> map = new LinkedHashMap<>();
        millis.forEach((stage, ms) -> map.put(stage.key(), ms));
        return map;
    }

    /** The reverse of {@link #asMap()}; unknown keys (from a newer version) are ignored. */
    public static StageTimes fromMap(Map<String, Long> map) {
        if (map == null || map.isEmpty()) {
            return NONE;
        }
        EnumMap<Stage, Long> millis = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            Long ms = map.get(stage.key());
            if (ms != null) {
                millis.put(stage, ms);
            }
        }
        return new StageTimes(millis);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StageTimes times && times.millis.equals(millis);
    }

    @Override
    public int hashCode() {
        return millis.hashCode();
    }

    @Override
    public String toString() {
        return String.valueOf(asMap());
    }
}
