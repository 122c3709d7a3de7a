package org.lstmworkbench.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.data.ExportedTransform;
import org.lstmworkbench.data.ExportedTransform.OutputLayout;
import org.lstmworkbench.data.FramedSet;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.data.TransformSpec;
import org.lstmworkbench.forecast.Forecasts;
import org.lstmworkbench.forecast.RunForecast;
import org.lstmworkbench.model.Architecture;
import org.lstmworkbench.model.Architectures;
import org.lstmworkbench.model.CnnLstm;
import org.lstmworkbench.model.EncoderDecoder;
import org.lstmworkbench.model.LstmStack;
import org.lstmworkbench.model.ModelConfig;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Every architecture's saved model, restored with plain {@code ModelSerializer} and fed from raw values
 * through its transform file, predicts in original units what the run predicted.
 */
class ArchitectureExportTest {

    private static final int H = 3;

    @TempDir
    Path dir;

    /** The seasonal demo, Box-Cox, seasonal and plain differences, min-max: 12 lags, 3 steps ahead. */
    private static PreparedData seasonal() {
        return DataPipeline.prepare(DemoDatasets.recommendedSpec("seasonal").toBuilder().lags(12).horizon(H)
                .transform(TransformSpec.none().withBoxCox(null).withSeasonalDifference(12).withDifference(1)
                        .withScaling(TransformSpec.Scaling.MIN_MAX)).build());
    }

    private static LstmStack lstm(int units) {
        return Architectures.lstmPart(ModelConfig.builder().units(units).build().architecture());
    }

    private static CnnLstm cnn() {
        return CnnLstm.around(lstm(4)).withFilters(List.of(4)).withKernelSizes(List.of(3));
    }

    @Test
    void anLstmRoundTrips() throws Exception {
        ExportedTransform t = roundTrip(lstm(4));
        assertThat(t.outputLayout()).isEqualTo(OutputLayout.VECTOR);
        assertThat(t.requiresWorkbenchClasses()).isEmpty();
    }

    @Test
    void aCnnLstmRoundTripsWithDl4jClassesOnly() throws Exception {
        ExportedTransform t = roundTrip(cnn());
        assertThat(t.outputLayout()).isEqualTo(OutputLayout.VECTOR);
        assertThat(t.requiresWorkbenchClasses()).isEmpty();
    }

    @Test
    void theSubsequenceCnnLstmRoundTripsAndNamesItsPreProcessors() throws Exception {
        ExportedTransform t = roundTrip(cnn().withSubsequences(2));
        assertThat(t.outputLayout()).isEqualTo(OutputLayout.VECTOR);
        assertThat(t.requiresWorkbenchClasses()).containsExactly("org.lstmworkbench.model.SubsequenceMerge",
                "org.lstmworkbench.model.SubsequenceSplit");
        assertThat(ModelExport.loadingNeeds(t)).isEqualTo(
                "needs the workbench jar on the class path to load (it uses SubsequenceMerge, SubsequenceSplit)");
    }

    @Test
    void anEncoderDecoderRoundTripsOneValuePerStepAhead() throws Exception {
        ExportedTransform t = roundTrip(EncoderDecoder.of(lstm(4), List.of(3)));
        assertThat(t.outputLayout()).isEqualTo(OutputLayout.STEP_SEQUENCE);
        assertThat(t.outputs()).isEqualTo(H);
        assertThat(t.requiresWorkbenchClasses()).isEmpty();
        ExportedTransform read = ExportedTransform.read(ModelExport.transformFile(dir.resolve("model.zip")));
        assertThat(read).isEqualTo(t);
    }

    @Test
    void aCosineScheduledAdaGradIsNamedAndStillRestoresWithTheWorkbenchOnTheClassPath() throws Exception {
        PreparedData data = seasonal();
        ModelConfig config = ModelConfig.builder().units(3).optimizer(org.lstmworkbench.model.OptimizerKind.ADAGRAD)
                .schedule(org.lstmworkbench.model.ScheduleKind.COSINE, 0.5, 1).epochs(2).seed(1).build();
        Trainer trainer = new Trainer(config, TrainingDataFactory.from(data));
        trainer.run(m -> { }, new CancellationToken());
        MultiLayerNetwork trained = trainer.network().orElseThrow();
        Path zip = dir.resolve("scheduled.zip");

        ExportedTransform t = ModelExport.write(trained, data, zip);

        assertThat(t.requiresWorkbenchClasses()).containsExactly("org.lstmworkbench.model.CosineSchedule",
                "org.lstmworkbench.model.ScheduledAdaGrad");
        MultiLayerNetwork loaded = ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), true);
        var x = data.validation().toDataSet().getFeatures();
        assertThat(loaded.output(x, false)).isEqualTo(trained.output(x, false));
        assertThat(loaded.getUpdater().getStateViewArray()).isEqualTo(trained.getUpdater().getStateViewArray());
    }

    /**
     * Trains {@code architecture} (seeded, tiny), saves it as {@code train --save-model} does and checks
     * every validation sample's H predictions of the restored network against the run's own.
     */
    private ExportedTransform roundTrip(Architecture architecture) throws Exception {
        PreparedData data = seasonal();
        ModelConfig config = ModelConfig.builder().architecture(architecture).epochs(2).batchSize(16).seed(3).build();
        Trainer trainer = new Trainer(config, TrainingDataFactory.from(data));
        trainer.run(m -> { }, new CancellationToken());
        MultiLayerNetwork trained = trainer.network().orElseThrow();
        RunForecast forecast = Forecasts.compute(trained, data);
        Path zip = dir.resolve("model.zip");

        ExportedTransform written = ModelExport.write(trained, data, zip);

        MultiLayerNetwork loaded = ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), true);
        ExportedTransform transform = ExportedTransform.read(ModelExport.transformFile(zip));
        assertThat(transform).isEqualTo(written);
        assertThat(loaded.params()).isEqualTo(trained.params());
        FramedSet validation = data.validation();
        double[] raw = data.table().column(data.targetColumn());
        double[][] predicted = forecast.part(RunForecast.VALIDATION).orElseThrow().predicted();
        assertThat(validation.size()).isGreaterThan(5);
        for (int i = 0; i < validation.size(); i++) {
            int origin = validation.targetIndices()[i][0];
            double[] history = Arrays.copyOfRange(raw, 0, origin);
            double[][] x = transform.window(List.of(history));
            double[] original = transform.toOriginalUnits(loaded.output(Nd4j.create(new double[][][]{x}), false), 0,
                    history);
            assertThat(original).hasSize(H);
            for (int k = 0; k < H; k++) {
                assertThat(original[k]).as("sample %d step %d", i, k)
                        .isCloseTo(predicted[i][k], within(1e-9 * Math.abs(predicted[i][k])));
            }
        }
        return transform;
    }
}
