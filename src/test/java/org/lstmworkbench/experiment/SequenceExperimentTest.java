package org.lstmworkbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.data.TransformSpec.Scaling;
import org.lstmworkbench.data.sequence.SequenceDemos;
import org.lstmworkbench.data.sequence.SequenceSpec;
import org.lstmworkbench.model.LossKind;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.Task;
import org.lstmworkbench.training.PerRunTrainer;

class SequenceExperimentTest {

    private static final SequenceSpec DATA = SequenceSpec.builder("demo:rising-falling").build();
    private static final ModelConfig BASE = ModelConfig.builder().units(4).epochs(3)
            .task(Task.classification(SequenceDemos.load("demo:rising-falling").classes()))
            .loss(LossKind.CROSS_ENTROPY).build();

    private static Experiment experiment(String... params) {
        SweepSpec sweep = SweepSpec.grid(java.util.Arrays.stream(params).map(SweepParam::parse).toList());
        return Experiment.classification(DATA, BASE, sweep, 2, 11);
    }

    @Test
    void runsCarryTheSweptSequenceSettingsAndTheClassificationTask() {
        Experiment e = experiment("units=2,8", "fixedLength=0,6", "scale=minmax");
        assertThat(e.isClassification()).isTrue();
        assertThat(e.data()).isNull();
        assertThat(e.runs()).hasSize(8);
        RunSpec last = e.runs().get(7);
        assertThat(last.data()).isNull();
        assertThat(last.sequences()).isEqualTo(DATA.toBuilder().fixedLength(6).scaling(Scaling.MIN_MAX).build());
        assertThat(last.dataKey()).isSameAs(last.sequences());
        assertThat(last.config().units()).containsExactly(8);
        // the flat form of sweep parameters predates tasks; the base's task stays
        assertThat(last.config().task()).isEqualTo(BASE.task());
        assertThat(e.trainer(4)).isInstanceOf(PerRunTrainer.class);
        assertThat(e.metrics().stream().map(SweepMetric::column)).contains("val_loss", "val_accuracy");
    }

    @Test
    void jsonRoundTripsAClassificationExperimentAsVersionThree() {
        Experiment e = experiment("units=2,8");
        var tree = ExperimentJson.toTree(e);
        assertThat(tree.path(ExperimentJson.VERSION_FIELD).asInt()).isEqualTo(ExperimentJson.SEQUENCES_VERSION);
        assertThat(tree.has("data")).isFalse();
        Experiment back = ExperimentJson.fromTree(tree, "experiment.json");
        assertThat(back).isEqualTo(e);
        assertThat(ExperimentJson.toTree(back).toString()).isEqualTo(tree.toString());
    }

    @Test
    void aRegressionExperimentIsStillWrittenAsVersionTwo() {
        Experiment e = new Experiment(DemoDatasets.recommendedSpec("seed-sequence"), ModelConfig.defaults(),
                SweepSpec.grid(List.of()), 1, 1);
        assertThat(ExperimentJson.toTree(e).path(ExperimentJson.VERSION_FIELD).asInt()).isEqualTo(2);
        assertThat(ExperimentJson.toTree(e).has("sequences")).isFalse();
        assertThat(e.isClassification()).isFalse();
    }

    @Test
    void parametersAndTasksMustFitTheKindOfData() {
        assertThatThrownBy(() -> experiment("lags=1,2")).isInstanceOf(WorkbenchException.class)
                .hasMessageContaining("unknown parameter \"lags\" for classification").hasMessageContaining("fixedLength");
        assertThatThrownBy(() -> new Experiment(DemoDatasets.recommendedSpec("seed-sequence"), ModelConfig.defaults(),
                SweepSpec.grid(List.of(SweepParam.parse("fixedLength=4"))), 1, 1))
                .hasMessageContaining("unknown parameter \"fixedLength\"");
        assertThatThrownBy(() -> Experiment.classification(DATA, ModelConfig.defaults(), SweepSpec.grid(List.of()), 1, 1))
                .isInstanceOf(WorkbenchException.class).hasMessageContaining("a regression configuration cannot train "
                        + "on labelled sequences");
    }
}
