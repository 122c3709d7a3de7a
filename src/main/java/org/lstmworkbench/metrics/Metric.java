package org.lstmworkbench.metrics;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A named per-epoch number of a run: its id (the column in {@code history.csv}, the key in
 * {@code run.json} and the workspace file, e.g. {@code val_loss}), a name for people, its unit,
 * and whether a higher value is better (accuracy) or a lower one (loss, RMSE). Everything that
 * shows or stores a run's numbers derives from the run's list of metrics, so a new metric is one
 * entry here plus its computation.
 *
 * @param id             lower_snake_case id, stable across releases (files store it)
 * @param displayName    the name shown to a person, e.g. {@code validation loss}
 * @param unit           unit for axis labels and tables; empty when unitless
 * @param higherIsBetter true when the best value is the largest (accuracy), false when the smallest
 */
public record Metric(String id, String displayName, String unit, boolean higherIsBetter) {

    /** Loss on the whole training set in the model's loss, no penalty terms. */
    public static final Metric TRAIN_LOSS = new Metric("train_loss", "training loss", "", false);
    /** Loss on the whole validation set; NaN without a validation part. */
    public static final Metric VAL_LOSS = new Metric("val_loss", "validation loss", "", false);
    /** Training RMSE in the target's original units. */
    public static final Metric TRAIN_RMSE = new Metric("train_rmse", "training RMSE", "original units", false);
    /** Validation RMSE in original units; NaN without a validation part. */
    public static final Metric VAL_RMSE = new Metric("val_rmse", "validation RMSE", "original units", false);

    /** RMSE on the test part in original units with the returned weights, measured once at the end of a run. */
    public static final Metric TEST_RMSE = new Metric("test_rmse", "test RMSE", "original units", false);

    /** Share of training sequences whose most probable class is their label. */
    public static final Metric TRAIN_ACCURACY = new Metric("train_accuracy", "training accuracy", "", true);
    /** Share of validation sequences whose most probable class is their label; NaN without a validation part. */
    public static final Metric VAL_ACCURACY = new Metric("val_accuracy", "validation accuracy", "", true);
    /** Mean per-class recall on the training sequences (reported when the classes are imbalanced). */
    public static final Metric TRAIN_BALANCED_ACCURACY =
            new Metric("train_balanced_accuracy", "training balanced accuracy", "", true);
    /** Mean per-class recall on the validation sequences; NaN without a validation part. */
    public static final Metric VAL_BALANCED_ACCURACY =
            new Metric("val_balanced_accuracy", "validation balanced accuracy", "", true);

    /** The metrics a regression run records each epoch, in file-column order. */
    public static final List<Metric> REGRESSION = List.of(TRAIN_LOSS, VAL_LOSS, TRAIN_RMSE, VAL_RMSE);

    /**
     * The metrics a classification run records each epoch, in file-column order (a task with
     * imbalanced classes appends {@link #TRAIN_BALANCED_ACCURACY} and {@link #VAL_BALANCED_ACCURACY}).
     */
    public static final List<Metric> CLASSIFICATION = List.of(TRAIN_LOSS, VAL_LOSS, TRAIN_ACCURACY, VAL_ACCURACY);

    /** Accuracy on the test part with the returned weights, measured once at the end of a classification run. */
    public static final Metric TEST_ACCURACY = new Metric("test_accuracy", "test accuracy", "", true);

    /** The metrics a regression run measures once on the test part, in file-column order. */
    public static final List<Metric> REGRESSION_TEST = List.of(TEST_RMSE);

    public Metric {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(unit, "unit");
        if (!id.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("metric ids are lower_snake_case, got '" + id + "'");
        }
    }

    /**
     * Whether {@code candidate} is strictly better than {@code incumbent} by this metric's
     * direction; a finite value beats NaN, NaN never beats anything.
     */
    public boolean isBetter(double candidate, double incumbent) {
        if (Double.isNaN(candidate)) {
            return false;
        }
        if (Double.isNaN(incumbent)) {
            return true;
        }
        return higherIsBetter ? candidate > incumbent : candidate < incumbent;
    }

    /** The worst possible value in this metric's direction (a start for a running best). */
    public double worst() {
        return higherIsBetter ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }

    /** Whether this metric is measured on the validation part (its id starts with {@code val_}). */
    public boolean isValidation() {
        return id.startsWith("val_");
    }

    /**
     * The training-part metric measured like this validation metric ({@code val_loss} gives
     * {@code train_loss}), from {@code list}; this metric itself when it is not a validation one.
     */
    public Metric trainingCounterpart(List<Metric> list) {
        return isValidation() ? byId(list, "train_" + id.substring("val_".length())) : this;
    }

    /** The display name with its unit, for an axis or a column header: {@code validation RMSE (original units)}. */
    public String label() {
        return unit.isEmpty() ? displayName : displayName + " (" + unit + ")";
    }

    /** The metric of {@code list} with this id, or an error naming the known ids. */
    public static Metric byId(List<Metric> list, String id) {
        for (Metric m : list) {
            if (m.id.equals(id)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + id + "'; known: "
                + list.stream().map(Metric::id).toList());
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
