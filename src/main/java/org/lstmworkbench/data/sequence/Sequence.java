package org.lstmworkbench.data.sequence;

import java.util.Arrays;
import java.util.Objects;
import org.lstmworkbench.data.DataException;

/**
 * One labelled sequence: a run of time steps, each with the same number of numeric features.
 *
 * <p>{@code steps[t][f]} is feature {@code f} at time step {@code t} (0-based, oldest first). The
 * array is copied in and out, so a sequence never changes after it is built.
 *
 * @param id the sequence's name, unique within its dataset (a sequence-id value, a file name, a
 *     row number)
 * @param group the group it belongs to (a subject, a recording session) or {@code null} for none;
 *     a group split keeps a group's sequences in one part
 * @param label its class label as text (see {@link ClassLabels#canonical(String)})
 * @param steps at least one time step of at least one finite feature value, every step as wide
 */
public record Sequence(String id, String group, String label, double[][] steps) {

    public Sequence {
        Objects.requireNonNull(id, "id");
        if (label == null || label.isBlank()) {
            throw new DataException("sequence \"" + id + "\": has no label");
        }
        if (steps == null || steps.length == 0) {
            throw new DataException("sequence \"" + id + "\": has no time steps");
        }
        int width = steps[0].length;
        if (width == 0) {
            throw new DataException("sequence \"" + id + "\": has no feature values");
        }
        double[][] copy = new double[steps.length][];
        for (int t = 0; t < steps.length; t++) {
            if (steps[t].length != width) {
                throw new DataException("sequence \"" + id + "\": step " + (t + 1) + " has " + steps[t].length
                        + " feature values where step 1 has " + width);
            }
            for (double v : steps[t]) {
                if (!Double.isFinite(v)) {
                    throw new DataException("sequence \"" + id + "\": step " + (t + 1) + " holds " + v
                            + "; feature values must be finite numbers");
                }
            }
            copy[t] = steps[t].clone();
        }
        steps = copy;
    }

    /** A sequence with one feature and no group. */
    public static Sequence univariate(String id, String label, double[] values) {
        double[][] steps = new double[values.length][];
        for (int t = 0; t < values.length; t++) {
            steps[t] = new double[] {values[t]};
        }
        return new Sequence(id, null, label, steps);
    }

    /** A copy of the steps, {@code [t][f]}. */
    @Override
    public double[][] steps() {
        double[][] copy = new double[steps.length][];
        for (int t = 0; t < steps.length; t++) {
            copy[t] = steps[t].clone();
        }
        return copy;
    }

    /** Number of time steps (at least 1). */
    public int length() {
        return steps.length;
    }

    /** Number of features per step (at least 1). */
    public int featureCount() {
        return steps[0].length;
    }

    /** Feature {@code f} at step {@code t}. */
    public double value(int t, int f) {
        return steps[t][f];
    }

    /** The values of one feature over time. */
    public double[] feature(int f) {
        double[] values = new double[steps.length];
        for (int t = 0; t < steps.length; t++) {
            values[t] = steps[t][f];
        }
        return values;
    }

    /** The same sequence (id, group, label) with other steps. */
    public Sequence withSteps(double[][] newSteps) {
        return new Sequence(id, group, label, newSteps);
    }

    /** The last {@code n} steps (all of them when the sequence is not longer). */
    public Sequence lastSteps(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("need at least one step, got " + n);
        }
        return n >= steps.length ? this : withSteps(Arrays.copyOfRange(steps, steps.length - n, steps.length));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sequence s && id.equals(s.id) && Objects.equals(group, s.group)
                && label.equals(s.label) && Arrays.deepEquals(steps, s.steps);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, group, label, Arrays.deepHashCode(steps));
    }

    @Override
    public String toString() {
        return "Sequence[" + id + (group == null ? "" : ", group " + group) + ", label " + label + ", "
                + steps.length + " x " + steps[0].length + "]";
    }
}
