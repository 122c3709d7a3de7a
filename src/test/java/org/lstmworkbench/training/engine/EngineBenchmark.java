package org.lstmworkbench.training.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkShape;
import org.lstmworkbench.model.OptimizerKind;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Not a timed test (tagged {@code benchmark}, left out of {@code mvn verify}): prints ms per epoch
 * at airline size (12 lags, LSTM(50), batch 16, 104 samples) of the engine's forward + backward
 * (+ a hand-written SGD step) against DL4J's {@code fit} on the same minibatches, and of the
 * whole-set loss. Run: {@code mvn -o test -Dtest=EngineBenchmark -DexcludedGroups=none}.
 */
@Tag("benchmark")
class EngineBenchmark {

    private static final int WARMUP = 40;
    private static final int EPOCHS = 30;
    private static final int ROUNDS = 3;

    @Test
    void airline() throws Exception {
        ModelConfig config = EngineFixtures.config().units(50).batchSize(16).optimizer(OptimizerKind.SGD)
                .learningRate(0.01).build();
        NetworkShape shape = new NetworkShape(1, 1, false);
        List<DataSet> batches = SgdExactnessTest.airlineBatches();
        DataSet whole = DataSet.merge(batches);
        MultiLayerNetwork net = EngineFixtures.net(config, shape);
        double[] params = EngineFixtures.params(net);
        List<EngineBatch> converted = batches.stream().map(EngineBatch::of).toList();
        try (LstmEngine engine = LstmEngine.of(config, shape, net, 1); EngineBatch all = EngineBatch.of(whole)) {
            double[] grad = new double[params.length];
            Runnable engineEpoch = () -> {
                for (EngineBatch b : converted) {
                    engine.gradient(b, params, grad);
                    for (int i = 0; i < params.length; i++) {
                        params[i] -= 0.01 * grad[i] / b.examples();
                    }
                }
            };
            Runnable dl4jEpoch = () -> batches.forEach(net::fit);
            Runnable engineLoss = () -> engine.loss(all, params);
            Runnable dl4jLoss = () -> net.score(whole);
            double[][] ms = new double[4][ROUNDS];
            Runnable[] work = {engineEpoch, dl4jEpoch, engineLoss, dl4jLoss};
            for (Runnable r : work) {
                time(r, WARMUP);
            }
            for (int round = 0; round < ROUNDS; round++) {
                for (int w = 0; w < work.length; w++) {
                    ms[w][round] = time(work[w], EPOCHS);
                }
            }
            String[] names = {"engine fwd+bwd+sgd", "DL4J fit", "engine whole-set loss", "DL4J score(whole set)"};
            System.out.println("load " + Files.readString(Path.of("/proc/loadavg")).trim());
            for (int w = 0; w < work.length; w++) {
                Arrays.sort(ms[w]);
                System.out.printf("BENCH %-24s min %.3f ms/epoch, median %.3f%n", names[w], ms[w][0], ms[w][ROUNDS / 2]);
            }
            System.out.printf("BENCH ratio fit: engine/DL4J %.3f (min), %.3f (median)%n", ms[0][0] / ms[1][0],
                    ms[0][ROUNDS / 2] / ms[1][ROUNDS / 2]);
        } finally {
            converted.forEach(EngineBatch::close);
        }
    }

    private static double time(Runnable r, int epochs) {
        long start = System.nanoTime();
        for (int e = 0; e < epochs; e++) {
            r.run();
        }
        return (System.nanoTime() - start) / 1e6 / epochs;
    }
}
