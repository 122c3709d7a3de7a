package org.lstmworkbench.experiment;

import java.util.List;
import java.util.Map;
import org.lstmworkbench.data.Baselines;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.data.sequence.PreparedSequences;
import org.lstmworkbench.training.BatchTrainer;
import org.lstmworkbench.training.CancellationToken;
import org.lstmworkbench.training.EngineUse;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.training.Nd4jRuntime;
import org.lstmworkbench.training.RunResult;
import org.lstmworkbench.training.RunStatus;
import org.lstmworkbench.training.TrainingData;
import org.lstmworkbench.training.TrainingDataFactory;

/**
 * One run of an experiment trained alone, exactly as a {@link SweepRunner} worker trains it (the
 * experiment's {@link Experiment#trainer trainer}, one native thread, the run's derived seed), for
 * runners that place runs elsewhere: a Spark task trains a run here and its driver stores the
 * record. Records of equal runs are equal whichever process trained them, apart from wall times.
 */
public final class SingleRun {

    /** Longest failure message kept in a results line's label. */
    static final int MESSAGE_LIMIT = 300;

    private SingleRun() {
    }

    /** Prepares the run's data and trains it; the record is what a local sweep would store. */
    public static RunRecord train(Experiment experiment, RunSpec run) {
        Nd4jRuntime.ensureStarted();
        TrainingData data;
        Baselines baselines;
        if (run.data() != null) {
            PreparedData prepared = DataPipeline.prepare(run.data());
            data = TrainingDataFactory.from(prepared);
            baselines = prepared.baselines();
        } else {
            PreparedSequences prepared = run.sequences().prepare();
            data = TrainingDataFactory.from(prepared);
            baselines = null;
        }
        RunResult[] finished = new RunResult[1];
        experiment.trainer(1).train(List.of(run.config()), data, new BatchTrainer.Sink() {
            @Override
            public void epoch(int i, EpochMetrics metrics) {
                // a remote run reports only its end
            }

            @Override
            public void started(int i) {
                // nothing to show
            }

            @Override
            public void finished(int i, RunResult result) {
                finished[0] = result;
            }
        }, new CancellationToken());
        if (finished[0] == null || finished[0].status() == RunStatus.CANCELLED) {
            throw new IllegalStateException(run.id() + " ended without a result");
        }
        return RunRecords.of(run, finished[0], baselines);
    }

    /**
     * The record of a run that could not be trained: status failed, no epochs, no values, and
     * {@code failed: MESSAGE} (one line, at most {@value #MESSAGE_LIMIT} characters) as its label.
     */
    public static RunRecord failed(RunSpec run, String message, long wallMillis) {
        String text = message == null || message.isBlank() ? "no message" : message;
        text = text.replaceAll("\\s+", " ").strip();
        if (text.length() > MESSAGE_LIMIT) {
            text = text.substring(0, MESSAGE_LIMIT - 3) + "...";
        }
        return new RunRecord(run.point(), run.repeat(), run.seed(), RunStatus.FAILED, 0, Map.of(), 0,
                RunStatus.FAILED.label() + ": " + text,
                wallMillis, List.of(), EngineUse.UNKNOWN);
    }
}
