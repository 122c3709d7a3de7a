package org.lstmworkbench.data.sequence;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.lstmworkbench.data.DataException;
import org.lstmworkbench.data.TransformSpec;
import org.nd4j.linalg.dataset.DataSet;

/**
 * A dataset ready for training: split by sequence, scaled by a scaler fitted on the training
 * sequences only, and turned into padded, masked batches on demand.
 *
 * @param dataset the scaled dataset (same sequences, ids and order as the raw one)
 * @param split the parts, as indices into {@code dataset}
 * @param scaler the per-feature scaler fitted on the raw training sequences
 * @param length variable (pad to each batch's longest) or a fixed length; applied when batching,
 *     after scaling (the scaler sees every step of the training sequences)
 */
public record PreparedSequences(SequenceDataset dataset, SequenceSplit split, SequenceScaler scaler,
                                SequenceLength length) {

    /** Index of the training part in {@link #part(int)}. */
    public static final int TRAIN = 0;
    /** Index of the validation part. */
    public static final int VALIDATION = 1;
    /** Index of the test part. */
    public static final int TEST = 2;

    /**
     * Fits the scaler on the training sequences of {@code raw} and scales every sequence.
     *
     * @param scaling the per-feature scaling ({@code NONE} keeps the values)
     */
    public static PreparedSequences prepare(SequenceDataset raw, SequenceSplit split, TransformSpec.Scaling scaling,
                                            SequenceLength length) {
        try {
            SequenceScaler scaler = SequenceScaler.fit(scaling, raw, split);
            return new PreparedSequences(scaler.apply(raw), split, scaler, length);
        } catch (DataException e) {
            // the scaler names the sequence, step and feature; the user also needs the file
            if (raw.source() == null || e.getMessage().startsWith(raw.source() + ":")) {
                throw e;
            }
            throw new DataException(raw.source() + ": " + e.getMessage(), e);
        }
    }

    /** The classes of the whole dataset, the encoding of every part. */
    public ClassLabels classes() {
        return dataset.classes();
    }

    /** The (scaled) sequences of part {@link #TRAIN}, {@link #VALIDATION} or {@link #TEST}. */
    public List<Sequence> part(int part) {
        return dataset.select(split.part(part));
    }

    /** Whether a part holds any sequence. */
    public boolean hasPart(int part) {
        return split.part(part).length > 0;
    }

    /**
     * A whole part as one batch, padded to its longest sequence (for the per-epoch loss and
     * accuracy on the whole part).
     *
     * @throws IllegalArgumentException for an empty part
     */
    public DataSet dataSet(int part) {
        return SequencePadding.toDataSet(part(part), classes(), length);
    }

    /**
     * The training sequences shuffled with {@code seed} (pass a new seed per epoch) and cut into
     * minibatches, each padded to its own longest sequence.
     */
    public List<DataSet> trainBatches(int batchSize, long seed) {
        List<Sequence> order = new ArrayList<>(part(TRAIN));
        Collections.shuffle(order, new Random(seed));
        return SequencePadding.minibatches(order, classes(), batchSize, length);
    }

    /** Sequences per class in a part. */
    public int[] classCounts(int part) {
        return dataset.classCounts(split.part(part));
    }
}
