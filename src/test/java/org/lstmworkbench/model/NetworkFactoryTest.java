package org.lstmworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class NetworkFactoryTest {

    static Stream<Arguments> architectures() {
        return Stream.of(
                Arguments.of(ModelConfig.builder().units(10).build(), new NetworkShape(1, 1, false), 491L),
                Arguments.of(ModelConfig.builder().units(50, 50).build(), new NetworkShape(1, 1, false), 30_651L),
                Arguments.of(ModelConfig.builder().units(8).bidirectional(true).build(), new NetworkShape(3, 2, false), 0L),
                Arguments.of(ModelConfig.builder().units(6, 4).bidirectional(true).build(), new NetworkShape(2, 1, true), 0L),
                Arguments.of(ModelConfig.builder().units(5).build(), new NetworkShape(4, 12, false), 0L));
    }

    @ParameterizedTest
    @MethodSource("architectures")
    void countsParametersAsDl4jDoes(ModelConfig config, NetworkShape shape, long expected) {
        MultiLayerNetwork net = NetworkFactory.build(config, shape, 1);
        long counted = NetworkFactory.parameterCount(config, shape);
        assertThat(counted).isEqualTo(net.numParams());
        if (expected > 0) {
            // LSTM(10) on 1 feature: 4 * (1*10 + 10*10 + 10) = 480, Dense(1): 11 (the seed's Keras summary: 491)
            assertThat(counted).isEqualTo(expected);
        }
    }

    @Test
    void producesOneOutputPerSampleForManyToOne() {
        MultiLayerNetwork net = NetworkFactory.build(ModelConfig.builder().units(4).build(), new NetworkShape(2, 3, false), 1);
        INDArray out = net.output(Nd4j.rand(5, 2, 7), false);
        assertThat(out.shape()).containsExactly(5, 3);
    }

    @Test
    void producesOneOutputPerStepForManyToMany() {
        MultiLayerNetwork net = NetworkFactory.build(ModelConfig.builder().units(4).build(), new NetworkShape(2, 1, true), 1);
        INDArray out = net.output(Nd4j.rand(5, 2, 7), false);
        assertThat(out.shape()).containsExactly(5, 1, 7);
    }

    @Test
    void convertsTheDropRateToDl4jsRetainProbability() {
        MultiLayerNetwork net = NetworkFactory.build(ModelConfig.builder().units(4).dropout(0.3).build(),
                new NetworkShape(1, 1, false), 1);
        BaseLayer lstm = (BaseLayer) ((org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep)
                net.getLayerWiseConfigurations().getConf(0).getLayer()).getUnderlying();
        assertThat(((Dropout) lstm.getIDropout()).getP()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void sameSeedGivesSameWeightsAndOtherSeedsDiffer() {
        ModelConfig c = ModelConfig.builder().units(6).build();
        NetworkShape s = new NetworkShape(1, 1, false);
        INDArray a = NetworkFactory.build(c, s, 7).params();
        INDArray b = NetworkFactory.build(c, s, 7).params();
        INDArray other = NetworkFactory.build(c, s, 8).params();
        assertThat(a.equalsWithEps(b, 0)).isTrue();
        assertThat(a.equalsWithEps(other, 1e-6)).isFalse();
    }

    @Test
    void initialisesRecurrentWeightsOrthogonally() {
        MultiLayerNetwork net = NetworkFactory.build(ModelConfig.builder().units(6).build(), new NetworkShape(1, 1, false), 3);
        INDArray rw = net.getLayer(0).getParam("RW"); // [N, 4N]: orthonormal rows
        INDArray gram = rw.mmul(rw.transpose());
        assertThat(gram.equalsWithEps(Nd4j.eye(6).castTo(gram.dataType()), 1e-9)).isTrue();
    }
}
