package org.lstmworkbench.metrics;

import java.util.List;

/**
 * Per-epoch geometric mean and geometric standard deviation of several runs' curves, the band a
 * log axis needs: mean ± std of the logarithms, drawn back as {@code mean / factor .. mean *
 * factor}, is symmetric on a log axis and never reaches zero (an arithmetic mean - std can).
 *
 * @param mean   geometric mean per epoch, exp(mean of ln x); NaN where no run has a positive finite value
 * @param factor geometric std per epoch, exp(sample std of ln x) >= 1; 1 where fewer than two runs
 *               have a positive finite value
 */
public record GeometricBand(double[] mean, double[] factor) {

    /**
     * The band of {@code curves} (one array per run) over the shortest run's epochs; values that
     * are not positive and finite have no logarithm and are left out of their epoch.
     */
    public static GeometricBand of(List<double[]> curves) {
        int epochs = curves.stream().mapToInt(c -> c.length).min().orElse(0);
        double[] mean = new double[epochs];
        double[] factor = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            double sum = 0;
            double sq = 0;
            int n = 0;
            for (double[] c : curves) {
                if (c[e] > 0 && Double.isFinite(c[e])) {
                    double l = Math.log(c[e]);
                    sum += l;
                    sq += l * l;
                    n++;
                }
            }
            double mu = n == 0 ? Double.NaN : sum / n;
            mean[e] = Math.exp(mu);
            factor[e] = n < 2 ? 1 : Math.exp(Math.sqrt(Math.max(0, (sq - n * mu * mu) / (n - 1))));
        }
        return new GeometricBand(mean, factor);
    }

    /**
     * The geometric mean and std of a log-normal distribution with arithmetic {@code mean} and
     * {@code std} (per epoch): for a band known only by its mean and std. sigma^2 = ln(1 + s^2/m^2),
     * geometric mean = m / sqrt(1 + s^2/m^2), factor = exp(sigma). NaN where the mean is not positive.
     */
    public static GeometricBand logNormal(double[] mean, double[] std) {
        double[] g = new double[mean.length];
        double[] f = new double[mean.length];
        for (int e = 0; e < mean.length; e++) {
            double m = mean[e];
            double ratio = 1 + (std[e] / m) * (std[e] / m);
            g[e] = m > 0 ? m / Math.sqrt(ratio) : Double.NaN;
            f[e] = m > 0 ? Math.exp(Math.sqrt(Math.log(ratio))) : Double.NaN;
        }
        return new GeometricBand(g, f);
    }
}
