package org.lstmworkbench.training.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.model.GateActivation;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkShape;
import org.nd4j.linalg.dataset.DataSet;

/** The forward-only path against DL4J's {@code output} and {@code score} on sets larger than one chunk. */
class LstmEngineOutputTest {

    private static final int EXAMPLES = ForwardPass.CHUNK + 44;

    @Test
    void regressionOutputsAndLossEqualDl4jOverSeveralChunks() {
        check(EngineFixtures.config().units(6, 5).gateActivation(GateActivation.HARD_SIGMOID).build(), 2, false,
                null);
    }

    @Test
    void maskedClassifierOutputsAndLossEqualDl4j() {
        int[] lengths = new int[EXAMPLES];
        for (int b = 0; b < EXAMPLES; b++) {
            lengths[b] = 1 + b % 7;
        }
        check(EngineFixtures.classifier().units(5).build(), 3, true, lengths);
    }

    @Test
    void bidirectionalOutputsAndLossEqualDl4jOverSeveralChunks() {
        check(EngineFixtures.config().units(4, 3).bidirectional(true).build(), 2, false, null);
    }

    private static void check(ModelConfig config, int nOut, boolean oneHot, int[] lengths) {
        DataSet ds = EngineFixtures.data(21, EXAMPLES, 3, 7, nOut, oneHot, lengths, false);
        NetworkShape shape = new NetworkShape(3, nOut, false);
        MultiLayerNetwork net = EngineFixtures.net(config, shape);
        double[] params = EngineFixtures.params(net);
        double[][] expected = net.output(ds.getFeatures(), false, ds.getFeaturesMaskArray(), null).toDoubleMatrix();
        double[] flat = new double[EXAMPLES * nOut];
        for (int b = 0; b < EXAMPLES; b++) {
            System.arraycopy(expected[b], 0, flat, nOut * b, nOut);
        }
        double score = net.score(ds);
        try (LstmEngine engine = LstmEngine.of(config, shape, net, 1);
             EngineBatch batch = EngineBatch.of(ds)) {
            EngineFixtures.assertClose("output", engine.output(batch, params), flat, 1e-12);
            assertThat(EngineFixtures.relative(engine.loss(batch, params), score)).isLessThan(1e-12);
        }
    }
}
