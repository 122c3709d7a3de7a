package org.lstmworkbench.diagnosis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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

    /** The curves as labeller input, with nothing else known about the run. */
    public CurveInput toCurveInput() {
        return CurveInput.of(train, val);
    }
}
