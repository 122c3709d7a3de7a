package org.lstmworkbench.diagnosis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lstmworkbench.WorkbenchException;

/**
 * A learning curve read from a file: losses per epoch (index i is epoch i+1 of the file's
 * run) and any other per-epoch metrics the file held (accuracy, learning rate...).
 *
 * @param name   where it came from, usually the file name
 * @param train  training loss per epoch (copied)
 * @param val    validation loss per epoch, or null when the file has none (copied)
 * @param extras other per-epoch metrics by their key in the file, in file order (unmodifiable)
 */
public record LossCurve(String name, double[] train, double[] val, Map<String, double[]> extras) {

    public LossCurve {
        if (name == null || name.isBlank()) {
            throw new WorkbenchException("A loss curve needs a name, got '" + name + "'");
        }
        if (train == null || train.length == 0) {
            throw new WorkbenchException(name + ": no training loss values");
        }
        if (val != null && val.length != train.length) {
            throw new WorkbenchException(name + ": " + val.length + " validation losses for " + train.length
                    + " training losses");
        }
        Map<String, double[]> copy = new LinkedHashMap<>();
        for (Map.Entry<String, double[]> e : (extras == null ? Map.<String, double[]>of() : extras).entrySet()) {
            if (e.getValue() == null || e.getValue().length != train.length) {
                throw new WorkbenchException(name + ": metric '" + e.getKey() + "' has "
                        + (e.getValue() == null ? "no" : e.getValue().length) + " values for " + train.length + " epochs");
            }
            copy.put(e.getKey(), e.getValue().clone());
        }
        train = train.clone();
        val = val == null ? null : val.clone();
        extras = Collections.unmodifiableMap(copy);
    }

    /** Number of epochs. */
    public int epochs() {
        return train.length;
    }

    /** A copy of the training losses. */
    @Override
    public double[] train() {
        return train.clone();
    }

    /** A copy of the validation losses, or null. */
    @Override
    public double[] val() {
        return val == null ? null : val.clone();
    }

    /**
     * The curves as labeller input, with nothing else known about the run but the accuracy
     * curves when the file held them (see {@link #accuracy()}).
     */
    public CurveInput toCurveInput() {
        CurveInput input = CurveInput.of(train, val);
        return accuracy().map(input::withAccuracy).orElse(input);
    }

    /**
     * The accuracy curves among the extras, classes unknown: training accuracy under the first
     * of {@link #TRAIN_ACCURACY_KEYS} present (Keras 2 {@code accuracy}, TF1 {@code acc}, our
     * {@code train_accuracy}, then Keras's named accuracy metrics), validation accuracy under
     * {@code val_} and the same name ({@code val_accuracy} for {@code train_accuracy}).
     *
     * @throws CurveFormatException when an accuracy is not a share in [0, 1]
     */
    public Optional<AccuracyCurves> accuracy() {
        // a training key with its validation partner first, so train_accuracy is not taken for
        // a lone val_accuracy under the name accuracy; then a validation accuracy alone
        for (boolean needTrain : new boolean[] {true, false}) {
            for (String key : TRAIN_ACCURACY_KEYS) {
                String valKey = "val_" + (key.startsWith("train_") ? key.substring("train_".length()) : key);
                double[] tr = extras.get(key);
                double[] va = extras.get(valKey);
                if (needTrain ? tr != null : va != null) {
                    return Optional.of(accuracyCurves(tr, va, key, valKey));
                }
            }
        }
        return Optional.empty();
    }

    private AccuracyCurves accuracyCurves(double[] tr, double[] va, String key, String valKey) {
        try {
            return AccuracyCurves.of(tr, va);
        } catch (WorkbenchException e) {
            throw new CurveFormatException(name, "'" + (tr != null ? key : valKey) + "'" + (va != null && tr != null
                    ? "/'" + valKey + "'" : "") + ": " + e.getMessage(), e);
        }
    }

    /** Names of training accuracy in the files we read, in the order they are looked for. */
    public static final List<String> TRAIN_ACCURACY_KEYS = List.of("accuracy", "acc", "train_accuracy",
            "sparse_categorical_accuracy", "categorical_accuracy", "binary_accuracy");
}
