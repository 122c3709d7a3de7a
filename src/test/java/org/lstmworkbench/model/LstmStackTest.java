package org.lstmworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.lossfunctions.impl.LossMAE;

class LstmStackTest {

    private static final NetworkShape ONE = new NetworkShape(1, 1, false);

    @Test
    void defaultsAreOneLstmLayerOfTenCellsForRegression() {
        ModelConfig d = ModelConfig.DEFAULTS;
        assertThat(d.task()).isEqualTo(Task.REGRESSION);
        assertThat(d.architecture()).isEqualTo(new LstmStack(java.util.List.of(10), false, CellActivation.TANH,
                GateActivation.SIGMOID, WeightInitKind.GLOROT_UNIFORM, WeightInitKind.ORTHOGONAL, 1.0));
        assertThat(ModelConfig.builder().build()).isEqualTo(d);
        assertThat(d.toBuilder().build()).isEqualTo(d);
    }

    @Test
    void lstmStackCountsItsParametersAsDl4jDoes() {
        ModelConfig c = ModelConfig.builder().units(6, 3).bidirectional(true).build();
        NetworkShape shape = new NetworkShape(2, 2, false);
        MultiLayerNetwork net = NetworkFactory.build(c, shape, 1);
        // 2 x 4 (2*6 + 36 + 6) = 432; 2 x 4 (12*3 + 9 + 3) = 384; dense 6*2 + 2 = 14
        assertThat(c.architecture().parameterCount(shape)).isEqualTo(432 + 384 + 14).isEqualTo(net.numParams());
    }

    @Test
    void theOutputLayerTakesItsActivationAndLossFromTheTask() {
        ModelConfig c = ModelConfig.builder().units(3).loss(LossKind.MAE).build();
        MultiLayerNetwork net = NetworkFactory.build(c, ONE, 1);
        OutputLayer out = (OutputLayer) net.getLayer(1).conf().getLayer();
        assertThat(out.getActivationFn()).isInstanceOf(ActivationIdentity.class);
        assertThat(out.getLossFn()).isInstanceOf(LossMAE.class);
    }

    @Test
    void summaryStartsWithTheArchitecture() {
        assertThat(ModelConfig.builder().units(50, 50).bidirectional(true).build().architecture().summary())
                .isEqualTo("LSTM(50,50) bi");
    }
}
