package org.lstmworkbench.diagnosis;

import java.util.Optional;
import java.util.OptionalDouble;
import org.lstmworkbench.WorkbenchException;

/**
 * Per-epoch losses to diagnose, with what is known about the run. Index i is epoch i+1.
 *
 * <p>Arrays are copied in and out, so an instance cannot change after construction. Equality
 * is by array identity (record default); compare curves with {@link java.util.Arrays} if needed.
 *
 * @param train               training loss per epoch, at least one value (NaN/Inf allowed: that is
 *                            evidence of divergence)
 * @param val                 validation loss per epoch, same length as {@code train}, or null when
 *                            the run had no validation set
 * @param naiveBaselineVal    validation loss of a naive forecast (persistence or training mean), if known
 * @param regularised         whether dropout or input noise was active in training, which makes
 *                            training loss legitimately higher than validation loss
 * @param expectedInitialLoss loss of an untrained model (for example ln 2 for balanced binary
 *                            cross-entropy), if known
 * @param accuracy            a classifier's accuracy curves and classes, if the run was one; empty
 *                            for regression, whose labels then depend on the losses alone
 * @param meanBaselineVal     validation loss of always predicting the training targets' mean, if
 *                            known: a model whose best validation loss is no better than it has
 *                            learnt nothing a constant could not, so it is never a good fit
 */
public record CurveInput(double[] train, double[] val, OptionalDouble naiveBaselineVal, boolean regularised,
                         OptionalDouble expectedInitialLoss, Optional<AccuracyCurves> accuracy,
                         OptionalDouble meanBaselineVal) {

    public CurveInput {
        if (train == null || train.length == 0) {
            throw new WorkbenchException("A learning curve needs at least one training loss, got "
                    + (train == null ? "none" : "0 epochs"));
        }
        if (val != null && val.length != train.length) {
            throw new WorkbenchException("Validation curve has " + val.length + " epochs but training curve has "
                    + train.length);
        }
        if (naiveBaselineVal == null || expectedInitialLoss == null || meanBaselineVal == null) {
            throw new IllegalArgumentException("Use OptionalDouble.empty() for an unknown baseline or initial loss, not null");
        }
        requirePositive(naiveBaselineVal, "Naive baseline loss");
        requirePositive(expectedInitialLoss, "Expected initial loss");
        requirePositive(meanBaselineVal, "Training-mean baseline loss");
        if (accuracy == null) {
            throw new IllegalArgumentException("Use Optional.empty() when no accuracy is known, not null");
        }
        if (accuracy.isPresent() && accuracy.get().epochs() != 0 && accuracy.get().epochs() != train.length) {
            throw new WorkbenchException("Accuracy curves have " + accuracy.get().epochs() + " epochs but the loss "
                    + "curves have " + train.length);
        }
        train = train.clone();
        val = val == null ? null : val.clone();
    }

    /** Losses and what is known of the run, training-mean baseline unknown. */
    public CurveInput(double[] train, double[] val, OptionalDouble naiveBaselineVal, boolean regularised,
                      OptionalDouble expectedInitialLoss, Optional<AccuracyCurves> accuracy) {
        this(train, val, naiveBaselineVal, regularised, expectedInitialLoss, accuracy, OptionalDouble.empty());
    }

    /** Losses and what is known of the run, without accuracy (a regression run). */
    public CurveInput(double[] train, double[] val, OptionalDouble naiveBaselineVal, boolean regularised,
                      OptionalDouble expectedInitialLoss) {
        this(train, val, naiveBaselineVal, regularised, expectedInitialLoss, Optional.empty());
    }

    /** Curves with nothing else known: no baseline, no regularisation, no expected initial loss. */
    public static CurveInput of(double[] train, double[] val) {
        return new CurveInput(train, val, OptionalDouble.empty(), false, OptionalDouble.empty());
    }

    /** A copy with the naive baseline's validation loss. */
    public CurveInput withNaiveBaseline(double loss) {
        return new CurveInput(train, val, OptionalDouble.of(loss), regularised, expectedInitialLoss, accuracy,
                meanBaselineVal);
    }

    /** A copy that records whether dropout or noise was active. */
    public CurveInput withRegularisation(boolean on) {
        return new CurveInput(train, val, naiveBaselineVal, on, expectedInitialLoss, accuracy, meanBaselineVal);
    }

    /** A copy with the validation loss of always predicting the training mean. */
    public CurveInput withMeanBaseline(double loss) {
        return new CurveInput(train, val, naiveBaselineVal, regularised, expectedInitialLoss, accuracy,
                OptionalDouble.of(loss));
    }

    /** A copy with the loss an untrained model should have. */
    public CurveInput withExpectedInitialLoss(double loss) {
        return new CurveInput(train, val, naiveBaselineVal, regularised, OptionalDouble.of(loss), accuracy,
                meanBaselineVal);
    }

    /**
     * A copy with a classifier's accuracy curves and classes: the labeller then also applies the
     * chance-level and accuracy rules (see {@link CurveDiagnoser}).
     */
    public CurveInput withAccuracy(AccuracyCurves curves) {
        return new CurveInput(train, val, naiveBaselineVal, regularised, expectedInitialLoss, Optional.of(curves),
                meanBaselineVal);
    }

    /** A copy of the training curve. */
    @Override
    public double[] train() {
        return train.clone();
    }

    /** A copy of the validation curve, or null when there is none. */
    @Override
    public double[] val() {
        return val == null ? null : val.clone();
    }

    /** Whether a validation curve is present. */
    public boolean hasValidation() {
        return val != null;
    }

    /** Number of epochs. */
    public int epochs() {
        return train.length;
    }

    private static void requirePositive(OptionalDouble value, String what) {
        if (value.isPresent() && !(value.getAsDouble() > 0 && Double.isFinite(value.getAsDouble()))) {
            throw new WorkbenchException(what + " must be finite and > 0, got " + value.getAsDouble());
        }
    }
}
