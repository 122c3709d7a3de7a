package org.lstmworkbench.training;

import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.lstmworkbench.metrics.Losses;
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
     * @param trainerMillis  milliseconds per epoch of the trainer on DL4J's fit (fit and full-set evaluation)
     * @param engineMillis   milliseconds per epoch of the trainer on the fast engine (same work)
     * @param engine         which engine the trainer used when allowed to choose ({@link EngineUse#describe})
     * @param maxRelativeDifference the largest relative difference between the two trainers' per-epoch losses
     */
    public record Measurement(String name, long parameters, int epochs, double fitMillis, double trainerMillis,
                              double engineMillis, String engine, double maxRelativeDifference) {

        /** How much the honest per-epoch evaluation costs on top of fitting. */
        public double evaluationOverhead() {
            return trainerMillis / fitMillis;
        }

        /** The fast engine's time over DL4J's trainer's (below 1: faster). */
        public double engineRatio() {
            return engineMillis / trainerMillis;
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
        ModelConfig timed = config.toBuilder().epochs(warmup + epochs).build();
        Timed dl4j = time(timed, data, EnginePolicy.DL4J, warmup);
        Timed fast = time(timed, data, EnginePolicy.AUTO, warmup);
        return new Measurement(name, dl4j.result.parameterCount(), epochs, fit, dl4j.millisPerEpoch(epochs),
                fast.millisPerEpoch(epochs), fast.result.engine().describe(), maxRelativeDifference(dl4j.result,
                        fast.result));
    }

    private record Timed(RunResult result, long fromNanos, long toNanos) {
        double millisPerEpoch(int epochs) {
            return (toNanos - fromNanos) / 1e6 / epochs;
        }
    }

    /** One run, timed from the end of its warm-up epochs to the end of its last epoch. */
    private static Timed time(ModelConfig config, TrainingData data, EnginePolicy policy, int warmup) {
        long[] marks = new long[2];
        RunResult r = new Trainer(config, data, policy).run(m -> {
            if (m.epoch() == warmup) {
                marks[0] = System.nanoTime();
            }
            marks[1] = System.nanoTime();
        }, new CancellationToken());
        return new Timed(r, marks[0], marks[1]);
    }

    /** The largest relative difference between two runs' per-epoch training and validation losses. */
    public static double maxRelativeDifference(RunResult a, RunResult b) {
        return Math.max(Losses.maxRelativeDifference(a.trainLosses(), b.trainLosses()),
                Losses.maxRelativeDifference(a.valLosses(), b.valLosses()));
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
