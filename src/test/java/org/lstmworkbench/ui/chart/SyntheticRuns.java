package org.lstmworkbench.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.lstmworkbench.training.EpochMetrics;

/** Seeded learning curves shaped like real ones: training falls, validation falls then rises. */
final class SyntheticRuns {

    private SyntheticRuns() {
    }

    static List<EpochMetrics> curve(long seed, int epochs, int overfitAt) {
        Random rnd = new Random(seed);
        List<EpochMetrics> out = new ArrayList<>(epochs);
        double scale = 0.8 + 0.4 * rnd.nextDouble();
        for (int e = 1; e <= epochs; e++) {
            double train = scale * (0.02 + 0.3 * Math.exp(-e / 60.0)) * (1 + 0.08 * rnd.nextGaussian());
            double rise = e > overfitAt ? 0.0002 * (e - overfitAt) : 0;
            double val = scale * (0.035 + 0.32 * Math.exp(-e / 70.0) + rise) * (1 + 0.10 * rnd.nextGaussian());
            out.add(EpochMetrics.regression(e, train, val, Math.sqrt(train), Math.sqrt(val), 0.001, e * 3L));
        }
        return out;
    }
}
