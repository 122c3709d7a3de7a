package org.lstmworkbench.metrics;

import java.util.List;

/**
 * Per-epoch mean and sample standard deviation (n - 1, as the describe() tables) of several runs'
 * curves over the shortest run's epochs; non-finite values are left out of their epoch.
 *
 * @param mean per epoch, NaN where no run has a finite value
 * @param std  per epoch, 0 where fewer than two runs have a finite value
 */
public record MeanBand(double[] mean, double[] std) {

    /** The band of {@code curves} (one array per run). */
    public static MeanBand of(List<double[]> curves) {
        int epochs = curves.stream().mapToInt(c -> c.length).min().orElse(0);
        double[] mean = new double[epochs];
        double[] std = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            double sum = 0;
            double sq = 0;
            int n = 0;
            for (double[] c : curves) {
                if (Double.isFinite(c[e])) {
                    sum += c[e];
                    sq += c[e] * c[e];
                    n++;
                }
            }
            mean[e] = n == 0 ? Double.NaN : sum / n;
            std[e] = n < 2 ? 0 : Math.sqrt(Math.max(0, (sq - n * mean[e] * mean[e]) / (n - 1)));
        }
        return new MeanBand(mean, std);
    }
}
