package org.lstmworkbench.training;

import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkFactory;
import org.nd4j.linalg.dataset.DataSet;

/**
 * Per-epoch training time of a configuration on a dataset, warm (after a warm-up), measured two
 * ways: DL4J's fit alone, and a whole {@link Trainer} epoch (fit plus the full-set evaluation of
 * training and validation loss that every epoch reports).
 */
public final class Benchmark {

    private Benchmark() {
    }

    /**
     * One measurement.
     *
     * @param name           what was measured
     * @param parameters     trainable parameters
     * @param epochs         epochs timed (after the warm-up)
     * @param fitMillis      milliseconds per epoch of DL4J's fit alone
     * @param trainerMillis  milliseconds per epoch of the trainer (fit and full-set evaluation)
     */
    public record Measurement(String name, long parameters, int epochs, double fitMillis, double trainerMillis) {

        /** How much the honest per-epoch evaluation costs on top of fitting. */
        public double evaluationOverhead() {
            return trainerMillis / fitMillis;
        }
    }

    /** Times {@code epochs} epochs after {@code warmup} untimed ones. */
    public static Measurement measure(String name, ModelConfig config, TrainingData data, int warmup, int epochs) {
        if (warmup < 1 || epochs < 1) {
            throw new IllegalArgumentException("benchmark needs at least 1 warm-up and 1 timed epoch, got "
                    + warmup + " and " + epochs);
        }
        Nd4jRuntime.ensureStarted();
        double fit = fitOnly(config, data, warmup, epochs);
        new Trainer(config.toBuilder().epochs(warmup).build(), data).run(m -> { }, new CancellationToken());
        RunResult timed = new Trainer(config.toBuilder().epochs(warmup + epochs).build(), data)
                .run(m -> { }, new CancellationToken());
        List<EpochMetrics> h = timed.history();
        double trainer = (double) (h.get(h.size() - 1).elapsedMillis() - h.get(warmup - 1).elapsedMillis()) / epochs;
        return new Measurement(name, timed.parameterCount(), epochs, fit, trainer);
    }

    /**
     * Milliseconds per epoch of DL4J's fit alone with the given number of native threads
     * (restored to one afterwards).
     */
    public static double fitMillisWithThreads(ModelConfig config, TrainingData data, int warmup, int epochs,
                                              int threads) {
        Nd4jRuntime.ensureStarted();
        Nd4jRuntime.setNativeThreads(threads);
        try {
            return fitOnly(config, data, warmup, epochs);
        } finally {
            Nd4jRuntime.setNativeThreads(1);
        }
    }

    private static double fitOnly(ModelConfig config, TrainingData data, int warmup, int epochs) {
        MultiLayerNetwork net = NetworkFactory.build(config, data.shape(), config.seed());
        List<DataSet> batches = data.train().data().batchBy(config.batchSize());
        for (int e = 0; e < warmup; e++) {
            batches.forEach(net::fit);
        }
        long start = System.nanoTime();
        for (int e = 0; e < epochs; e++) {
            batches.forEach(net::fit);
        }
        return (System.nanoTime() - start) / 1e6 / epochs;
    }
}
