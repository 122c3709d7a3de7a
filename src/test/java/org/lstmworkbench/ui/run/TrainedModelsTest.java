package org.lstmworkbench.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.ui.common.CurrentThreadTaskExecutor;

/** "Save model" of the window: a finished forecasting run's network is written through the executor. */
class TrainedModelsTest {

    @TempDir
    Path dir;

    @Test
    void aFinishedRunsModelIsSavedAndARemovedRunsIsNot() throws Exception {
        PreparedData seed = DataPipeline.prepare(DemoDatasets.recommendedSpec("seed-sequence"));
        RunsViewModel vm = new RunsViewModel(new CurrentThreadTaskExecutor(), (id, m) -> { });
        RunItem item = vm.run(ModelConfig.builder().units(4).batchSize(5).epochs(3).build(), seed);
        List<String> done = new ArrayList<>();
        List<Throwable> failed = new ArrayList<>();
        Path zip = dir.resolve("run1.zip");

        assertThat(vm.models().has(item)).isTrue();
        vm.models().save(item, zip, new CurrentThreadTaskExecutor(), done::add, failed::add);

        assertThat(failed).isEmpty();
        assertThat(done).singleElement().asString().contains("run1.zip").contains("run1.transform.json")
                .endsWith("; it loads with DL4J alone");
        assertThat(ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), true).numParams()).isEqualTo(4L * (1 + 4 + 1) * 4 + 5);
        assertThat(dir.resolve("run1.transform.json")).exists();

        vm.removeFinished(List.of(item));
        vm.models().save(item, dir.resolve("gone.zip"), new CurrentThreadTaskExecutor(), done::add, failed::add);
        assertThat(failed).singleElement().extracting(Throwable::getMessage).asString()
                .contains("has no trained network to save");
        assertThat(dir.resolve("gone.zip")).doesNotExist();
    }

    @Test
    void aFinishedClassifiersModelIsSavedWithItsClasses() throws Exception {
        var sequences = org.lstmworkbench.data.sequence.SequenceSpec.builder("demo:rising-falling").build().prepare();
        RunsViewModel vm = new RunsViewModel(new CurrentThreadTaskExecutor(), (id, m) -> { });
        RunItem item = vm.runClassifier(ModelConfig.builder().units(3).epochs(2).build(), sequences);
        List<String> done = new ArrayList<>();
        List<Throwable> failed = new ArrayList<>();
        Path zip = dir.resolve("classifier.zip");

        assertThat(vm.models().has(item)).isTrue();
        vm.models().save(item, zip, new CurrentThreadTaskExecutor(), done::add, failed::add);

        assertThat(failed).isEmpty();
        assertThat(done).singleElement().asString().contains("classifier.zip")
                .contains("classifier.transform.json").endsWith("; it loads with DL4J alone");
        var loaded = ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), true);
        var data = sequences.dataSet(org.lstmworkbench.data.sequence.PreparedSequences.VALIDATION);
        assertThat(loaded.output(data.getFeatures(), false, data.getFeaturesMaskArray(), null).shape())
                .containsExactly(data.getLabels().shape());
        assertThat(org.lstmworkbench.data.sequence.ExportedClassifier.read(dir.resolve("classifier.transform.json"))
                .classes()).containsExactly("falling", "rising");
    }
}
