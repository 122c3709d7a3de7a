package org.lstmworkbench.data.sequence;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.lstmworkbench.data.DataException;

/**
 * The classes of a classification dataset, sorted, with how many sequences each has.
 *
 * <p>Order: when every label is an integer the classes sort numerically ({@code 2} before
 * {@code 10}); otherwise as strings. The position in that order is the class <em>index</em>, the
 * integer encoding written to files (0..K-1); {@link #oneHot(int)} is the encoding of the network's
 * softmax output. Labels are read through {@link #canonical(String)}, so {@code 1}, {@code 1.0}
 * and {@code 1.0000000e+00} (old UCR files) are one class.
 */
public final class ClassLabels {

    /** The largest class may hold this many times the smallest before {@link #imbalanced()}. */
    public static final double IMBALANCE_RATIO = 3;

    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final List<String> names;
    private final int[] counts;
    private final Map<String, Integer> indices = new LinkedHashMap<>();
    private final boolean integers;

    private ClassLabels(List<String> names, int[] counts, boolean integers) {
        this.names = List.copyOf(names);
        this.counts = counts;
        this.integers = integers;
        for (int i = 0; i < names.size(); i++) {
            indices.put(names.get(i), i);
        }
    }

    /**
     * The classes of the given labels (one per sequence, repeats counted), read through
     * {@link #canonical(String)}.
     *
     * @throws DataException when there are no labels
     */
    public static ClassLabels of(Collection<String> labels) {
        if (labels.isEmpty()) {
            throw new DataException("no labels: a classification dataset needs labelled sequences");
        }
        Map<String, Integer> tally = new TreeMap<>();
        for (String label : labels) {
            tally.merge(canonical(label), 1, Integer::sum);
        }
        boolean integers = tally.keySet().stream().allMatch(l -> INTEGER.matcher(l).matches());
        List<String> names = new ArrayList<>(tally.keySet());
        if (integers) {
            names.sort(Comparator.comparing(BigDecimal::new));
        } else {
            Collections.sort(names);
        }
        int[] counts = names.stream().mapToInt(tally::get).toArray();
        return new ClassLabels(names, counts, integers);
    }

    /**
     * The form a label is compared in: trimmed, and a number with an integral value written as that
     * integer ({@code " 1.0 "} and {@code "1e0"} become {@code "1"}). Other text stays as it is.
     */
    public static String canonical(String raw) {
        String label = raw == null ? "" : raw.trim();
        if (NUMBER.matcher(label).matches()) {
            BigDecimal value = new BigDecimal(label);
            if (value.signum() == 0 || value.stripTrailingZeros().scale() <= 0) {
                return value.toBigInteger().toString();
            }
        }
        return label;
    }

    /** The class names in index order. */
    public List<String> names() {
        return names;
    }

    /** Number of classes K. */
    public int size() {
        return names.size();
    }

    /** Whether every label is an integer (and the classes sort numerically). */
    public boolean integerLabels() {
        return integers;
    }

    /** The name of class {@code index}. */
    public String name(int index) {
        return names.get(index);
    }

    /** Whether the label (in any spelling {@link #canonical(String)} accepts) is one of the classes. */
    public boolean contains(String label) {
        return indices.containsKey(canonical(label));
    }

    /**
     * The integer encoding of a label: its class index 0..K-1.
     *
     * @throws DataException for a label that is none of the classes, listing them
     */
    public int indexOf(String label) {
        Integer index = indices.get(canonical(label));
        if (index == null) {
            throw new DataException("unknown class \"" + label + "\"; the classes are " + String.join(", ", names));
        }
        return index;
    }

    /** The one-hot encoding of class {@code index}: K values, 1 at {@code index}, 0 elsewhere. */
    public double[] oneHot(int index) {
        if (index < 0 || index >= names.size()) {
            throw new IndexOutOfBoundsException("class index " + index + " outside 0.." + (names.size() - 1));
        }
        double[] encoded = new double[names.size()];
        encoded[index] = 1;
        return encoded;
    }

    /** The one-hot encoding of a label. */
    public double[] oneHot(String label) {
        return oneHot(indexOf(label));
    }

    /** Sequences in class {@code index}. */
    public int count(int index) {
        return counts[index];
    }

    /** Sequences per class, in index order. */
    public int[] counts() {
        return counts.clone();
    }

    /** All sequences counted. */
    public int total() {
        int total = 0;
        for (int c : counts) {
            total += c;
        }
        return total;
    }

    /** Largest class count over smallest (1 for balanced classes). */
    public double imbalanceRatio() {
        int max = 0;
        int min = Integer.MAX_VALUE;
        for (int c : counts) {
            max = Math.max(max, c);
            min = Math.min(min, c);
        }
        return (double) max / min;
    }

    /**
     * Whether the largest class holds more than {@link #IMBALANCE_RATIO} times the smallest: then
     * accuracy flatters a majority guess and balanced accuracy should be reported beside it.
     */
    public boolean imbalanced() {
        return imbalanceRatio() > IMBALANCE_RATIO;
    }

    /** The classes with their counts, e.g. {@code cyclic 100, normal 100}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            parts.add(names.get(i) + " " + counts[i]);
        }
        return String.join(", ", parts);
    }

    @Override
    public String toString() {
        return "ClassLabels[" + describe() + "]";
    }
}
