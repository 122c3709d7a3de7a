package org.lstmworkbench.data.sequence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.lstmworkbench.data.DataException;

/**
 * A classification dataset: labelled sequences of possibly different lengths, every one with the
 * same features. Immutable.
 *
 * <p>Checked when built: at least one sequence, unique ids, the same feature count everywhere, at
 * least two classes. Parts of a split are index arrays into {@link #sequences()} (see
 * {@link SequenceSplitter}), and a part's sequences ({@link #select(int[])}) keep their labels
 * encoded by the whole dataset's {@link #classes()}, even when a part lacks a class.
 */
public final class SequenceDataset {

    private final String source;
    private final List<String> featureNames;
    private final List<Sequence> sequences;
    private final ClassLabels classes;
    private final int[] labelIndices;

    /**
     * @param source file, folder or demo name, used in messages
     * @param featureNames one name per feature, in feature order
     * @param sequences the sequences, in the order the source lists them
     * @throws DataException when there is no sequence, an id repeats, the feature counts differ or
     *     all sequences share one class
     */
    public SequenceDataset(String source, List<String> featureNames, List<Sequence> sequences) {
        this.source = source;
        this.featureNames = List.copyOf(featureNames);
        this.sequences = List.copyOf(sequences);
        if (sequences.isEmpty()) {
            throw new DataException(source + ": holds no sequences");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < sequences.size(); i++) {
            Sequence s = sequences.get(i);
            if (s.featureCount() != featureNames.size()) {
                throw new DataException(source + ": sequence \"" + s.id() + "\" has " + s.featureCount()
                        + " feature(s) where the dataset has " + featureNames.size() + " ("
                        + String.join(", ", featureNames) + ")");
            }
            Integer before = seen.put(s.id(), i);
            if (before != null) {
                throw new DataException(source + ": two sequences are named \"" + s.id() + "\"");
            }
        }
        this.classes = ClassLabels.of(sequences.stream().map(Sequence::label).toList());
        if (classes.size() < 2) {
            throw new DataException(source + ": all " + sequences.size() + " sequences have the label \""
                    + classes.name(0) + "\"; classification needs at least two classes");
        }
        this.labelIndices = sequences.stream().mapToInt(s -> classes.indexOf(s.label())).toArray();
    }

    /** The file, folder or demo the sequences came from. */
    public String source() {
        return source;
    }

    /** Feature names in feature order. */
    public List<String> featureNames() {
        return featureNames;
    }

    /** Number of features F per time step. */
    public int featureCount() {
        return featureNames.size();
    }

    /** All sequences, in source order. */
    public List<Sequence> sequences() {
        return sequences;
    }

    /** Number of sequences. */
    public int size() {
        return sequences.size();
    }

    /** Sequence {@code i}. */
    public Sequence sequence(int i) {
        return sequences.get(i);
    }

    /** The sorted classes with their counts. */
    public ClassLabels classes() {
        return classes;
    }

    /** The class index of sequence {@code i}. */
    public int labelIndex(int i) {
        return labelIndices[i];
    }

    /** The class index of every sequence, in source order (the integer encoding). */
    public int[] labelIndices() {
        return labelIndices.clone();
    }

    /** Indices of the sequences of class {@code classIndex}, ascending. */
    public int[] indicesOfClass(int classIndex) {
        return IntStream.range(0, size()).filter(i -> labelIndices[i] == classIndex).toArray();
    }

    /** The length of every sequence, in source order. */
    public int[] lengths() {
        return sequences.stream().mapToInt(Sequence::length).toArray();
    }

    /** The shortest sequence's length. */
    public int minLength() {
        return IntStream.of(lengths()).min().orElseThrow();
    }

    /** The longest sequence's length (the padded length of a batch holding all). */
    public int maxLength() {
        return IntStream.of(lengths()).max().orElseThrow();
    }

    /** How many sequences have each length, by ascending length (the window's length histogram). */
    public SortedMap<Integer, Integer> lengthCounts() {
        SortedMap<Integer, Integer> counts = new TreeMap<>();
        for (Sequence s : sequences) {
            counts.merge(s.length(), 1, Integer::sum);
        }
        return counts;
    }

    /** Up to {@code n} sequences of class {@code classIndex}, the first in source order (examples to show). */
    public List<Sequence> examples(int classIndex, int n) {
        return IntStream.of(indicesOfClass(classIndex)).limit(n).mapToObj(sequences::get).toList();
    }

    /** Sequences per class among those at {@code indices} (a part of a split), in class index order. */
    public int[] classCounts(int[] indices) {
        int[] counts = new int[classes.size()];
        for (int i : indices) {
            counts[labelIndices[i]]++;
        }
        return counts;
    }

    /** Whether every sequence names a group (a group split needs that). */
    public boolean hasGroups() {
        return sequences.stream().allMatch(s -> s.group() != null);
    }

    /** The sequences at the given indices, in that order. */
    public List<Sequence> select(int[] indices) {
        List<Sequence> selected = new ArrayList<>(indices.length);
        for (int i : indices) {
            selected.add(sequences.get(i));
        }
        return selected;
    }

    /** A dataset of the same source and features whose every sequence went through {@code change}. */
    public SequenceDataset map(UnaryOperator<Sequence> change) {
        return new SequenceDataset(source, featureNames, sequences.stream().map(change).toList());
    }

    @Override
    public String toString() {
        return "SequenceDataset[" + source + ", " + size() + " sequences of " + featureCount()
                + " feature(s), length " + minLength() + ".." + maxLength() + ", classes " + classes.describe() + "]";
    }
}
