package org.lstmworkbench.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.data.sequence.PreparedSequences;
import org.lstmworkbench.data.sequence.SequenceSpec;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.ui.common.CurrentThreadTaskExecutor;
import org.lstmworkbench.workspace.RunDataset;
import org.lstmworkbench.workspace.SavedRun;

/** Every run the list holds keeps the data it was trained on; runs of one dataset share its entry. */
class RunDatasetsTest {

    private static final ModelConfig TINY = ModelConfig.builder().units(3).batchSize(5).epochs(2).seed(3).build();

    @Test
    void runsRepeatsAndClassifiersKeepTheirDataAndSavedRunsReferToItById() {
        PreparedData seed = DataPipeline.prepare(DemoDatasets.recommendedSpec("seed-sequence"));
        SequenceSpec spec = SequenceSpec.builder("demo:rising-falling").build();
        PreparedSequences sequences = spec.prepare();
        RunsViewModel vm = new RunsViewModel(new CurrentThreadTaskExecutor(), (id, m) -> { });

        RunItem single = vm.run(TINY, seed);
        List<RunItem> repeats = vm.repeat(TINY, seed, 2);
        RunItem classifier = vm.runClassifier(TINY.toBuilder().batchSize(32).build(), sequences, spec);

        RunDataset regression = single.dataset();
        assertThat(regression.id()).isEqualTo("d1");
        assertThat(regression.dataset()).isEqualTo(seed.spec());
        assertThat(regression.baselines()).isEqualTo(seed.baselines());
        assertThat(repeats).extracting(RunItem::dataset).containsOnly(regression);
        assertThat(classifier.dataset().id()).isEqualTo("d2");
        assertThat(classifier.dataset().sequences()).isEqualTo(spec);
        assertThat(classifier.dataset().name()).isEqualTo("demo:rising-falling");
        assertThat(classifier.baselines().meanMse()).as("a classifier is compared with chance").isNaN();
        assertThat(single.datasetText()).isEqualTo("demo:seed-sequence");
        assertThat(single.datasetTooltip()).startsWith("demo:seed-sequence: target ").contains("lags 1");

        // the Configuration tab's text: name, id and every setting as JSON
        assertThat(regression.describe()).startsWith("dataset demo:seed-sequence (d1)\n{")
                .contains("\"source\" : \"demo:seed-sequence\"").contains("\"lags\" : 1").contains("\"split\"");
        assertThat(classifier.dataset().describe()).startsWith("dataset demo:rising-falling (d2)\n")
                .contains("\"source\" : \"demo:rising-falling\"");

        assertThat(vm.savedRuns()).extracting(SavedRun::dataset).containsExactly("d1", "d1", "d1", "d2");
        assertThat(vm.savedDatasets()).containsExactly(regression, classifier.dataset());

        vm.restore(vm.savedRuns(), vm.savedDatasets());
        assertThat(vm.runs()).extracting(r -> r.dataset().id()).containsExactly("d1", "d1", "d1", "d2");
        assertThat(vm.runs().get(0).dataset().baselines()).isEqualTo(seed.baselines());
        assertThat(vm.run(TINY, seed).dataset().id()).as("a new run on restored data joins its entry").isEqualTo("d1");
    }
}
