package org.lstmworkbench.diagnosis;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.lstmworkbench.WorkbenchException;

/**
 * What the labeller knows of a classifier's run beyond its losses: the accuracy per epoch and
 * the classes, which set the chance levels (loss ln K, accuracy max(1/K, majority share)).
 * Index i is epoch i+1, as in {@link CurveInput}. Arrays are copied in and out.
 *
 * @param train         training accuracy per epoch (shares in [0, 1]; NaN allowed for an epoch
 *                      not measured), or null when not recorded
 * @param val           validation accuracy per epoch, or null
 * @param classes       number of classes K (at least 2), when known; a Keras history does not say
 * @param majorityShare share of the largest class in the data, in (0, 1], when known; chance
 *                      accuracy is then that share (always predicting the largest class) when it
 *                      exceeds 1/K
 */
public record AccuracyCurves(double[] train, double[] val, OptionalInt classes, OptionalDouble majorityShare) {

    public AccuracyCurves {
        if (classes == null || majorityShare == null) {
            throw new IllegalArgumentException("Use OptionalInt.empty()/OptionalDouble.empty() for unknown classes or "
                    + "class balance, not null");
        }
        if (classes.isPresent() && classes.getAsInt() < 2) {
            throw new WorkbenchException("A classifier needs at least 2 classes, got " + classes.getAsInt());
        }
        if (majorityShare.isPresent() && !(majorityShare.getAsDouble() > 0 && majorityShare.getAsDouble() <= 1)) {
            throw new WorkbenchException("Majority class share must be in (0, 1], got " + majorityShare.getAsDouble());
        }
        if (train != null && val != null && train.length != val.length) {
            throw new WorkbenchException("Validation accuracy has " + val.length + " epochs but training accuracy has "
                    + train.length);
        }
        requireShares(train, "Training accuracy");
        requireShares(val, "Validation accuracy");
        train = train == null ? null : train.clone();
        val = val == null ? null : val.clone();
    }

    /** Accuracy curves (either may be null) with the number of classes, balance unknown. */
    public static AccuracyCurves of(double[] train, double[] val, int classes) {
        return new AccuracyCurves(train, val, OptionalInt.of(classes), OptionalDouble.empty());
    }

    /** Accuracy curves (either may be null) without knowing the classes (a Keras history). */
    public static AccuracyCurves of(double[] train, double[] val) {
        return new AccuracyCurves(train, val, OptionalInt.empty(), OptionalDouble.empty());
    }

    /** Only the number of classes: no accuracy was recorded, but chance-level loss ln K is known. */
    public static AccuracyCurves classesOnly(int classes) {
        return of(null, null, classes);
    }

    /** A copy with the number of classes. */
    public AccuracyCurves withClasses(int k) {
        return new AccuracyCurves(train, val, OptionalInt.of(k), majorityShare);
    }

    /** A copy with the share of the largest class. */
    public AccuracyCurves withMajorityShare(double share) {
        return new AccuracyCurves(train, val, classes, OptionalDouble.of(share));
    }

    /** A copy of the training accuracy, or null. */
    @Override
    public double[] train() {
        return train == null ? null : train.clone();
    }

    /** A copy of the validation accuracy, or null. */
    @Override
    public double[] val() {
        return val == null ? null : val.clone();
    }

    /** Epochs of the curves, or 0 when neither is present. */
    public int epochs() {
        return train != null ? train.length : val != null ? val.length : 0;
    }

    /** Loss of a model that guesses uniformly over the K classes: ln K, when K is known. */
    public OptionalDouble chanceLoss() {
        return classes.isPresent() ? OptionalDouble.of(Math.log(classes.getAsInt())) : OptionalDouble.empty();
    }

    /** Accuracy of the best constant guess: max(1/K, majority share), whichever is known. */
    public OptionalDouble chanceAccuracy() {
        double uniform = classes.isPresent() ? 1.0 / classes.getAsInt() : 0;
        double majority = majorityShare.orElse(0);
        double chance = Math.max(uniform, majority);
        return chance > 0 ? OptionalDouble.of(chance) : OptionalDouble.empty();
    }

    /** These curves cut to their first {@code epochs} epochs (for means over repeats and live labels). */
    public AccuracyCurves head(int epochs) {
        return new AccuracyCurves(cut(train, epochs), cut(val, epochs), classes, majorityShare);
    }

    private static double[] cut(double[] curve, int epochs) {
        return curve == null ? null : java.util.Arrays.copyOf(curve, Math.min(epochs, curve.length));
    }

    private static void requireShares(double[] curve, String what) {
        if (curve == null) {
            return;
        }
        for (int i = 0; i < curve.length; i++) {
            double a = curve[i];
            if (!Double.isNaN(a) && !(a >= 0 && a <= 1)) {
                throw new WorkbenchException(what + " must be a share in [0, 1] (or NaN), got " + a + " at epoch "
                        + (i + 1) + (a > 1 && a <= 100 ? " (a percentage? divide by 100)" : ""));
            }
        }
    }
}
