package org.lstmworkbench.ui.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.model.InvalidConfigException;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.training.RunStatus;
import org.lstmworkbench.ui.common.CurrentThreadTaskExecutor;

/** The run list's view model without a Stage: runs execute on the test thread. */
class RunsViewModelTest {

    private static PreparedData seed;
    private static final ModelConfig TOY = ModelConfig.builder().units(10).batchSize(5).epochs(20).build();

    @BeforeAll
    static void prepare() {
        seed = DataPipeline.prepare(DemoDatasets.recommendedSpec("seed-sequence"));
    }

    @Test
    void aFinishedRunIsInTheListWithItsHistoryStatusAndLabel() {
        List<String> offered = new ArrayList<>();
        RunsViewModel vm = new RunsViewModel(new CurrentThreadTaskExecutor(), (id, m) -> offered.add(id + ":" + m.epoch()));
        List<RunItem> ended = new ArrayList<>();
        vm.addFinishedListener(ended::add);

        RunItem item = vm.run(TOY, seed);

        assertThat(vm.runs()).containsExactly(item);
        assertThat(item.status()).isEqualTo(RunStatus.DONE);
        assertThat(item.history()).hasSize(20);
        assertThat(offered).hasSize(20).startsWith("r1:1").endsWith("r1:20");
        assertThat(item.finalValLossProperty().get()).isEqualTo(item.history().get(19).valLoss());
        assertThat(item.bestEpochProperty().get()).isBetween(1, 20);
        assertThat(item.diagnosisProperty().get()).isNotNull();
        assertThat(ended).containsExactly(item);
        assertThat(vm.runningProperty().get()).isFalse();
        assertThat(vm.savedRuns()).singleElement().satisfies(s -> assertThat(s.history()).hasSize(20));
        assertThat(item.tooltipText()).isEqualTo("run 1: " + item.summary() + "\nEngine: "
                + item.engineText());
        assertThat(item.engineText()).isEqualTo(vm.savedRuns().get(0).engine().describe()).isNotEmpty()
                .isNotEqualTo(org.lstmworkbench.training.EngineUse.unknown().describe());
    }

    @Test
    void repeatRunsTheSameConfigurationWithConsecutiveSeedsInOneGroup() {
        RunsViewModel vm = new RunsViewModel(new CurrentThreadTaskExecutor(), (id, m) -> { });
        List<RunItem> items = vm.repeat(TOY.toBuilder().seed(7).epochs(5).build(), seed, 3);

        assertThat(items).extracting(RunItem::seed).containsExactly(7L, 8L, 9L);
        assertThat(items).extracting(RunItem::group).containsOnly("repeat 1");
        assertThat(items).extracting(RunItem::colourIndex).doesNotHaveDuplicates();
        assertThat(items.get(0).valLosses()).isNotEqualTo(items.get(1).valLosses());
        assertThat(vm.compare(items.get(0), items.get(1))).containsExactly("seed: 7 -> 8");
    }

    @Test
    void repeatsGiveTheHistoriesOfSeparateRuns() {
        RunsViewModel vm = new RunsViewModel(new CurrentThreadTaskExecutor(), (id, m) -> { });
        ModelConfig c = TOY.toBuilder().seed(3).epochs(12).build();
        List<RunItem> items = vm.repeat(c, seed, 3);

        for (RunItem item : items) {
            org.lstmworkbench.training.RunResult alone = new org.lstmworkbench.training.Trainer(item.config(),
                    org.lstmworkbench.training.TrainingDataFactory.from(seed))
                    .run(m -> { }, new org.lstmworkbench.training.CancellationToken());
            assertThat(item.status()).isEqualTo(RunStatus.DONE);
            double[] repeated = item.valLosses();
            double[] separate = alone.valLosses();
            assertThat(repeated).hasSize(12);
            for (int e = 0; e < 12; e++) {
                assertThat(repeated[e]).isCloseTo(separate[e], org.assertj.core.api.Assertions.within(1e-12));
            }
        }
    }

    @Test
    void stopEndsTheRunWithinOneEpochKeepingItsHistory() {
        RunsViewModel[] holder = new RunsViewModel[1];
        holder[0] = new RunsViewModel(new CurrentThreadTaskExecutor(), (id, m) -> {
            if (m.epoch() == 3) {
                holder[0].stopAll();
            }
        });
        RunItem item = holder[0].run(TOY.toBuilder().epochs(500).build(), seed);

        assertThat(item.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(item.history()).hasSize(3);
    }

    @Test
    void coalescedEpochsUpdateARunningItemAndItsLiveLabel() {
        RunsViewModel vm = new RunsViewModel(new CurrentThreadTaskExecutor(), (id, m) -> { });
        RunItem item = new RunItem("x", "x", null, 0, TOY, 1);
        vm.runs().add(item);
        List<EpochMetrics> epochs = new ArrayList<>();
        for (int e = 1; e <= 12; e++) {
            epochs.add(EpochMetrics.regression(e, 1.0 / e, 2.0 / e, 0, 0, 0.001, e));
        }
        vm.onEpochs(Map.of("x", epochs));
        assertThat(item.history()).hasSize(12);
        assertThat(item.bestEpochProperty().get()).isEqualTo(12);
        assertThat(item.finalValLossProperty().get()).isEqualTo(2.0 / 12);
    }

    @Test
    void anImportedKerasCurveIsListedAndLabelledLikeOurOwn() {
        RunsViewModel vm = new RunsViewModel(new CurrentThreadTaskExecutor(), (id, m) -> { });
        double[] train = new double[60];
        double[] val = new double[60];
        for (int e = 0; e < 60; e++) {
            train[e] = Math.exp(-e / 8.0) + 0.01;
            // minimum at epoch 21 (index 20), then a steady rise
            val[e] = 0.2 + 0.001 * (e - 20) * (e - 20);
        }
        org.lstmworkbench.diagnosis.LossCurve curve = new org.lstmworkbench.diagnosis.LossCurve("keras-log", train, val,
                Map.of());
        RunItem item = vm.importCurve(curve, "keras.csv");

        assertThat(vm.runs()).containsExactly(item);
        assertThat(item.history()).hasSize(60);
        assertThat(item.summary()).isEqualTo("imported from keras.csv");
        assertThat(item.diagnosisProperty().get().label()).isEqualTo(org.lstmworkbench.diagnosis.FitLabel.OVERFIT);
        assertThat(item.diagnosisProperty().get()).isEqualTo(new org.lstmworkbench.diagnosis.CurveDiagnoser()
                .diagnose(org.lstmworkbench.diagnosis.CurveInput.of(train, val)));
        assertThat(item.bestEpochProperty().get()).isEqualTo(21);
        assertThat(vm.savedRuns().get(0).source()).isEqualTo("keras.csv");
    }

    @Test
    void anInvalidConfigurationIsRejectedBeforeARunIsListed() {
        RunsViewModel vm = new RunsViewModel(new CurrentThreadTaskExecutor(), (id, m) -> { });
        assertThatThrownBy(() -> vm.run(TOY.toBuilder().batchSize(32).build(), seed))
                .isInstanceOf(InvalidConfigException.class);
        assertThat(vm.runs()).isEmpty();
    }
}
