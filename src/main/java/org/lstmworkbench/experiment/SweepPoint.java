package org.lstmworkbench.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One point of a sweep: a value for each swept parameter, in the sweep's parameter order.
 *
 * @param index  0-based position of the point in its sweep
 * @param values parameter name to value (text), in the sweep's parameter order
 */
public record SweepPoint(int index, Map<String, String> values) {

    public SweepPoint {
        if (index < 0) {
            throw new IllegalArgumentException("a sweep point index must be >= 0, got " + index);
        }
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * The column name of this point in tables: the bare value when one parameter is swept
     * (the seed's layout: {@code 1  5  10}), {@code name=value} pairs otherwise; {@code base}
     * for a sweep of no parameter (plain repeats).
     */
    public String label() {
        if (values.isEmpty()) {
            return "base";
        }
        if (values.size() == 1) {
            return values.values().iterator().next();
        }
        return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    /** {@code name=value} pairs, always with names (for progress lines and logs). */
    public String describe() {
        return values.isEmpty() ? "base configuration"
                : values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
