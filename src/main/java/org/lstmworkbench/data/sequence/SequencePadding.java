package org.lstmworkbench.data.sequence;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Sequences to DL4J {@link DataSet}s for a many-to-one classifier, in DL4J's NCW layout:
 * <ul>
 *   <li>features {@code [n, F, T]}: sequence i's step t of feature f at {@code [i, f, t]}, zeros
 *       after its last step (padding at the end, so the real steps start together);</li>
 *   <li>features mask {@code [n, T]}: 1 for a real step, 0 for padding (DL4J's
 *       {@code LastTimeStep} reads the last step the mask marks);</li>
 *   <li>labels {@code [n, K]}: one-hot over the classes;</li>
 *   <li>no labels mask (one label per sequence).</li>
 * </ul>
 * T is the longest sequence of the batch, or the fixed length of {@link SequenceLength}. The
 * mask is set even when every sequence fills T, so every batch has the same structure. Arrays
 * are doubles, the data type of the workbench's networks.
 */
public final class SequencePadding {

    private SequencePadding() {
    }

    /**
     * One padded, masked batch of the given sequences.
     *
     * @param classes the encoding of the labels (the whole dataset's, so every part agrees)
     * @throws IllegalArgumentException for no sequences or sequences of different feature counts
     */
    public static DataSet toDataSet(List<Sequence> sequences, ClassLabels classes, SequenceLength length) {
        if (sequences.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one sequence");
        }
        List<Sequence> prepared = sequences.stream().map(length::prepare).toList();
        int n = prepared.size();
        int features = prepared.get(0).featureCount();
        int steps = length.isFixed() ? length.fixedLength()
                : prepared.stream().mapToInt(Sequence::length).max().orElseThrow();
        int k = classes.size();
        double[] x = new double[n * features * steps];
        double[] mask = new double[n * steps];
        double[] y = new double[n * k];
        for (int i = 0; i < n; i++) {
            Sequence s = prepared.get(i);
            if (s.featureCount() != features) {
                throw new IllegalArgumentException("sequence \"" + s.id() + "\" has " + s.featureCount()
                        + " feature(s) where the batch has " + features);
            }
            for (int t = 0; t < s.length(); t++) {
                for (int f = 0; f < features; f++) {
                    x[(i * features + f) * steps + t] = s.value(t, f);
                }
                mask[i * steps + t] = 1;
            }
            y[i * k + classes.indexOf(s.label())] = 1;
        }
        INDArray input = Nd4j.create(x, new long[] {n, features, steps}, 'c');
        INDArray featuresMask = Nd4j.create(mask, new long[] {n, steps}, 'c');
        INDArray labels = Nd4j.create(y, new long[] {n, k}, 'c');
        return new DataSet(input, labels, featuresMask, null);
    }

    /** One batch of the sequences of {@code dataset} at {@code indices}, in that order. */
    public static DataSet toDataSet(SequenceDataset dataset, int[] indices, SequenceLength length) {
        return toDataSet(dataset.select(indices), dataset.classes(), length);
    }

    /**
     * Minibatches of {@code batchSize} sequences in the given order (the last may be smaller), each
     * padded to its own longest sequence (or the fixed length).
     */
    public static List<DataSet> minibatches(List<Sequence> sequences, ClassLabels classes, int batchSize,
                                            SequenceLength length) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        List<DataSet> batches = new ArrayList<>();
        for (int start = 0; start < sequences.size(); start += batchSize) {
            batches.add(toDataSet(sequences.subList(start, Math.min(sequences.size(), start + batchSize)), classes,
                    length));
        }
        return batches;
    }
}
