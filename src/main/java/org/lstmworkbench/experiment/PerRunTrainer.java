package org.lstmworkbench.experiment;

import java.util.List;
import org.lstmworkbench.training.CancellationToken;
import org.lstmworkbench.training.RunResult;
import org.lstmworkbench.training.Trainer;
import org.lstmworkbench.training.TrainingData;

/**
 * One network per run, trained by the ordinary {@link Trainer} with the run's seed: a run of a
 * sweep is exactly {@code new Trainer(config, data).run(...)} with the run's seed in its configuration, so it can be re-run alone.
 *
 * @implNote Stateless and thread-safe.
 */
public final class PerRunTrainer implements BatchTrainer {

    @Override
    public int maxBatchSize() {
        return 1;
    }

    @Override
    public void train(List<RunSpec> batch, TrainingData data, Sink sink, CancellationToken cancel) {
        for (RunSpec run : batch) {
            if (cancel.isCancelled()) {
                return;
            }
            sink.started(run);
            RunResult result = new Trainer(run.config(), data).run(m -> sink.epoch(run, m), cancel);
            sink.finished(run, result);
        }
    }
}
