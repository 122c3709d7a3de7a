package org.lstmworkbench.training;

import java.util.function.UnaryOperator;
import org.lstmworkbench.model.NetworkShape;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** The seed's toy problem built by hand (x 0.0..0.4 -> y 0.1..0.5; validation x 0.5..0.9), for training tests. */
final class SeedToy {

    private SeedToy() {
    }

    static TrainingData data() {
        return new TrainingData("seed toy", part(0.0), part(0.5), null, new NetworkShape(1, 1, false));
    }

    /**
     * A small lagged problem for tests that need more than one time step: windows of {@code lags}
     * values of {@code 0.5 + 0.4 sin(2 pi t / 12) + t / 400} predicting the next value, 24 training
     * windows then 8 validation windows.
     */
    static TrainingData lagged(int lags) {
        return new TrainingData("lagged toy", window(0, 24, lags), window(24, 8, lags), null,
                new NetworkShape(1, 1, false));
    }

    private static DataPart window(int first, int count, int lags) {
        double[][][] x = new double[count][1][lags];
        double[][] y = new double[count][1];
        for (int i = 0; i < count; i++) {
            for (int t = 0; t < lags; t++) {
                x[i][0][t] = wave(first + i + t);
            }
            y[i][0] = wave(first + i + lags);
        }
        return new DataPart(new DataSet(Nd4j.create(x), Nd4j.create(y)), y, UnaryOperator.identity());
    }

    private static double wave(int t) {
        return 0.5 + 0.4 * Math.sin(2 * Math.PI * t / 12.0) + t / 400.0;
    }

    static DataPart part(double from) {
        double[][][] x = new double[5][1][1];
        double[][] y = new double[5][1];
        for (int i = 0; i < 5; i++) {
            x[i][0][0] = Math.round((from + i / 10.0) * 10) / 10.0;
            y[i][0] = Math.round((from + (i + 1) / 10.0) * 10) / 10.0;
        }
        DataSet ds = new DataSet(Nd4j.create(x), Nd4j.create(y));
        return new DataPart(ds, y, UnaryOperator.identity());
    }
}
