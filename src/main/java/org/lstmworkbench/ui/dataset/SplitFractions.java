package org.lstmworkbench.ui.dataset;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import org.lstmworkbench.data.SplitSpec;

/**
 * The split as three chronological fractions that always sum to 1 (editing train or
 * validation re-balances test; editing test re-balances validation), or a split fractions
 * cannot express (explicit counts, random) kept as it is until a fraction is edited.
 *
 * @implNote FX thread only.
 */
final class SplitFractions {

    private final DoubleProperty train = new SimpleDoubleProperty(0.7);
    private final DoubleProperty validation = new SimpleDoubleProperty(0.15);
    private final DoubleProperty test = new SimpleDoubleProperty(0.15);
    private final Runnable onEdit;
    private SplitSpec fixed;
    private boolean adjusting;

    /** Fractions 0.7/0.15/0.15; {@code onEdit} runs after each user edit (once re-balanced). */
    SplitFractions(Runnable onEdit) {
        this.onEdit = onEdit;
        train.addListener((o, was, now) -> edited(test, validation));
        validation.addListener((o, was, now) -> edited(test, train));
        test.addListener((o, was, now) -> edited(validation, train));
    }

    DoubleProperty train() {
        return train;
    }

    DoubleProperty validation() {
        return validation;
    }

    DoubleProperty test() {
        return test;
    }

    /** The split to prepare with. */
    SplitSpec spec() {
        return fixed != null ? fixed : new SplitSpec.Chronological(train.get(), validation.get(), test.get());
    }

    /** The split in words, e.g. {@code 5/5/0 samples} or {@code chronological 0.7 / 0.15 / 0.15}. */
    String describe() {
        if (fixed != null) {
            return fixed.describe();
        }
        return "chronological " + TablePreview.format(train.get()) + " / " + TablePreview.format(validation.get())
                + " / " + TablePreview.format(test.get());
    }

    /** Shows {@code split} without counting it as an edit; explicit counts show as their shares. */
    void show(SplitSpec split) {
        adjusting = true;
        try {
            fixed = split instanceof SplitSpec.Chronological ? null : split;
            if (split instanceof SplitSpec.Chronological c) {
                set(c.train(), c.validation(), c.test());
            } else if (split instanceof SplitSpec.Random r) {
                set(r.train(), r.validation(), r.test());
            } else if (split instanceof SplitSpec.Explicit e) {
                double total = e.train() + e.validation() + e.test();
                double trainShare = round(e.train() / total);
                double validationShare = round(e.validation() / total);
                set(trainShare, validationShare, round(1 - trainShare - validationShare));
            }
        } finally {
            adjusting = false;
        }
    }

    private void set(double trainValue, double validationValue, double testValue) {
        train.set(trainValue);
        validation.set(validationValue);
        test.set(testValue);
    }

    /** A fraction was edited: {@code balancing} takes up the rest, or {@code other} when that would go negative. */
    private void edited(DoubleProperty balancing, DoubleProperty other) {
        if (adjusting) {
            return;
        }
        adjusting = true;
        try {
            fixed = null;
            double rest = round(1 - train.get() - validation.get() - test.get() + balancing.get());
            if (rest >= 0) {
                balancing.set(rest);
            } else {
                balancing.set(0);
                other.set(round(1 - train.get() - validation.get() - test.get() + other.get()));
            }
        } finally {
            adjusting = false;
        }
        onEdit.run();
    }

    /** Rounded to 1e-9 so spinner steps of 0.05 still sum to exactly 1 within SplitSpec's tolerance. */
    private static double round(double fraction) {
        return Math.round(fraction * 1e9) / 1e9;
    }
}
