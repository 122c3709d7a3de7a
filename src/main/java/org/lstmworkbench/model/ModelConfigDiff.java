package org.lstmworkbench.model;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The fields in which two configurations differ, for comparing runs. */
public final class ModelConfigDiff {

    private ModelConfigDiff() {
    }

    /**
     * One entry per differing field, in declaration order: {@code units: [10] -> [50, 50]}.
     * Empty when the configurations are equal.
     */
    public static List<String> between(ModelConfig a, ModelConfig b) {
        List<String> diffs = new ArrayList<>();
        for (RecordComponent c : ModelConfig.class.getRecordComponents()) {
            Object va = value(c, a);
            Object vb = value(c, b);
            if (!Objects.equals(va, vb)) {
                diffs.add(c.getName() + ": " + va + " -> " + vb);
            }
        }
        return diffs;
    }

    private static Object value(RecordComponent c, ModelConfig config) {
        try {
            return c.getAccessor().invoke(config);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of a model configuration", e);
        }
    }
}
