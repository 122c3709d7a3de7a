package org.lstmworkbench.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.OptimizerKind;
import org.lstmworkbench.model.ScheduleKind;

/** Every optimiser and schedule lowers the seed toy's training loss and keeps it finite. */
class OptimizerSmokeTest {

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void everyOptimiserLearnsTheToyWithFiniteLosses(OptimizerKind kind) {
        double lr = kind == OptimizerKind.ADAM || kind == OptimizerKind.RMSPROP ? 0.01 : 0.1;
        ModelConfig c = ModelConfig.builder().units(10).batchSize(5).epochs(30).optimizer(kind).learningRate(lr).build();
        RunResult r = new Trainer(c, SeedToy.data()).run(m -> { }, new CancellationToken());
        assertThat(r.status()).as(kind + ": " + r.message()).isEqualTo(RunStatus.DONE);
        assertThat(r.finalTrainLoss()).as(kind.name()).isLessThan(r.history().get(0).trainLoss());
    }

    @ParameterizedTest
    @EnumSource(ScheduleKind.class)
    void everyScheduleSetsTheEpochsLearningRate(ScheduleKind kind) {
        ModelConfig c = ModelConfig.builder().units(4).batchSize(5).epochs(12).learningRate(0.01)
                .schedule(kind, 0.5, 5).build();
        RunResult r = new Trainer(c, SeedToy.data()).run(m -> { }, new CancellationToken());
        double first = r.history().get(0).learningRate();
        double last = r.history().get(11).learningRate();
        assertThat(first).isEqualTo(0.01);
        switch (kind) {
            case NONE -> assertThat(last).isEqualTo(0.01);
            // epoch 12 is the 11th after the first: floor(11 / 5) = 2 halvings
            case STEP -> assertThat(last).isCloseTo(0.0025, org.assertj.core.api.Assertions.within(1e-12));
            case EXPONENTIAL -> assertThat(last).isCloseTo(0.01 * Math.pow(0.5, 11),
                    org.assertj.core.api.Assertions.within(1e-12));
            case COSINE -> assertThat(last).isCloseTo(0.01 * 0.5 * (1 + Math.cos(Math.PI * 11 / 12)),
                    org.assertj.core.api.Assertions.within(1e-12));
        }
    }
}
