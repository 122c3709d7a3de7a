package org.lstmworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.learning.config.IUpdater;

/** AdaGrad trains at the configured rate and schedule (DL4J's AdaGrad.clone() drops a schedule). */
class AdaGradLearningRateTest {

    private static final NetworkShape SHAPE = new NetworkShape(1, 1, false);

    private static IUpdater updaterOfLayer(MultiLayerNetwork net, int layer) {
        var conf = net.getLayer(layer).conf().getLayer();
        if (conf instanceof org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep w) {
            conf = w.getUnderlying();
        }
        return ((BaseLayer) conf).getIUpdater();
    }

    @Test
    void aFixedRateIsTheConfiguredOne() {
        ModelConfig c = ModelConfig.DEFAULTS.toBuilder().optimizer(OptimizerKind.ADAGRAD).learningRate(0.003).build();
        MultiLayerNetwork net = NetworkFactory.build(c, SHAPE, 1);
        for (int layer = 0; layer < net.getnLayers(); layer++) {
            assertThat(updaterOfLayer(net, layer).getLearningRate(0, 0)).isEqualTo(0.003);
            assertThat(updaterOfLayer(net, layer).getLearningRate(0, 7)).isEqualTo(0.003);
        }
    }

    @Test
    void aScheduleSurvivesTheLayersCopiesAndASavedModel() throws Exception {
        ModelConfig c = ModelConfig.DEFAULTS.toBuilder().optimizer(OptimizerKind.ADAGRAD).learningRate(0.01)
                .schedule(ScheduleKind.STEP, 0.5, 2).build();
        MultiLayerNetwork net = NetworkFactory.build(c, SHAPE, 1);
        assertThat(updaterOfLayer(net, 0).getLearningRate(0, 0)).isEqualTo(0.01);
        assertThat(updaterOfLayer(net, 0).getLearningRate(0, 2)).isEqualTo(0.005);
        assertThat(updaterOfLayer(net, 1).getLearningRate(0, 4)).isEqualTo(0.0025);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ModelSerializer.writeModel(net, bytes, true);
        MultiLayerNetwork loaded = ModelSerializer.restoreMultiLayerNetwork(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(updaterOfLayer(loaded, 0).getLearningRate(0, 2)).isEqualTo(0.005);
        assertThat(loaded.params()).isEqualTo(net.params());
    }
}
