package org.lstmworkbench.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.model.ClippingKind;
import org.lstmworkbench.model.EarlyStopping;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkShape;
import org.lstmworkbench.model.StoppingKind;

/**
 * Fused training equals separate training: the same seeds give the same histories, best epochs
 * and statuses as {@link Trainer} run by run. Tolerance 1e-12 absolute on losses of order 0.01-1
 * (the fused products add exact zeros, so only the summation order of the matrix kernels may
 * differ; on this machine they were bit-identical).
 */
class FusedTrainerTest {

    private static final double TOLERANCE = 1e-12;
    private static final long[] SEEDS = {11, 12, 13};

    private static List<RunResult> fused(List<ModelConfig> configs, TrainingData data) {
        List<ModelConfig> members = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) {
            members.add(configs.get(i).toBuilder().seed(SEEDS[i]).build());
        }
        return new FusedTrainer(members, data).run((r, m) -> { }, new CancellationToken());
    }

    private static void assertSameAsSeparate(List<ModelConfig> configs, TrainingData data) {
        List<RunResult> fused = fused(configs, data);
        for (int i = 0; i < configs.size(); i++) {
            RunResult alone = new Trainer(configs.get(i).toBuilder().seed(SEEDS[i]).build(), data).run(m -> { }, new CancellationToken());
            RunResult f = fused.get(i);
            assertThat(f.status()).isEqualTo(alone.status());
            assertThat(f.history()).hasSameSizeAs(alone.history());
            assertThat(f.bestEpoch()).isEqualTo(alone.bestEpoch());
            assertThat(f.parameterCount()).isEqualTo(alone.parameterCount());
            for (int e = 0; e < alone.history().size(); e++) {
                EpochMetrics a = alone.history().get(e);
                EpochMetrics b = f.history().get(e);
                assertThat(Math.abs(a.trainLoss() - b.trainLoss())).as("run %d epoch %d train", i, e + 1)
                        .isLessThanOrEqualTo(TOLERANCE);
                assertThat(Math.abs(a.valLoss() - b.valLoss())).as("run %d epoch %d val", i, e + 1)
                        .isLessThanOrEqualTo(TOLERANCE);
                assertThat(Math.abs(a.trainRmse() - b.trainRmse())).isLessThanOrEqualTo(TOLERANCE);
            }
        }
        // the runs really differ from each other (distinct seeds, distinct blocks)
        assertThat(fused.get(0).finalValLoss()).isNotEqualTo(fused.get(1).finalValLoss());
    }

    @Test
    void threeRepeatsOfAVanillaLstmEqualSeparateRuns() {
        ModelConfig c = ModelConfig.builder().units(10).batchSize(5).epochs(20).build();
        assertSameAsSeparate(List.of(c, c, c), SeedToy.data());
    }

    @Test
    void runsWithDifferentCellsEqualSeparateRunsWithMinibatches() {
        ModelConfig c = ModelConfig.builder().units(1).batchSize(2).epochs(20).build();
        assertSameAsSeparate(List.of(c, c.toBuilder().units(5).build(), c.toBuilder().units(10).build()),
                SeedToy.data());
    }

    @Test
    void threeRepeatsOfAStackedLstmWithDifferentCellsEqualSeparateRuns() {
        ModelConfig c = ModelConfig.builder().units(5, 4).batchSize(5).epochs(20).build();
        assertSameAsSeparate(List.of(c, c.toBuilder().units(3, 6).build(), c.toBuilder().units(2, 2).build()),
                SeedToy.data());
    }

    @Test
    void elementWiseClippingAndL2PenaltyKeepBlocksIndependent() {
        ModelConfig c = ModelConfig.builder().units(6).batchSize(5).epochs(20).learningRate(0.05)
                .clipping(ClippingKind.VALUE, 0.01).l2(0.01).build();
        assertSameAsSeparate(List.of(c, c, c), SeedToy.data());
    }

    @Test
    void eachBlockStopsEarlyOnItsOwnAsItWouldAlone() {
        // a large learning rate makes the validation loss turn up at different epochs per seed
        ModelConfig c = ModelConfig.builder().units(8).batchSize(5).epochs(60).learningRate(0.05)
                .earlyStopping(new EarlyStopping(StoppingKind.PATIENCE, 3, 0.0, true, 5.0, 5, 3)).build();
        List<RunResult> fused = fused(List.of(c, c, c), SeedToy.data());
        assertThat(fused).anyMatch(r -> r.status() == RunStatus.EARLY_STOPPED);
        assertSameAsSeparate(List.of(c, c, c), SeedToy.data());
    }

    @Test
    void dropoutIsRefusedBecauseOneMaskWouldBeDrawnForAllBlocks() {
        ModelConfig c = ModelConfig.builder().units(4).batchSize(5).epochs(5).dropout(0.2).build();
        assertThat(FusedTrainer.whyNot(List.of(c, c), SeedToy.data().shape())).hasValueSatisfying(
                why -> assertThat(why).contains("dropout"));
        assertThatThrownBy(() -> fused(List.of(c, c), SeedToy.data())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesWhatCouplesOrReordersBlocks() {
        ModelConfig c = ModelConfig.builder().units(4).batchSize(5).build();
        NetworkShape shape = SeedToy.data().shape();
        assertThat(FusedTrainer.whyNot(List.of(c, c.toBuilder().learningRate(0.01).build()), shape)).isPresent();
        assertThat(FusedTrainer.whyNot(List.of(c, c.toBuilder().units(4, 4).build()), shape)).isPresent();
        assertThat(FusedTrainer.whyNot(List.of(c.toBuilder().clipping(ClippingKind.L2_PER_LAYER, 1.0).build()), shape))
                .isPresent();
        assertThat(FusedTrainer.whyNot(List.of(c.toBuilder().shuffle(true).build()), shape)).isPresent();
        assertThat(FusedTrainer.whyNot(List.of(c), new NetworkShape(1, 2, false))).isPresent();
        assertThat(FusedTrainer.whyNot(List.of(c), new NetworkShape(1, 1, true))).isPresent();
        assertThat(FusedTrainer.whyNot(List.of(c, c.toBuilder().units(7).seed(99).build()), shape)).isEmpty();
    }

    @Test
    void cancellationStopsEveryBlockBetweenMinibatchesKeepingTheirEpochs() {
        ModelConfig c = ModelConfig.builder().units(3).batchSize(5).epochs(50).build();
        CancellationToken cancel = new CancellationToken();
        List<ModelConfig> members = List.of(c.toBuilder().seed(1).build(), c.toBuilder().seed(2).build());
        List<RunResult> results = new FusedTrainer(members, SeedToy.data()).run((r, m) -> {
            if (m.epoch() == 4 && r == 1) {
                cancel.cancel();
            }
        }, cancel);
        assertThat(results).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(RunStatus.CANCELLED);
            assertThat(r.history()).hasSize(4);
        });
    }
}
