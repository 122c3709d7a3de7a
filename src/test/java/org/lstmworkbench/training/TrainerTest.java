package org.lstmworkbench.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.model.EarlyStopping;
import org.lstmworkbench.model.InvalidConfigException;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkShape;
import org.lstmworkbench.model.OptimizerKind;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** The seed's toy scenario (LSTM(10), Adam 1e-3, 5 samples, full batch) through the real engine. */
class TrainerTest {

    private static final ModelConfig TOY = ModelConfig.builder().units(10).batchSize(5).build();

    private static RunResult train(ModelConfig config, long seed) {
        return new Trainer(config.toBuilder().seed(seed).build(), SeedToy.data()).run(m -> { }, new CancellationToken());
    }

    @Test
    void manyToManyTrainsOneOutputPerStepAndReportsRmseInOriginalUnits() {
        org.lstmworkbench.data.PreparedData prepared = org.lstmworkbench.data.DataPipeline.prepare(
                org.lstmworkbench.data.DemoDatasets.recommendedSpec("demo:seasonal").toBuilder()
                        .shape(org.lstmworkbench.data.FrameShape.MANY_TO_MANY).lags(4).horizon(1).build());
        TrainingData data = TrainingDataFactory.from(prepared);
        assertThat(data.shape()).isEqualTo(new NetworkShape(1, 1, true, 4)); // 4 lags: the window length
        RunResult r = new Trainer(ModelConfig.builder().units(4).batchSize(32).epochs(3).seed(1).build(), data)
                .run(m -> { }, new CancellationToken());
        assertThat(r.status()).isEqualTo(RunStatus.DONE);
        assertThat(r.engine().note()).contains("an output per time step");
        assertThat(r.valLosses()).hasSize(3);
        assertThat(java.util.Arrays.stream(r.valLosses()).allMatch(Double::isFinite)).isTrue();
        double rmse = r.history().get(2).value(org.lstmworkbench.metrics.Metric.VAL_RMSE);
        assertThat(rmse).isFinite().isPositive();
    }

    @Test
    void underfitsAfter100EpochsWithValidationStillFalling() {
        RunResult r = train(TOY.toBuilder().epochs(100).build(), 1);
        double[] val = r.valLosses();
        assertThat(r.status()).isEqualTo(RunStatus.DONE);
        assertThat(val).hasSize(100);
        // over the last 10% of epochs every step still lowers the validation loss
        for (int e = 90; e < 100; e++) {
            assertThat(val[e]).isLessThan(val[e - 1]);
        }
        assertThat(r.bestEpoch()).isEqualTo(100);
        assertThat(r.finalValLoss()).isGreaterThan(10 * r.finalTrainLoss());
    }

    @Test
    void overfitsInALongRunValidationRisesAfterItsMinimumWhileTrainingFalls() {
        // seed 1: validation loss bottoms out near epoch 700, then climbs (measured: see README)
        RunResult r = train(TOY.toBuilder().epochs(900).build(), 1);
        double[] train = r.trainLosses();
        double[] val = r.valLosses();
        int best = r.bestEpoch();
        assertThat(best).isBetween(550, 800);
        assertThat(val[899]).isGreaterThan(5 * r.bestValLoss());
        assertThat(train[899]).isLessThan(train[best - 1] / 2);
        // the rise is sustained: every 25-epoch step after the minimum + 25 goes up
        for (int e = best + 25; e + 25 < 900; e += 25) {
            assertThat(val[e + 25]).isGreaterThan(val[e]);
        }
    }

    @Test
    void sameSeedGivesTheSameHistoryValueForValue() {
        ModelConfig c = TOY.toBuilder().epochs(30).dropout(0.2).build();
        RunResult a = train(c, 5);
        RunResult b = train(c, 5);
        RunResult other = train(c, 6);
        assertThat(a.trainLosses()).containsExactly(b.trainLosses());
        assertThat(a.valLosses()).containsExactly(b.valLosses());
        assertThat(other.trainLosses()[29]).isNotEqualTo(a.trainLosses()[29]);
    }

    @Test
    void shuffledMinibatchesAreDeterministicToo() {
        ModelConfig c = TOY.toBuilder().epochs(20).batchSize(2).shuffle(true).build();
        assertThat(train(c, 3).valLosses()).containsExactly(train(c, 3).valLosses());
    }

    @Test
    void cancelEndsTheRunWithinOneEpochKeepingItsHistory() {
        CancellationToken cancel = new CancellationToken();
        List<Integer> seen = new ArrayList<>();
        RunResult r = new Trainer(TOY.toBuilder().epochs(500).batchSize(1).build(), SeedToy.data())
                .run(m -> {
                    seen.add(m.epoch());
                    if (m.epoch() == 3) {
                        cancel.cancel();
                    }
                }, cancel);
        assertThat(r.status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(r.history()).hasSize(3);
        assertThat(seen).containsExactly(1, 2, 3);
        assertThat(r.message()).contains("epoch 4");
    }

    @Test
    void patienceStopsAfterTheMinimumAndRestoresTheBestWeights() {
        ModelConfig c = TOY.toBuilder().epochs(2000).earlyStopping(EarlyStopping.patience(50, 0)).build();
        Trainer trainer = new Trainer(c, SeedToy.data());
        RunResult r = trainer.run(m -> { }, new CancellationToken());
        assertThat(r.status()).isEqualTo(RunStatus.EARLY_STOPPED);
        assertThat(r.history()).hasSize(r.bestEpoch() + 50);
        assertThat(r.restoredBest()).isTrue();
        assertThat(r.modelValLoss()).isEqualTo(r.bestValLoss());
        assertThat(r.finalValLoss()).isGreaterThan(r.bestValLoss());
        double[][] pred = trainer.predict(SeedToy.part(0.5).data());
        assertThat(LossFunctions.loss(c.loss(), pred, SeedToy.part(0.5).targetsOriginal()))
                .isCloseTo(r.bestValLoss(), within(1e-12));
    }

    @Test
    void divergenceEndsTheRunKeepingTheFiniteEpochs() {
        // SGD with a huge step on large targets blows up within a few epochs
        TrainingData big = scaled(SeedToy.data(), 1e4);
        ModelConfig c = TOY.toBuilder().optimizer(OptimizerKind.SGD).learningRate(5).epochs(200).build();
        RunResult r = new Trainer(c, big).run(m -> { }, new CancellationToken());
        assertThat(r.status()).isEqualTo(RunStatus.DIVERGED);
        assertThat(r.history()).allMatch(m -> Double.isFinite(m.trainLoss()) && Double.isFinite(m.valLoss()));
        assertThat(r.history().size()).isLessThan(200);
        assertThat(r.message()).contains("at epoch " + (r.history().size() + 1));
    }

    @Test
    void rejectsAnImpossibleConfigurationBeforeTraining() {
        assertThatThrownBy(() -> new Trainer(ModelConfig.builder().batchSize(32).build(), SeedToy.data()))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageContaining("larger than the 5 training samples");
    }

    @Test
    void reportsRmseInOriginalUnitsThroughTheInverse() {
        // labels in model units are original / 100; RMSE must come back in original units
        TrainingData d = SeedToy.data();
        DataPart t = d.train();
        double[][] original = new double[5][1];
        for (int i = 0; i < 5; i++) {
            original[i][0] = t.targetsOriginal()[i][0] * 100;
        }
        UnaryOperator<double[][]> times100 = p -> {
            double[][] o = new double[p.length][1];
            for (int i = 0; i < p.length; i++) {
                o[i][0] = p[i][0] * 100;
            }
            return o;
        };
        TrainingData scaledUnits = new TrainingData("units", new DataPart(t.data(), original, times100),
                null, null, d.shape());
        RunResult r = new Trainer(TOY.toBuilder().epochs(5).build(), scaledUnits).run(m -> { }, new CancellationToken());
        EpochMetrics last = r.history().get(4);
        assertThat(last.trainRmse()).isCloseTo(Math.sqrt(last.trainLoss()) * 100, within(1e-9));
        assertThat(last.valLoss()).isNaN();
        assertThat(r.bestEpoch()).isBetween(1, 5);
    }

    private static TrainingData scaled(TrainingData d, double factor) {
        return new TrainingData("scaled", scaled(d.train(), factor), scaled(d.validation(), factor), null, d.shape());
    }

    private static DataPart scaled(DataPart p, double factor) {
        DataSet ds = new DataSet(p.data().getFeatures().mul(factor), p.data().getLabels().mul(factor));
        return new DataPart(ds, ds.getLabels().toDoubleMatrix(), UnaryOperator.identity());
    }
}
