package org.lstmworkbench.diagnosis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.lstmworkbench.metrics.Prechelt;
import org.lstmworkbench.metrics.Regression;
import org.lstmworkbench.metrics.Smoothing;

/**
 * The scale-free numbers the labeller judges, computed once from finite curves.
 *
 * <p>How curves are smoothed: minima, GL and rises use the debiased EMA with
 * {@link Thresholds#SMOOTHING_WEIGHT}; the best epoch is then the raw minimum within the EMA's
 * lag of the smoothed minimum (the EMA moves minima later). End trends are least-squares fits
 * to the raw losses over the end window, judged by their t-statistic, which is itself a
 * smoother and knows how noisy the window is. Levels are means over several epochs.
 */
record CurveFeatures(int epochs, int window, double trainStart, double trainEnd, double trainRelImprovement,
                     double trainRiseFromMin, double trainRiseShare, double trainEndSlope, double trainEndT,
                     double trainEndShare,
                     boolean hasVal, int bestEpoch, double valStart, double valEnd, double valEndSlope,
                     double valEndT, double valEndShare, double glEnd, double glMax, double pk5End, double pqEnd, double postBestT,
                     int epochsAfterBest, double trainChangeAfterBest, double gapRatio, double valBelowTrainShare,
                     double valRelChange) {

    private static final int START_EPOCHS = 3;

    static int endWindow(int epochs) {
        int w = Math.max(Thresholds.MIN_END_WINDOW, (int) Math.ceil(Thresholds.END_WINDOW_SHARE * epochs));
        return Math.min(w, epochs);
    }

    /** Computes the features; {@code train} and {@code val} must be finite (divergence is checked before). */
    static CurveFeatures of(double[] train, double[] val) {
        int n = train.length;
        int w = endWindow(n);
        double[] ts = Smoothing.ema(train, Thresholds.SMOOTHING_WEIGHT);
        double trainStart = mean(train, 0, Math.min(START_EPOCHS, n));
        double trainEnd = mean(train, n - w, n);
        double tsMin = min(ts);
        double tsMax = max(ts);
        Regression.Trend trainTrend = Regression.trend(train, n - w, n);
        double trainRiseShare = tsMax > tsMin ? (ts[n - 1] - tsMin) / (tsMax - tsMin) : 0;
        double pk = n >= Thresholds.STRIP ? Prechelt.trainingProgress(train, Thresholds.STRIP)[n - 1] : Double.NaN;
        if (val == null) {
            return new CurveFeatures(n, w, trainStart, trainEnd, 1 - div(trainEnd, trainStart),
                    div(ts[n - 1], tsMin) - 1, trainRiseShare, relChange(trainTrend, w, trainEnd),
                    trainTrend.tStat(), rangeShare(trainTrend, w, tsMax - tsMin), false, argmin(train) + 1, Double.NaN, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN, Double.NaN, Double.NaN, pk, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN,
                    Double.NaN, Double.NaN);
        }
        double[] vs = Smoothing.ema(val, Thresholds.SMOOTHING_WEIGHT);
        int m = argmin(vs);
        int best = rawMinimumNear(val, m);
        double[] gl = Prechelt.generalizationLoss(vs);
        double valStart = mean(val, 0, Math.min(START_EPOCHS, n));
        double valEnd = mean(val, n - w, n);
        Regression.Trend valTrend = Regression.trend(val, n - w, n);
        // Start after the smoothed minimum: the dip itself would tilt any fit upwards.
        double postBestT = m + 1 < n - 1 ? Regression.trend(val, m + 1, n).tStat() : Double.NaN;
        double pq = Double.isNaN(pk) ? Double.NaN : Prechelt.progressQuotient(train, vs, Thresholds.STRIP)[n - 1];
        int below = 0;
        for (int i = 0; i < n; i++) {
            if (vs[i] < ts[i] * (1 - Thresholds.VAL_BELOW_MARGIN)) {
                below++;
            }
        }
        return new CurveFeatures(n, w, trainStart, trainEnd, 1 - div(trainEnd, trainStart),
                div(ts[n - 1], tsMin) - 1, trainRiseShare, relChange(trainTrend, w, trainEnd), trainTrend.tStat(),
                rangeShare(trainTrend, w, tsMax - tsMin), true, best + 1, valStart, valEnd,
                relChange(valTrend, w, valEnd), valTrend.tStat(), rangeShare(valTrend, w, max(vs) - min(vs)), gl[n - 1],
                max(gl), pk, pq, postBestT, n - 1 - m, div(ts[n - 1], ts[m]) - 1, div(valEnd - trainEnd, trainEnd),
                (double) below / n, div(valEnd, valStart) - 1);
    }

    /** The numbers as ordered evidence, leaving out what was not computed. */
    Map<String, Double> evidence() {
        Map<String, Double> e = new LinkedHashMap<>();
        e.put("epochs", (double) epochs);
        e.put("endWindow", (double) window);
        e.put("trainRelImprovement", trainRelImprovement);
        e.put("trainEndSlope", trainEndSlope);
        e.put("trainEndT", trainEndT);
        e.put("trainEndShare", trainEndShare);
        e.put("trainRiseFromMin", trainRiseFromMin);
        putIfNumber(e, "pk5End", pk5End);
        if (hasVal) {
            e.put("valEndSlope", valEndSlope);
            e.put("valEndT", valEndT);
            e.put("valEndShare", valEndShare);
            e.put("relImprovement", -valRelChange);
            e.put("glEnd", glEnd);
            e.put("glMax", glMax);
            putIfNumber(e, "pq5End", pqEnd);
            e.put("epochsAfterBest", (double) epochsAfterBest);
            putIfNumber(e, "postBestT", postBestT);
            e.put("gapRatio", gapRatio);
            e.put("valBelowTrainShare", valBelowTrainShare);
        }
        return e;
    }

    private static void putIfNumber(Map<String, Double> e, String key, double value) {
        if (!Double.isNaN(value)) {
            e.put(key, value);
        }
    }

    /** Raw argmin within the EMA's lag before the smoothed minimum (and one epoch after). */
    private static int rawMinimumNear(double[] raw, int smoothedMin) {
        int lag = (int) Math.ceil(Thresholds.SMOOTHING_WEIGHT / (1 - Thresholds.SMOOTHING_WEIGHT));
        int best = smoothedMin;
        for (int i = Math.max(0, smoothedMin - lag); i <= Math.min(raw.length - 1, smoothedMin + 1); i++) {
            if (raw[i] < raw[best]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Fitted change over the window as a share of the smoothed curve's whole range: -0.05 is
     * "the end window still fell by 5% of everything the curve fell".
     */
    private static double rangeShare(Regression.Trend trend, int window, double range) {
        return div(trend.slope() * (window - 1), range);
    }

    /** Fitted change over the window relative to the window's level: -0.02 is "fell 2%". */
    private static double relChange(Regression.Trend trend, int window, double level) {
        return div(trend.slope() * (window - 1), level);
    }

    /** Division where 0/0 is 0 (no change of nothing) and x/0 is infinite: perfect fits exist. */
    static double div(double a, double b) {
        if (b == 0) {
            return a == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, a);
        }
        return a / b;
    }

    static double mean(double[] x, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += x[i];
        }
        return s / (to - from);
    }

    static int argmin(double[] x) {
        int best = 0;
        for (int i = 1; i < x.length; i++) {
            if (x[i] < x[best]) {
                best = i;
            }
        }
        return best;
    }

    private static double min(double[] x) {
        return x[argmin(x)];
    }

    private static double max(double[] x) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : x) {
            m = Math.max(m, v);
        }
        return m;
    }
}
