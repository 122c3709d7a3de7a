package org.lstmworkbench.training.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.model.LossKind;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkShape;
import org.nd4j.linalg.dataset.DataSet;

/** What the engine covers, what it refuses, and that a warm training pass allocates nothing per step. */
class LstmEngineScopeTest {

    private static final NetworkShape MANY_TO_ONE = new NetworkShape(2, 1, false);

    @Test
    void coversStackedManyToOneNetworksWithTheirLossesAndDropout() {
        assertThat(LstmEngine.whyNot(EngineFixtures.config().units(8, 4).dropout(0.2).build(), MANY_TO_ONE)).isEmpty();
        assertThat(LstmEngine.whyNot(EngineFixtures.config().loss(LossKind.MAE).build(), MANY_TO_ONE)).isEmpty();
        assertThat(LstmEngine.whyNot(EngineFixtures.classifier().build(), new NetworkShape(2, 3, false))).isEmpty();
        assertThat(LstmEngine.whyNot(EngineFixtures.config().units(4, 4).bidirectional(true).build(), MANY_TO_ONE))
                .isEmpty();
    }

    @Test
    void namesWhatItDoesNotCover() {
        assertThat(LstmEngine.whyNot(EngineFixtures.config().build(), new NetworkShape(2, 1, true)))
                .contains("an output per time step (only many-to-one networks)");
        assertThat(LstmEngine.whyNot(EngineFixtures.config().loss(LossKind.BINARY_CROSS_ENTROPY).build(), MANY_TO_ONE))
                .contains("the binary_cross_entropy loss with sigmoid output");
        ModelConfig bi = EngineFixtures.config().units(4).bidirectional(true).build();
        assertThat(LstmEngine.whyNot(bi, MANY_TO_ONE, false)).isEmpty();
        assertThat(LstmEngine.whyNot(bi, MANY_TO_ONE, true))
                .contains("bidirectional layers on variable-length sequences (feature masks)");
        assertThat(LstmEngine.whyNot(EngineFixtures.config().build(), MANY_TO_ONE, true)).isEmpty();
        MultiLayerNetwork biNet = EngineFixtures.net(bi, MANY_TO_ONE);
        try (LstmEngine engine = LstmEngine.of(bi, MANY_TO_ONE, biNet, 1);
             EngineBatch masked = EngineBatch.of(EngineFixtures.data(1, 2, 2, 3, 1, false, new int[] {3, 2}, false))) {
            double[] params = EngineFixtures.params(biNet);
            assertThatThrownBy(() -> engine.gradient(masked, params, new double[params.length]))
                    .hasMessageContaining("feature masks");
        }
        ModelConfig perStep = EngineFixtures.config().build();
        NetworkShape sequence = new NetworkShape(2, 1, true);
        assertThatThrownBy(() -> LstmEngine.of(perStep, sequence, EngineFixtures.net(perStep, sequence), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("an output per time step");
    }

    @Test
    void refusesParametersAndBatchesOfAnotherShape() {
        ModelConfig config = EngineFixtures.config().units(3).build();
        MultiLayerNetwork net = EngineFixtures.net(config, MANY_TO_ONE);
        try (LstmEngine engine = LstmEngine.of(config, MANY_TO_ONE, net, 1);
             EngineBatch wrong = EngineBatch.of(EngineFixtures.data(1, 2, 3, 4, 1, false, null, false))) {
            double[] params = EngineFixtures.params(net);
            assertThatThrownBy(() -> engine.gradient(wrong, params, new double[params.length]))
                    .hasMessageContaining("3 features");
            assertThatThrownBy(() -> engine.loss(wrong, new double[2])).hasMessageContaining("parameters");
        }
    }

    @Test
    void aWarmTrainingPassAllocatesNoMemoryPerStep() {
        ModelConfig config = EngineFixtures.config().units(16, 8).build();
        MultiLayerNetwork net = EngineFixtures.net(config, MANY_TO_ONE);
        DataSet ds = EngineFixtures.data(4, 16, 2, 24, 1, false, null, false);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (LstmEngine engine = LstmEngine.of(config, MANY_TO_ONE, net, 1); EngineBatch batch = EngineBatch.of(ds)) {
            double[] params = EngineFixtures.params(net);
            double[] grad = new double[params.length];
            for (int i = 0; i < 200; i++) {
                engine.gradient(batch, params, grad);
            }
            long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
            int passes = 50;
            for (int i = 0; i < passes; i++) {
                engine.gradient(batch, params, grad);
            }
            long perPass = (threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before) / passes;
            // 24 steps x 2 layers x 2 directions: one object per step would already be ~1.5 KB
            assertThat(perPass).isLessThan(512);
        }
    }
}
