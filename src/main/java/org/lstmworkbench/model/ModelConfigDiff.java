package org.lstmworkbench.model;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/** The fields in which two configurations differ, for comparing runs. */
public final class ModelConfigDiff {

    private ModelConfigDiff() {
    }

    /**
     * One entry per differing setting, by its flat name in the flat JSON form's order:
     * {@code units: [10] -> [50, 50]}. Empty when the configurations are equal.
     */
    public static List<String> between(ModelConfig a, ModelConfig b) {
        List<String> diffs = new ArrayList<>();
        if (!a.task().equals(b.task())) {
            diffs.add("task: " + a.task() + " -> " + b.task());
        }
        if (!a.architecture().typeName().equals(b.architecture().typeName())) {
            diffs.add("architecture: " + a.architecture().typeName() + " -> " + b.architecture().typeName());
            return diffs;
        }
        // the flat names cover the LSTM layers only; the rest of another architecture differs as a whole
        if (!(a.architecture() instanceof LstmStack) && !Architectures.withLstmPart(a.architecture(), b.lstm()).equals(b.architecture())) {
            diffs.add("architecture: (" + a.architecture().summary() + ") -> (" + b.architecture().summary() + ")");
        }
        Iterator<String> names = ModelConfigJson.toFlatTree(ModelConfig.DEFAULTS).fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            Object va = value(name, a);
            Object vb = value(name, b);
            if (!Objects.equals(va, vb)) {
                diffs.add(name + ": " + va + " -> " + vb);
            }
        }
        return diffs;
    }

    /** The setting by its shorthand accessor on {@link ModelConfig} (named as the flat JSON field). */
    private static Object value(String name, ModelConfig config) {
        try {
            return ModelConfig.class.getMethod(name).invoke(config);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + name + " of a model configuration", e);
        }
    }
}
