package org.lstmworkbench.training.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkShape;
import org.lstmworkbench.model.OptimizerKind;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Training exactness of the engine's gradient: plain SGD done by hand on the flat vector,
 * {@code p -= lr * g / mb} (DL4J's updater divides the summed gradient by the minibatch size
 * before Sgd multiplies by the learning rate), against DL4J's {@code fit} on the same minibatches
 * in order: every iteration's loss within 1e-9 relative, and the final parameters too.
 */
class SgdExactnessTest {

    private static final double LR = 0.01;

    /** The seed's toy: x 0.0..0.4 -> y 0.1..0.5, one step, LSTM(10), one batch of 5. */
    @Test
    void seedToyOverHundredIterations() {
        double[][][] x = new double[5][1][1];
        double[][] y = new double[5][1];
        for (int i = 0; i < 5; i++) {
            x[i][0][0] = i / 10.0;
            y[i][0] = (i + 1) / 10.0;
        }
        DataSet all = new DataSet(Nd4j.create(x), Nd4j.create(y));
        ModelConfig config = EngineFixtures.config().optimizer(OptimizerKind.SGD).learningRate(LR).build();
        train(config, new NetworkShape(1, 1, false), List.of(all), 100);
    }

    /** Airline size: 12 lags, LSTM(50), minibatches of 16 over 104 windows of a seasonal series. */
    @Test
    void airlineSizeOverHundredIterations() {
        ModelConfig config = EngineFixtures.config().units(50).batchSize(16).optimizer(OptimizerKind.SGD)
                .learningRate(LR).build();
        train(config, new NetworkShape(1, 1, false), airlineBatches(), 100);
    }

    /** 104 windows of 12 lags of a trending seasonal series in [0, 1], in minibatches of 16 (the last of 8). */
    static List<DataSet> airlineBatches() {
        int samples = 104;
        int lags = 12;
        double[] series = new double[samples + lags];
        for (int i = 0; i < series.length; i++) {
            series[i] = 0.2 + 0.5 * i / series.length + 0.15 * Math.sin(2 * Math.PI * i / 12.0);
        }
        List<DataSet> batches = new ArrayList<>();
        for (int from = 0; from < samples; from += 16) {
            int mb = Math.min(16, samples - from);
            double[][][] f = new double[mb][1][lags];
            double[][] l = new double[mb][1];
            for (int b = 0; b < mb; b++) {
                for (int t = 0; t < lags; t++) {
                    f[b][0][t] = series[from + b + t];
                }
                l[b][0] = series[from + b + lags];
            }
            batches.add(new DataSet(Nd4j.create(f), Nd4j.create(l)));
        }
        return batches;
    }

    private static void train(ModelConfig config, NetworkShape shape, List<DataSet> batches, int iterations) {
        MultiLayerNetwork net = EngineFixtures.net(config, shape);
        double[] params = EngineFixtures.params(net);
        List<EngineBatch> converted = batches.stream().map(EngineBatch::of).toList();
        try (LstmEngine engine = LstmEngine.of(config, shape, net, 1)) {
            double[] grad = new double[params.length];
            double worst = 0;
            for (int it = 0; it < iterations; it++) {
                int k = it % batches.size();
                EngineBatch batch = converted.get(k);
                double loss = engine.gradient(batch, params, grad);
                for (int i = 0; i < params.length; i++) {
                    params[i] -= LR * grad[i] / batch.examples();
                }
                net.fit(batches.get(k));
                double expected = net.score();
                worst = Math.max(worst, EngineFixtures.relative(loss, expected));
                assertThat(EngineFixtures.relative(loss, expected)).as("iteration %d: %s vs %s", it, loss, expected)
                        .isLessThan(EngineFixtures.RELATIVE);
            }
            double worstParam = EngineFixtures.assertClose("parameters after " + iterations, params,
                    EngineFixtures.params(net), EngineFixtures.RELATIVE);
            System.out.printf("SGD %d iterations, %d parameters: worst loss %.2e, worst parameter %.2e relative%n",
                    iterations, params.length, worst, worstParam);
        } finally {
            converted.forEach(EngineBatch::close);
        }
    }
}
