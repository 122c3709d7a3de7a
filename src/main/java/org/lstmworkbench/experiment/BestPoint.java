package org.lstmworkbench.experiment;

import java.util.Arrays;
import java.util.Locale;
import org.apache.commons.math3.stat.inference.TTest;
import org.lstmworkbench.metrics.Describe;

/**
 * The best point of a sweep (best mean of the metric in its direction) named with its uncertainty, and whether
 * its lead over the runner-up exceeds the run-to-run noise. The decision is Welch's two-sample
 * t-test (unequal variances, Commons Math) on the two points' runs: the lead is called real when
 * the two-sided p-value is below {@link #ALPHA}. With fewer than two usable runs on either side
 * the test cannot be made and the lead is not called real.
 *
 * @param metric       the metric compared (its direction says whether lower or higher is better)
 * @param best         the best point
 * @param bestStats    describe() of its runs
 * @param runnerUp     the second-best point, or null when the sweep has one point
 * @param runnerUpStats describe() of the runner-up's runs, or null
 * @param pValue       Welch's two-sided p-value, NaN when it cannot be computed
 * @param leadIsReal   whether the lead exceeds the noise (p below ALPHA)
 */
public record BestPoint(SweepMetric metric, SweepPoint best, Describe bestStats, SweepPoint runnerUp,
                        Describe runnerUpStats, double pValue, boolean leadIsReal) {

    /** Significance level of the Welch test. */
    public static final double ALPHA = 0.05;

    static BestPoint compare(SweepMetric metric, SweepPoint best, double[] bestValues, SweepPoint second,
                             double[] secondValues) {
        Describe b = Describe.of(bestValues);
        if (second == null) {
            return new BestPoint(metric, best, b, null, null, Double.NaN, false);
        }
        Describe s = Describe.of(secondValues);
        double[] x = finite(bestValues);
        double[] y = finite(secondValues);
        double p = Double.NaN;
        if (x.length >= 2 && y.length >= 2) {
            if (b.std() == 0 && s.std() == 0) {
                p = b.mean() == s.mean() ? 1.0 : 0.0;
            } else {
                p = new TTest().tTest(x, y);
            }
        }
        return new BestPoint(metric, best, b, second, s, p, p < ALPHA);
    }

    private static double[] finite(double[] v) {
        return Arrays.stream(v).filter(Double::isFinite).toArray();
    }

    /** One or two sentences for a person: the best point, its mean ± std, and the verdict on its lead. */
    public String text() {
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "best point %s: mean %s %.6f ± %.6f (std, n=%d)",
                best.describe(), metric.column(), bestStats.mean(), bestStats.std(), bestStats.count()));
        if (runnerUp == null) {
            return t.append("; the only point").toString();
        }
        t.append(String.format(Locale.ROOT, "; runner-up %s: %.6f ± %.6f (n=%d). ", runnerUp.describe(),
                runnerUpStats.mean(), runnerUpStats.std(), runnerUpStats.count()));
        if (Double.isNaN(pValue)) {
            return t.append("Too few runs to test the lead (Welch's t-test needs 2 per point).").toString();
        }
        return t.append(String.format(Locale.ROOT, leadIsReal
                ? "Welch's t-test p = %.3g < %.2f: the lead exceeds the run-to-run noise."
                : "Welch's t-test p = %.3g >= %.2f: the lead is within the noise; more repeats are needed to separate them.",
                pValue, ALPHA)).toString();
    }
}
