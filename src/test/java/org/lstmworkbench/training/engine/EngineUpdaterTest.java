package org.lstmworkbench.training.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lstmworkbench.training.engine.UpdaterParity.TOY;
import static org.lstmworkbench.training.engine.UpdaterParity.TWO_FEATURES;
import static org.lstmworkbench.training.engine.UpdaterParity.sequenceBatches;
import static org.lstmworkbench.training.engine.UpdaterParity.toyBatches;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lstmworkbench.model.ClippingKind;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.ModelConfigBuilder;
import org.lstmworkbench.model.NetworkFactory;
import org.lstmworkbench.model.OptimizerKind;
import org.lstmworkbench.model.ScheduleKind;

/**
 * Exactness of {@link EngineUpdater} against {@code MultiLayerNetwork.fit}: the same network
 * trained both ways from the same weights, the engine's side fed DL4J's raw gradient, compared
 * after every update (see {@link UpdaterParity}). Every run spans many epochs of 3 minibatches
 * of unequal sizes, so the minibatch division, the epoch count and the iteration count all matter.
 */
class EngineUpdaterTest {

    /** The contract is 1e-9 relative; in practice the two sides agree to the last bit. */
    private static final double TOLERANCE = 1e-9;

    private static ModelConfigBuilder toy() {
        return ModelConfig.DEFAULTS.toBuilder().units(3).learningRate(0.01);
    }

    private static ModelConfigBuilder twoLayers() {
        return ModelConfig.DEFAULTS.toBuilder().units(4, 3).learningRate(0.01);
    }

    private static UpdaterParity.Result assertSame(UpdaterParity.Result r, int iterations) {
        System.out.println("parity " + r);
        assertThat(r.iterations()).isEqualTo(iterations);
        assertThat(r.paramRel()).as("parameters").isLessThanOrEqualTo(TOLERANCE);
        assertThat(r.scoreRel()).as("score").isLessThanOrEqualTo(TOLERANCE);
        assertThat(r.regScoreRel()).as("regularisation score").isLessThanOrEqualTo(TOLERANCE);
        assertThat(r.moved()).as("the parameters moved").isGreaterThan(0.01);
        return r;
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void everyOptimiserOnTheToyOver500Updates(OptimizerKind kind) {
        ModelConfig c = toy().optimizer(kind).momentum(0.8).build();
        assertSame(UpdaterParity.run(c, TOY, toyBatches(), 167), 501);
    }

    @ParameterizedTest
    @EnumSource(OptimizerKind.class)
    void everyOptimiserOnTwoStackedLayers(OptimizerKind kind) {
        ModelConfig c = twoLayers().optimizer(kind).build();
        assertSame(UpdaterParity.run(c, TWO_FEATURES, sequenceBatches(), 40), 120);
    }

    @ParameterizedTest
    @EnumSource(value = ScheduleKind.class, names = {"STEP", "EXPONENTIAL", "COSINE"})
    void everyScheduleByEpoch(ScheduleKind kind) {
        ModelConfig c = toy().optimizer(OptimizerKind.SGD).learningRate(0.2)
                .schedule(kind, kind == ScheduleKind.STEP ? 0.5 : 0.9, 10).epochs(100)
                .build();
        EngineUpdater u = EngineUpdater.of(NetworkFactory.build(c, TOY, 42));
        assertThat(u.learningRate(0, 0)).isEqualTo(0.2);
        assertThat(u.learningRate(0, 60)).as("the schedule is in force").isLessThan(0.1);
        assertThat(u.learningRate(299, 0)).as("per epoch, not per iteration").isEqualTo(0.2);
        assertSame(UpdaterParity.run(c, TOY, toyBatches(), 100), 300);
    }

    @ParameterizedTest
    @EnumSource(value = OptimizerKind.class, names = {"ADAM", "RMSPROP", "ADAGRAD", "NESTEROV"})
    void schedulesWithAdaptiveOptimisers(OptimizerKind kind) {
        ModelConfig c = toy().optimizer(kind).schedule(ScheduleKind.EXPONENTIAL, 0.97, 1).build();
        assertSame(UpdaterParity.run(c, TOY, toyBatches(), 100), 300);
    }

    @Test
    void l1OnWeights() {
        UpdaterParity.Result r = assertSame(UpdaterParity.run(toy().l1(0.01).build(), TOY, toyBatches(), 100), 300);
        assertThat(r.maxRegScore()).isGreaterThan(0.001);
    }

    @Test
    void l2OnWeights() {
        UpdaterParity.Result r = assertSame(UpdaterParity.run(toy().l2(0.01).build(), TOY, toyBatches(), 100), 300);
        assertThat(r.maxRegScore()).isGreaterThan(0.001);
    }

    @Test
    void l2OnBiases() {
        // the LSTM's forget-gate biases start at 1: l2Bias has something to act on from the start
        UpdaterParity.Result r = assertSame(UpdaterParity.run(toy().l2Bias(0.01).build(), TOY, toyBatches(), 100), 300);
        assertThat(r.maxRegScore()).isGreaterThan(0.001);
    }

    @Test
    void l1AndL2OnWeightsAndBiasesOfTwoLayers() {
        ModelConfig c = twoLayers().l1(0.002).l2(0.01).l1Bias(0.003).l2Bias(0.02).build();
        UpdaterParity.Result r = assertSame(UpdaterParity.run(c, TWO_FEATURES, sequenceBatches(), 40), 120);
        assertThat(r.maxRegScore()).isGreaterThan(0.001);
    }

    @Test
    void clippingByValue() {
        ModelConfig c = toy().clipping(ClippingKind.VALUE, 0.1).build();
        UpdaterParity.Result r = assertSame(UpdaterParity.run(c, TOY, toyBatches(), 100), 300);
        assertThat(r.maxAbsGrad()).as("clipping acted").isGreaterThan(0.1);
    }

    @Test
    void clippingByL2NormPerLayer() {
        ModelConfig c = twoLayers().optimizer(OptimizerKind.SGD).learningRate(0.1)
                .clipping(ClippingKind.L2_PER_LAYER, 0.2).build();
        UpdaterParity.Result r = assertSame(UpdaterParity.run(c, TWO_FEATURES, sequenceBatches(), 40), 120);
        assertThat(r.maxLayerNorm()).as("clipping acted").isGreaterThan(0.2);
    }

    @Test
    void adamWithL2AndPerLayerClippingOnAnExponentialScheduleOver500Updates() {
        ModelConfig c = twoLayers().optimizer(OptimizerKind.ADAM).l2(0.005).l2Bias(0.001)
                .clipping(ClippingKind.L2_PER_LAYER, 0.3).schedule(ScheduleKind.EXPONENTIAL, 0.99, 1).build();
        UpdaterParity.Result r = assertSame(UpdaterParity.run(c, TWO_FEATURES, sequenceBatches(), 167), 501);
        assertThat(r.maxLayerNorm()).as("clipping acted").isGreaterThan(0.3);
        assertThat(r.maxRegScore()).isGreaterThan(0.001);
    }

    @Test
    void aRealSizedLayerOf64CellsWithPerLayerClippingAndL2() {
        // 17,000 parameters in one layer: ND4J's norm2 and element-wise ops on long vectors
        ModelConfig c = ModelConfig.DEFAULTS.toBuilder().units(64).learningRate(0.01).l2(0.001)
                .clipping(ClippingKind.L2_PER_LAYER, 0.05).build();
        UpdaterParity.Result r = assertSame(UpdaterParity.run(c, TWO_FEATURES, sequenceBatches(), 10), 30);
        assertThat(r.maxLayerNorm()).as("clipping acted").isGreaterThan(0.05);
    }

    @Test
    void bidirectionalLayersWithL1L2BiasAndValueClipping() {
        ModelConfig c = twoLayers().bidirectional(true).l1(0.001).l2Bias(0.01)
                .clipping(ClippingKind.VALUE, 0.05).build();
        UpdaterParity.Result r = assertSame(UpdaterParity.run(c, TWO_FEATURES, sequenceBatches(), 25), 75);
        assertThat(r.maxAbsGrad()).as("clipping acted").isGreaterThan(0.05);
    }

    @Test
    void theStateStartsAsAFreshDl4jUpdaterAfterReset() {
        ModelConfig c = toy().optimizer(OptimizerKind.RMSPROP).build();
        EngineUpdater u = EngineUpdater.of(NetworkFactory.build(c, TOY, 42));
        double[] p1 = new double[u.size()];
        double[] p2 = new double[u.size()];
        for (int i = 0; i < 3; i++) {
            u.step(p1, gradient(u.size(), i), i, 0, 2);
        }
        u.reset();
        EngineUpdater fresh = EngineUpdater.of(NetworkFactory.build(c, TOY, 42));
        double[] p3 = new double[u.size()];
        u.step(p2, gradient(u.size(), 0), 0, 0, 2);
        fresh.step(p3, gradient(u.size(), 0), 0, 0, 2);
        assertThat(p2).containsExactly(p3);
        assertThat(p1).isNotEqualTo(p2);
    }

    private static double[] gradient(int n, int seed) {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = Math.sin(1 + i * 0.7 + seed);
        }
        return g;
    }
}
