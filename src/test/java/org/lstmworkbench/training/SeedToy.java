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
