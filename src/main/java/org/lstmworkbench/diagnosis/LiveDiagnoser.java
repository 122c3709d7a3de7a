package org.lstmworkbench.diagnosis;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Labels a run while it trains, without flickering.
 *
 * <p>Call {@link #update} after each epoch with the curve so far. A new label (label and
 * underfit kind) replaces the shown one only after it has come out of the labeller for
 * {@link #hold(int)} consecutive epochs: max({@link Thresholds#MIN_HOLD},
 * {@link Thresholds#HOLD_SHARE} of the epochs so far). The one exception is a NaN or infinite
 * loss: that is a fact, not a wiggle, and is shown at once.
 *
 * <p>While a challenger is pending, the shown diagnosis is the last one computed with the
 * shown label, so its evidence may be a few epochs old.
 *
 * @implNote Not thread-safe: call from the one thread that reports epochs.
 */
public final class LiveDiagnoser {

    private final Function<CurveInput, Diagnosis> labeller;
    private Diagnosis shown;
    private String pendingTitle;
    private int pendingCount;

    /** A live labeller over {@link CurveDiagnoser}. */
    public LiveDiagnoser() {
        this(new CurveDiagnoser()::diagnose);
    }

    /** A live labeller over any per-curve labeller (tests script one). */
    public LiveDiagnoser(Function<CurveInput, Diagnosis> labeller) {
        this.labeller = Objects.requireNonNull(labeller, "labeller");
    }

    /** Epochs a new label must persist before it is shown, for a run of {@code epochs} so far. */
    public static int hold(int epochs) {
        return Math.max(Thresholds.MIN_HOLD, (int) Math.ceil(Thresholds.HOLD_SHARE * epochs));
    }

    /** Diagnoses the curves so far and returns the diagnosis to show. */
    public Diagnosis update(double[] trainSoFar, double[] valSoFar) {
        return update(CurveInput.of(trainSoFar, valSoFar));
    }

    /** Diagnoses the run so far (with its baseline and flags) and returns the diagnosis to show. */
    public Diagnosis update(CurveInput soFar) {
        Diagnosis fresh = labeller.apply(soFar);
        boolean nonFinite = fresh.evidence().containsKey("firstNonFiniteEpoch");
        if (shown == null || shown.title().equals(fresh.title()) || nonFinite) {
            show(fresh);
            return shown;
        }
        if (fresh.title().equals(pendingTitle)) {
            pendingCount++;
        } else {
            pendingTitle = fresh.title();
            pendingCount = 1;
        }
        if (pendingCount >= hold(soFar.epochs())) {
            show(fresh);
        }
        return shown;
    }

    /** The diagnosis currently shown, empty before the first epoch. */
    public Optional<Diagnosis> shown() {
        return Optional.ofNullable(shown);
    }

    /** The label waiting to replace the shown one, if any, e.g. {@code "OVERFIT"}. */
    public Optional<String> pending() {
        return Optional.ofNullable(pendingTitle);
    }

    /** Forgets everything, for a new run. */
    public void reset() {
        shown = null;
        pendingTitle = null;
        pendingCount = 0;
    }

    private void show(Diagnosis d) {
        shown = d;
        pendingTitle = null;
        pendingCount = 0;
    }
}
