package org.lstmworkbench.diagnosis;

import java.util.Map;
import org.lstmworkbench.metrics.Regression;
import org.lstmworkbench.metrics.Smoothing;

/**
 * The numbers the classifier rules judge, from the accuracy curves and the losses' features.
 * Accuracy is a share; its rules work on the error rate 1 - accuracy as a loss-like quantity,
 * so "still rising" and "validation above training" read like their loss counterparts
 * (relative to the error left, and smoothed with the same EMA). Epochs whose accuracy is NaN
 * are left out of means and fits. NaN marks what cannot be computed (no such curve, K unknown).
 *
 * @param chanceLoss           ln K, or NaN
 * @param chanceAccuracy       max(1/K, majority share), or NaN
 * @param trainEndToChanceLoss training loss over the end window / ln K, or NaN
 * @param trainFirst           first finite training accuracy, or NaN
 * @param trainLast            last finite training accuracy, or NaN
 * @param trainEnd             mean training accuracy over the end window, or NaN
 * @param valFirst             first finite validation accuracy, or NaN
 * @param valLast              last finite validation accuracy, or NaN
 * @param valEnd               mean validation accuracy over the end window, or NaN
 * @param valMax               highest validation accuracy, or NaN
 * @param valAtBest            validation accuracy at the epoch of the lowest validation loss, or NaN
 * @param monitoredIsVal       whether the end trend below is of validation (else training) accuracy
 * @param endRise              fitted rise of the monitored accuracy over the end window (share points)
 * @param endT                 t-statistic of that fit
 * @param endShare             that rise as a share of the smoothed curve's whole range
 * @param endErrorDrop         that rise relative to the error left at the end (1 - end mean)
 * @param valAboveTrainShare   share of epochs whose smoothed validation error is below the training
 *                             error by {@link Thresholds#VAL_ACC_ABOVE_MARGIN}, or NaN
 */
record AccuracyFeatures(double chanceLoss, double chanceAccuracy, double trainEndToChanceLoss,
                        double trainFirst, double trainLast, double trainEnd,
                        double valFirst, double valLast, double valEnd, double valMax, double valAtBest,
                        boolean monitoredIsVal, double endRise, double endT, double endShare, double endErrorDrop,
                        double valAboveTrainShare) {

    private static final double NA = Double.NaN;

    /** Features of {@code acc} for a run whose loss features are {@code f} (curves finite, epochs >= MIN_EPOCHS). */
    static AccuracyFeatures of(AccuracyCurves acc, CurveFeatures f) {
        double[] tr = acc.train();
        double[] va = acc.val();
        int n = f.epochs();
        int w = f.window();
        double chanceLoss = acc.chanceLoss().orElse(NA);
        // a validation column left empty (NaN throughout) is no validation accuracy
        if (va != null && Double.isNaN(last(va))) {
            va = null;
        }
        if (tr != null && Double.isNaN(last(tr))) {
            tr = null;
        }
        double[] monitored = va != null ? va : tr;
        double rise = NA;
        double t = NA;
        double share = NA;
        double errDrop = NA;
        if (monitored != null) {
            Regression.Trend trend = Regression.trend(monitored, n - w, n);
            rise = trend.slope() * (w - 1);
            t = trend.tStat();
            double[] s = Smoothing.ema(monitored, Thresholds.SMOOTHING_WEIGHT);
            share = CurveFeatures.div(rise, nanMax(s) - nanMin(s));
            errDrop = CurveFeatures.div(rise, 1 - nanMean(monitored, n - w, n));
        }
        double atBest = va != null && f.hasVal() && f.bestEpoch() >= 1 ? va[f.bestEpoch() - 1] : NA;
        return new AccuracyFeatures(chanceLoss, acc.chanceAccuracy().orElse(NA), f.trainEnd() / chanceLoss,
                first(tr), last(tr), tr == null ? NA : nanMean(tr, n - w, n),
                first(va), last(va), va == null ? NA : nanMean(va, n - w, n), va == null ? NA : nanMax(va), atBest,
                va != null, rise, t, share, errDrop, aboveShare(tr, va));
    }

    boolean hasTrain() {
        return !Double.isNaN(trainLast);
    }

    boolean hasVal() {
        return !Double.isNaN(valLast);
    }

    /**
     * How far an accuracy is from chance towards perfect: 0 at chance, 1 at accuracy 1 (NaN
     * when chance is unknown). Negative below chance.
     */
    double aboveChance(double accuracy) {
        return (accuracy - chanceAccuracy) / (1 - chanceAccuracy);
    }

    /**
     * The monitored accuracy is still rising at the end: a clear trend (t beyond
     * {@link Thresholds#CLEAR_T}) that still removes {@link Thresholds#STILL_IMPROVING_MIN_DROP} of
     * the error left and is {@link Thresholds#STILL_IMPROVING_MIN_SHARE} of the curve's whole rise.
     */
    boolean stillRising() {
        return endT > Thresholds.CLEAR_T && endErrorDrop > Thresholds.STILL_IMPROVING_MIN_DROP
                && endShare > Thresholds.STILL_IMPROVING_MIN_SHARE;
    }

    /** The monitored accuracy clearly falls at the end (the mirror of {@link #stillRising}). */
    boolean falling() {
        return endT < -Thresholds.CLEAR_T && -endErrorDrop > Thresholds.STILL_IMPROVING_MIN_DROP
                && -endShare > Thresholds.STILL_IMPROVING_MIN_SHARE;
    }

    /** The named numbers, appended to the losses' evidence. */
    void addTo(Map<String, Double> e) {
        put(e, "chanceLoss", chanceLoss);
        put(e, "trainEndToChanceLoss", trainEndToChanceLoss);
        put(e, "chanceAccuracy", chanceAccuracy);
        put(e, "trainAccFirst", trainFirst);
        put(e, "trainAccLast", trainLast);
        put(e, "trainAccEnd", trainEnd);
        put(e, "valAccFirst", valFirst);
        put(e, "valAccLast", valLast);
        put(e, "valAccEnd", valEnd);
        put(e, "valAccMax", valMax);
        put(e, "valAccAtBest", valAtBest);
        String prefix = monitoredIsVal ? "valAcc" : "trainAcc";
        put(e, prefix + "EndRise", endRise);
        put(e, prefix + "EndT", endT);
        put(e, prefix + "EndShare", endShare);
        put(e, "valAccAboveTrainShare", valAboveTrainShare);
    }

    private static void put(Map<String, Double> e, String key, double v) {
        if (!Double.isNaN(v)) {
            e.put(key, v);
        }
    }

    /** Share of epochs whose smoothed validation error rate is clearly below the training one. */
    private static double aboveShare(double[] tr, double[] va) {
        if (tr == null || va == null) {
            return NA;
        }
        double[] ts = Smoothing.ema(error(tr), Thresholds.SMOOTHING_WEIGHT);
        double[] vs = Smoothing.ema(error(va), Thresholds.SMOOTHING_WEIGHT);
        int counted = 0;
        int above = 0;
        for (int i = 0; i < ts.length; i++) {
            if (Double.isFinite(ts[i]) && Double.isFinite(vs[i])) {
                counted++;
                if (vs[i] < ts[i] * (1 - Thresholds.VAL_ACC_ABOVE_MARGIN)) {
                    above++;
                }
            }
        }
        return counted == 0 ? NA : (double) above / counted;
    }

    private static double[] error(double[] acc) {
        double[] e = new double[acc.length];
        for (int i = 0; i < acc.length; i++) {
            e[i] = 1 - acc[i];
        }
        return e;
    }

    private static double first(double[] x) {
        if (x != null) {
            for (double v : x) {
                if (!Double.isNaN(v)) {
                    return v;
                }
            }
        }
        return NA;
    }

    private static double last(double[] x) {
        if (x != null) {
            for (int i = x.length - 1; i >= 0; i--) {
                if (!Double.isNaN(x[i])) {
                    return x[i];
                }
            }
        }
        return NA;
    }

    static double nanMean(double[] x, int from, int to) {
        double s = 0;
        int k = 0;
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(x[i])) {
                s += x[i];
                k++;
            }
        }
        return k == 0 ? NA : s / k;
    }

    private static double nanMax(double[] x) {
        double m = NA;
        for (double v : x) {
            if (!Double.isNaN(v) && !(v <= m)) {
                m = v;
            }
        }
        return m;
    }

    private static double nanMin(double[] x) {
        double m = NA;
        for (double v : x) {
            if (!Double.isNaN(v) && !(v >= m)) {
                m = v;
            }
        }
        return m;
    }
}
