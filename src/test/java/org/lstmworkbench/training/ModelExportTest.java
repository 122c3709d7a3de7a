package org.lstmworkbench.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipFile;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.data.DataException;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.data.ExportedTransform;
import org.lstmworkbench.data.FramedSet;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.data.TransformSpec;
import org.lstmworkbench.forecast.Forecasts;
import org.lstmworkbench.forecast.RunForecast;
import org.lstmworkbench.model.ModelConfig;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A saved model loads with plain {@code ModelSerializer} and, fed from raw values through its transform
 * file, predicts what the trained run predicted.
 */
class ModelExportTest {

    @TempDir
    Path dir;

    /** The seasonal demo with Box-Cox, a seasonal and a plain difference and min-max scaling, 2 steps ahead. */
    private static PreparedData seasonal() {
        DatasetSpec spec = DemoDatasets.recommendedSpec("seasonal").toBuilder().lags(6).horizon(2)
                .transform(TransformSpec.none().withBoxCox(null).withSeasonalDifference(12).withDifference(1)
                        .withScaling(TransformSpec.Scaling.MIN_MAX)).build();
        return DataPipeline.prepare(spec);
    }

    @Test
    void theSavedModelFedFromRawValuesPredictsWhatTheRunPredicted() throws Exception {
        PreparedData data = seasonal();
        ModelConfig config = ModelConfig.builder().units(5).epochs(3).batchSize(16).seed(2).build();
        Trainer trainer = new Trainer(config, TrainingDataFactory.from(data));
        trainer.run(m -> { }, new CancellationToken());
        MultiLayerNetwork trained = trainer.network().orElseThrow();
        RunForecast forecast = Forecasts.compute(trained, data);
        Path zip = dir.resolve("model.zip");

        ModelExport.write(trained, data, zip);

        MultiLayerNetwork loaded = ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), true);
        ExportedTransform transform = ExportedTransform.read(ModelExport.transformFile(zip));
        assertThat(loaded.params()).isEqualTo(trained.params());
        assertThat(loaded.getUpdater().getStateViewArray()).isEqualTo(trained.getUpdater().getStateViewArray());
        assertThat(transform.target().boxCoxLambda()).isEqualTo(data.targetTransform().lambda());
        assertThat(transform.historyNeeded()).isEqualTo(6 + 13);

        FramedSet validation = data.validation();
        double[] raw = data.table().column(data.targetColumn());
        double[][] predicted = forecast.part(RunForecast.VALIDATION).orElseThrow().predicted();
        for (int i = 0; i < validation.size(); i++) {
            int origin = validation.targetIndices()[i][0];
            double[] history = Arrays.copyOfRange(raw, 0, origin);
            double[][] x = transform.window(List.of(history));
            for (int t = 0; t < x[0].length; t++) {
                assertThat(x[0][t]).as("input %d step %d", i, t).isCloseTo(validation.x()[i][0][t], within(1e-12));
            }
            INDArray in = Nd4j.create(new double[][][]{x});
            double[] out = loaded.output(in, false).toDoubleVector();
            double[] original = transform.toOriginalUnits(out, history);
            assertThat(original).hasSize(2);
            for (int k = 0; k < 2; k++) {
                assertThat(original[k]).as("sample %d step %d", i, k)
                        .isCloseTo(predicted[i][k], within(1e-9 * Math.abs(predicted[i][k])));
            }
        }
    }

    @Test
    void theZipNamesOnlyDl4jClassesForTheDefaultModel() throws Exception {
        PreparedData data = seasonal();
        Trainer trainer = new Trainer(ModelConfig.builder().units(3).epochs(1).seed(1).build(),
                TrainingDataFactory.from(data));
        trainer.run(m -> { }, new CancellationToken());
        Path zip = dir.resolve("plain.zip");
        ModelExport.write(trainer.network().orElseThrow(), data, zip);
        try (ZipFile z = new ZipFile(zip.toFile())) {
            String conf = new String(z.getInputStream(z.getEntry("configuration.json")).readAllBytes());
            assertThat(conf).doesNotContain("org.lstmworkbench").contains("LSTM");
            assertThat(z.getEntry("updaterState.bin")).isNotNull();
        }
        assertThat(ModelExport.transformFile(zip).getFileName().toString()).isEqualTo("plain.transform.json");
    }

    @Test
    void aModelWithRecurrentWeightDropLoadsWithItsDropAndPredictsTheSame() throws Exception {
        PreparedData data = seasonal();
        Trainer trainer = new Trainer(ModelConfig.builder().units(3).recurrentDrop(0.2).epochs(1).seed(1).build(),
                TrainingDataFactory.from(data));
        trainer.run(m -> { }, new CancellationToken());
        MultiLayerNetwork trained = trainer.network().orElseThrow();
        Path zip = dir.resolve("dropped.zip");
        ExportedTransform transform = ModelExport.write(trained, data, zip);
        assertThat(transform.requiresWorkbenchClasses()).containsExactly("org.lstmworkbench.model.RecurrentWeightDrop");
        assertThat(ExportedTransform.read(ModelExport.transformFile(zip)).requiresWorkbenchClasses())
                .containsExactly("org.lstmworkbench.model.RecurrentWeightDrop");
        MultiLayerNetwork loaded = ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), true);
        INDArray x = data.validation().toDataSet().getFeatures();
        assertThat(loaded.output(x, false)).isEqualTo(trained.output(x, false));
        assertThat(loaded.getLayerWiseConfigurations().toJson()).contains("RecurrentWeightDrop");
    }

    @Test
    void manyToManyWindowsAreRefusedBeforeAnythingIsWritten() {
        PreparedData data = seasonal();
        PreparedData many = DataPipeline.prepare(DemoDatasets.recommendedSpec("seasonal").toBuilder()
                .shape(org.lstmworkbench.data.FrameShape.MANY_TO_MANY).horizon(1).build());
        Trainer trainer = new Trainer(ModelConfig.builder().units(2).epochs(1).build(), TrainingDataFactory.from(many));
        trainer.run(m -> { }, new CancellationToken());
        Path zip = dir.resolve("m2m.zip");
        assertThatThrownBy(() -> ModelExport.write(trainer.network().orElseThrow(), many, zip))
                .isInstanceOf(DataException.class).hasMessageContaining("many-to-many");
        assertThat(zip).doesNotExist();
        assertThat(data.inputTransforms()).containsOnlyKeys(data.targetColumn());
    }
}
