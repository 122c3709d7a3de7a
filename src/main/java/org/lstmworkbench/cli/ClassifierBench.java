package org.lstmworkbench.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.lstmworkbench.data.sequence.PreparedSequences;
import org.lstmworkbench.data.sequence.SequenceSpec;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.LossKind;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.Task;
import org.lstmworkbench.training.CancellationToken;
import org.lstmworkbench.training.RunResult;
import org.lstmworkbench.training.EnginePolicy;
import org.lstmworkbench.training.Trainer;
import org.lstmworkbench.training.TrainingData;
import org.lstmworkbench.training.TrainingDataFactory;

/**
 * {@code bench --workload control-charts}: one classifier on demo:control-charts (600 sequences x
 * 60 steps, six classes, split 0.7/0.3 stratified), LSTM(32), batch 32, 50 epochs, with loss and
 * accuracy on the whole training and validation sets after every epoch, as every run computes
 * them. The same workload is {@code control-charts} in {@code src/bench/pytorch_peer.py}.
 */
final class ClassifierBench {

    static final String NAME = "control-charts";
    static final int EPOCHS = 50;

    private ClassifierBench() {
    }

    /** The workload's data settings. */
    static SequenceSpec spec() {
        return SequenceSpec.builder("demo:control-charts").build();
    }

    /** The workload's configuration for the prepared data's classes. */
    static ModelConfig config(PreparedSequences prepared) {
        return ModelConfig.builder().task(Task.classification(prepared.classes())).loss(LossKind.CROSS_ENTROPY)
                .units(32).batchSize(32).epochs(EPOCHS).build();
    }

    static int run(PrintWriter out) {
        BenchStart.print(out, 0);
        PreparedSequences prepared = spec().prepare();
        TrainingData data = TrainingDataFactory.from(prepared);
        ModelConfig config = config(prepared);
        out.printf(Locale.ROOT, "workload %s: %d sequences x %d steps, %s, %s%n", NAME, prepared.dataset().size(),
                prepared.dataset().maxLength(), prepared.classes().describe(), config.summary());
        out.flush();
        out.printf(Locale.ROOT, "%-6s %10s %12s %14s  %s%n", "path", "wall s", "ms/epoch", "val accuracy", "trainer");
        RunResult fast = timed(out, "engine", config, data, EnginePolicy.AUTO);
        RunResult dl4j = timed(out, "dl4j", config, data, EnginePolicy.DL4J);
        double rel = org.lstmworkbench.training.Benchmark.maxRelativeDifference(dl4j, fast);
        out.printf(Locale.ROOT, "engine: %.2fx the speed of dl4j; losses equal to dl4j's: %s (max relative difference "
                + "%.1e)%n", (double) dl4j.wallMillis() / Math.max(1, fast.wallMillis()), rel <= 1e-9 ? "yes" : "NO", rel);
        out.flush();
        return rel <= 1e-9 ? 0 : 1;
    }

    private static RunResult timed(PrintWriter out, String path, ModelConfig config, TrainingData data,
                                   EnginePolicy policy) {
        RunResult r = new Trainer(config, data, policy).run(m -> { }, new CancellationToken());
        out.printf(Locale.ROOT, "%-6s %10.2f %12.1f %14.4f  %s%n", path, r.wallMillis() / 1000.0,
                (double) r.wallMillis() / Math.max(1, r.history().size()), r.modelValue(Metric.VAL_ACCURACY),
                r.engine().describe());
        out.flush();
        return r;
    }
}
