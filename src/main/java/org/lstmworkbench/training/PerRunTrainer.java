package org.lstmworkbench.training;

import java.util.List;
import org.lstmworkbench.model.ModelConfig;

/**
 * One network per run, trained by the ordinary {@link Trainer}: a run of a batch is exactly
 * {@code new Trainer(config, data).run(...)} with the run's seed in its configuration, so it can
 * be re-run alone.
 *
 * @implNote Stateless and thread-safe.
 */
public final class PerRunTrainer implements BatchTrainer {

    private final EnginePolicy policy;

    /** Runs on the process's engine policy (the fast engine when it covers the configuration). */
    public PerRunTrainer() {
        this(EnginePolicy.fromSystem());
    }

    /** Runs on the given engine policy ({@link EnginePolicy#DL4J}: DL4J's fit, the reference). */
    public PerRunTrainer(EnginePolicy policy) {
        this.policy = policy;
    }

    @Override
    public int maxBatchSize() {
        return 1;
    }

    @Override
    public void train(List<ModelConfig> batch, TrainingData data, Sink sink, CancellationToken cancel) {
        for (int i = 0; i < batch.size(); i++) {
            if (cancel.isCancelled()) {
                return;
            }
            int run = i;
            sink.started(run);
            RunResult result = new Trainer(batch.get(i), data, policy).run(m -> sink.epoch(run, m), cancel);
            sink.finished(run, result);
        }
    }
}
