package org.lstmworkbench.data.sequence;

import java.util.ArrayList;
import java.util.List;
import org.lstmworkbench.data.DataException;
import org.lstmworkbench.data.Scaler;
import org.lstmworkbench.data.TransformSpec;

/**
 * One {@link Scaler} per feature, fitted on all time steps of the training sequences only, then
 * applied to every sequence (so validation and test values never shape the scaling).
 *
 * @param features the scaler of each feature, in feature order
 */
public record SequenceScaler(List<Scaler> features) {

    public SequenceScaler {
        features = List.copyOf(features);
    }

    /**
     * Fits one scaler per feature on every step of {@code training}.
     *
     * @param scaling {@code NONE}, {@code MIN_MAX}, {@code MIN_MAX_SYMMETRIC} or {@code Z_SCORE}
     * @throws DataException when there is no training sequence
     */
    public static SequenceScaler fit(TransformSpec.Scaling scaling, List<Sequence> training) {
        if (training.isEmpty()) {
            throw new DataException("cannot fit the scaler: the training part has no sequences");
        }
        int featureCount = training.get(0).featureCount();
        int steps = training.stream().mapToInt(Sequence::length).sum();
        List<Scaler> scalers = new ArrayList<>();
        for (int f = 0; f < featureCount; f++) {
            double[] values = new double[steps];
            int k = 0;
            for (Sequence s : training) {
                for (int t = 0; t < s.length(); t++) {
                    values[k++] = s.value(t, f);
                }
            }
            try {
                scalers.add(Scaler.fit(scaling, values));
            } catch (IllegalArgumentException overflow) {
                throw spreadTooLarge(training, f);
            }
        }
        return new SequenceScaler(scalers);
    }

    /** The scaler's fit overflowed (1e308 beside -1e308): names the training value of largest magnitude. */
    private static DataException spreadTooLarge(List<Sequence> training, int feature) {
        Sequence where = training.get(0);
        int step = 0;
        for (Sequence s : training) {
            for (int t = 0; t < s.length(); t++) {
                if (Math.abs(s.value(t, feature)) > Math.abs(where.value(step, feature))) {
                    where = s;
                    step = t;
                }
            }
        }
        return new DataException("sequence \"" + where.id() + "\": step " + (step + 1) + ", feature " + (feature + 1)
                + ": the value " + where.value(step, feature) + " makes the training part's spread too large for a"
                + " double; the scaler cannot be fitted");
    }

    /** Fits on the training part of a split of {@code dataset}. */
    public static SequenceScaler fit(TransformSpec.Scaling scaling, SequenceDataset dataset, SequenceSplit split) {
        return fit(scaling, dataset.select(split.train()));
    }

    /** The sequence with every feature scaled. */
    public Sequence apply(Sequence sequence) {
        if (sequence.featureCount() != features.size()) {
            throw new DataException("sequence \"" + sequence.id() + "\" has " + sequence.featureCount()
                    + " feature(s); the scaler was fitted on " + features.size());
        }
        double[][] steps = sequence.steps();
        for (int t = 0; t < steps.length; t++) {
            for (int f = 0; f < steps[t].length; f++) {
                double scaled = features.get(f).apply(steps[t][f]);
                if (Double.isInfinite(scaled)) {
                    // a huge value outside the training part, beside a small training spread
                    throw new DataException("sequence \"" + sequence.id() + "\": step " + (t + 1) + ", feature "
                            + (f + 1) + ": the value " + steps[t][f] + " overflows a double when scaled by the scaler"
                            + " fitted on the training part");
                }
                steps[t][f] = scaled;
            }
        }
        return sequence.withSteps(steps);
    }

    /** Every sequence scaled. */
    public List<Sequence> apply(List<Sequence> sequences) {
        return sequences.stream().map(this::apply).toList();
    }

    /** The dataset with every sequence scaled (indices, and so splits, stay valid). */
    public SequenceDataset apply(SequenceDataset dataset) {
        return dataset.map(this::apply);
    }
}
