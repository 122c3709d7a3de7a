package org.lstmworkbench.corpus;

import org.lstmworkbench.experiment.RunDiagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.data.SplitSpec;
import org.lstmworkbench.data.TransformSpec;
import org.lstmworkbench.diagnosis.CurveInput;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.OptimizerKind;
import org.lstmworkbench.training.CancellationToken;
import org.lstmworkbench.training.EpochListener;
import org.lstmworkbench.training.RunResult;
import org.lstmworkbench.training.Trainer;
import org.lstmworkbench.training.TrainingData;
import org.lstmworkbench.training.TrainingDataFactory;

/** The engine scenarios behind the corpus's real curves: data, configuration, seed. */
final class EngineRuns {

    /** The seed's toy model: LSTM(10), full batch of the 5 samples, Adam 1e-3 (Keras defaults). */
    static final ModelConfig SEED_TOY = ModelConfig.builder().units(10).batchSize(5).build();

    private EngineRuns() {
    }

    /** A finished run with the data it was trained on, as the labeller sees it. */
    record Run(RunResult result, PreparedData prepared, CurveInput input) {
    }

    /** The seed's toy through the real data pipeline: demo:seed-sequence with its recommended spec. */
    static PreparedData seedSequence() {
        return DataPipeline.prepare(DemoDatasets.recommendedSpec("seed-sequence"));
    }

    static Run train(PreparedData prepared, ModelConfig config, long seed, EpochListener listener) {
        TrainingData data = TrainingDataFactory.from(prepared);
        RunResult r = new Trainer(config.toBuilder().seed(seed).build(), data).run(listener, new CancellationToken());
        CurveInput input = RunDiagnostics.inputOf(r, prepared.baselines(), data.validationPart().isPresent())
                .orElseThrow();
        return new Run(r, prepared, input);
    }

    static Run train(PreparedData prepared, ModelConfig config, long seed) {
        return train(prepared, config, seed, m -> { });
    }

    /** demo:sine with its recommended spec (lags 25, min-max to [-1, 1]). */
    static PreparedData sine() {
        return DataPipeline.prepare(DemoDatasets.recommendedSpec("sine"));
    }

    /** demo:sine with one lag: a single value cannot tell a rising from a falling sine. */
    static PreparedData sineLags1() {
        return DataPipeline.prepare(DemoDatasets.recommendedSpec("sine").toBuilder().lags(1).build());
    }

    /** demo:seasonal in passengers (100-600), no transform at all: large-scale targets. */
    static PreparedData seasonalUnscaled() {
        return DataPipeline.prepare(DatasetSpec.builder("demo:seasonal").targetColumn(DemoDatasets.COLUMN).lags(12)
                .transform(TransformSpec.none()).build());
    }

    /**
     * A sine whose training part is very noisy (sd 0.5) and whose validation part is clean: a
     * validation set drawn from an easier region than training. Written to {@code dir} as CSV.
     */
    static PreparedData easierValidation(Path dir) {
        Random random = new Random(7);
        String csv = "value\n" + IntStream.range(0, 300).mapToObj(t -> String.format(Locale.ROOT, "%.6f",
                Math.sin(2 * Math.PI * t / 25) + (t < 210 ? 0.5 * random.nextGaussian() : 0.0)))
                .collect(Collectors.joining("\n")) + "\n";
        try {
            Path file = Files.writeString(dir.resolve("easier-validation.csv"), csv);
            return DataPipeline.prepare(DatasetSpec.builder(file.toString()).lags(10)
                    .transform(TransformSpec.scaled(TransformSpec.Scaling.MIN_MAX))
                    .split(new SplitSpec.Chronological(0.7, 0.3, 0.0)).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ModelConfig sgd(double lr, int epochs) {
        return SEED_TOY.toBuilder().optimizer(OptimizerKind.SGD).learningRate(lr).epochs(epochs).batchSize(16).build();
    }
}
