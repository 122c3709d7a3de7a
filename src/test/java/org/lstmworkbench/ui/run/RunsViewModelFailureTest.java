package org.lstmworkbench.ui.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.RunStatus;
import org.lstmworkbench.ui.common.FailingTaskExecutor;
import org.lstmworkbench.ui.common.RecordingTaskExecutor;
import org.lstmworkbench.ui.common.TaskExecutor;

/** Where a run's work happens and how its failures are told apart. */
class RunsViewModelFailureTest {

    private static PreparedData seed;
    private static final ModelConfig TOY = ModelConfig.builder().units(10).batchSize(5).epochs(20).build();

    @BeforeAll
    static void prepare() {
        seed = DataPipeline.prepare(DemoDatasets.recommendedSpec("seed-sequence"));
    }


    @Test
    void aRunIsSubmittedToTheExecutorNotTrainedOnTheCallingThread() {
        RecordingTaskExecutor executor = new RecordingTaskExecutor();
        RunsViewModel vm = new RunsViewModel(executor, (id, m) -> { });

        RunItem item = vm.run(TOY, seed);

        assertThat(executor.pending()).isEqualTo(1);
        assertThat(item.isFinished()).isFalse();
        assertThat(item.history()).isEmpty();
        assertThat(vm.runningProperty().get()).isTrue();
        executor.runAll();
        assertThat(item.status()).isEqualTo(RunStatus.DONE);
        assertThat(item.history()).hasSize(20);
        assertThat(vm.runningProperty().get()).isFalse();
    }

    @Test
    void aRunThatHitsABugFailsAndPublishesTheBugForTheStackTraceDialog() {
        IllegalStateException bug = new IllegalStateException("array shape [5, 1, 3] does not match [5, 3]");
        RunsViewModel vm = new RunsViewModel(new FailingTaskExecutor(bug), (id, m) -> { });

        RunItem item = vm.run(TOY, seed);

        assertThat(item.status()).isEqualTo(RunStatus.FAILED);
        assertThat(item.message()).isEqualTo("the run failed: array shape [5, 1, 3] does not match [5, 3]");
        assertThat(vm.failureProperty().get().error()).isSameAs(bug);
        assertThat(vm.failureProperty().get().title()).isEqualTo(item.name() + " failed");
    }

    @Test
    void aRunThatFailsOnTheUsersInputKeepsItsPlainMessageAndPublishesNoBug() {
        RunsViewModel vm = new RunsViewModel(new FailingTaskExecutor(new WorkbenchException("the data has NaN at row 4")),
                (id, m) -> { });

        RunItem item = vm.run(TOY, seed);

        assertThat(item.status()).isEqualTo(RunStatus.FAILED);
        assertThat(item.message()).isEqualTo("the run failed: the data has NaN at row 4");
        assertThat(vm.failureProperty().get()).isNull();
    }
}
