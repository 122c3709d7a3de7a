package org.lstmworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.layers.recurrent.LastTimeStepLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Per-layer activations and dropout, and recurrent weight drop, from the configuration to DL4J's layers. */
class LayerSettingsTest {

    private static final NetworkShape ONE = new NetworkShape(1, 1, false);

    private static LSTM lstm(MultiLayerNetwork net, int i) {
        var layer = net.getLayerWiseConfigurations().getConf(i).getLayer();
        return (LSTM) (layer instanceof LastTimeStep l ? l.getUnderlying() : layer);
    }

    @Test
    void eachLayerGetsItsOwnActivationAndRetainProbability() {
        ModelConfig c = ModelConfig.builder().units(5, 4).layerActivations(List.of(CellActivation.RELU,
                CellActivation.TANH)).layerDropout(List.of(0.2, 0.1)).build();
        assertThat(c.validate()).isEmpty();
        MultiLayerNetwork net = NetworkFactory.build(c, ONE, 1);
        assertThat(lstm(net, 0).getActivationFn()).isInstanceOf(ActivationReLU.class);
        assertThat(lstm(net, 1).getActivationFn()).isInstanceOf(ActivationTanH.class);
        assertThat(((Dropout) lstm(net, 0).getIDropout()).getP()).isCloseTo(0.8, within(1e-12));
        assertThat(((Dropout) lstm(net, 1).getIDropout()).getP()).isCloseTo(0.9, within(1e-12));
        assertThat(c.summary()).startsWith("LSTM(5,4) relu/tanh").contains("drop 0.2/0.1");
    }

    @Test
    void oneValueSetsEveryLayer() {
        ModelConfig c = ModelConfig.builder().units(5, 4).layerActivations(List.of(CellActivation.RELU))
                .layerDropout(List.of(0.3)).build();
        assertThat(c.lstm().layerActivations()).isEmpty();
        assertThat(c.activation()).isEqualTo(CellActivation.RELU);
        assertThat(c.dropout()).isEqualTo(0.3);
        MultiLayerNetwork net = NetworkFactory.build(c, ONE, 1);
        assertThat(lstm(net, 1).getActivationFn()).isInstanceOf(ActivationReLU.class);
        assertThat(((Dropout) lstm(net, 1).getIDropout()).getP()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void aListOfTheWrongLengthIsAProblemNamingTheField() {
        ModelConfig c = ModelConfig.builder().units(5, 4, 3).layerActivations(List.of(CellActivation.RELU,
                CellActivation.TANH)).layerDropout(List.of(0.2, 1.5, 0.1)).recurrentDrop(1).build();
        assertThat(c.validate()).extracting(org.lstmworkbench.Problem::path).containsExactly(
                "architecture.layerActivations", "architecture.layerDropout[1]", "architecture.recurrentDrop");
    }

    @Test
    void oldFilesWithOneActivationAndDropoutApplyThemToEveryLayer() {
        ModelConfig flat = ModelConfigJson.read("{\"units\": [5, 4], \"activation\": \"RELU\", \"dropout\": 0.25}", "old");
        ModelConfig nested = ModelConfigJson.read("{\"formatVersion\": 2, \"architecture\": {\"type\": \"lstm\", "
                + "\"units\": [5, 4], \"activation\": \"RELU\"}, \"regularization\": {\"dropout\": 0.25}}", "old v2");
        for (ModelConfig c : List.of(flat, nested)) {
            assertThat(c.lstm().activationOf(0)).isEqualTo(CellActivation.RELU);
            assertThat(c.lstm().activationOf(1)).isEqualTo(CellActivation.RELU);
            assertThat(c.lstm().dropoutOf(1, c.dropout())).isEqualTo(0.25);
            assertThat(c.lstm().recurrentDrop()).isZero();
        }
    }

    @Test
    void perLayerSettingsAndRecurrentDropSurviveJsonOfBothVersions() {
        ModelConfig c = ModelConfig.builder().units(5, 4).layerActivations(List.of(CellActivation.SOFTSIGN,
                CellActivation.RELU)).layerDropout(List.of(0.2, 0.0)).recurrentDrop(0.3).build();
        assertThat(ModelConfigJson.read(ModelConfigJson.write(c), "v2")).isEqualTo(c);
        assertThat(ModelConfigJson.fromFlatTree(ModelConfigJson.toFlatTree(c), "v1")).isEqualTo(c);
        assertThat(ModelConfigJson.toTree(c).get("architecture").get("recurrentDrop").asDouble()).isEqualTo(0.3);
    }

    @Test
    void recurrentWeightDropIsOnTheRecurrentWeightsOnly() {
        ModelConfig c = ModelConfig.builder().units(50).recurrentDrop(0.25).build();
        MultiLayerNetwork net = NetworkFactory.build(c, ONE, 1);
        assertThat(lstm(net, 0).getWeightNoise()).isEqualTo(new RecurrentWeightDrop(0.25));
        var layer = ((LastTimeStepLayer) net.getLayer(0)).getUnderlying();
        RecurrentWeightDrop noise = (RecurrentWeightDrop) lstm(net, 0).getWeightNoise();
        LayerWorkspaceMgr ws = LayerWorkspaceMgr.noWorkspaces();
        INDArray rw = layer.getParam("RW");
        double[] full = rw.dup().ravel().toDoubleVector();
        double[] seen = noise.getParameter(layer, "RW", 0, 0, true, ws).dup().ravel().toDoubleVector();
        int zeros = 0;
        for (int i = 0; i < full.length; i++) {
            if (seen[i] == 0) {
                zeros++;
            } else {
                // kept weights scaled by 1 / (1 - p): the expected weight is unchanged
                assertThat(seen[i]).isCloseTo(full[i] / 0.75, within(1e-12));
            }
        }
        // 10 000 weights, p = 0.25: 2500 +- 43 zeros
        assertThat(zeros).isBetween(2300, 2700);
        assertThat(noise.getParameter(layer, "W", 0, 0, true, ws)).isSameAs(layer.getParam("W"));
        assertThat(noise.getParameter(layer, "RW", 0, 0, false, ws)).isSameAs(rw);
    }

    @Test
    void predictionsUseAllWeightsAndTrainingPassesDropSome() {
        INDArray x = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.DOUBLE, 4, 1, 6);
        MultiLayerNetwork plain = NetworkFactory.build(ModelConfig.builder().units(8).build(), ONE, 1);
        MultiLayerNetwork dropped = NetworkFactory.build(ModelConfig.builder().units(8).recurrentDrop(0.5).build(), ONE, 1);
        assertThat(dropped.params()).isEqualTo(plain.params());
        assertThat(dropped.output(x, false)).isEqualTo(plain.output(x, false));
        assertThat(dropped.output(x, true).sub(plain.output(x, true)).amaxNumber().doubleValue()).isGreaterThan(1e-6);
    }
}
