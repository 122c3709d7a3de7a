package org.lstmworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The seed's initialisation list (random uniform, random normal, glorot uniform, glorot normal,
 * orthogonal) draws weights of the documented distributions: the sample variance over a 300 x 400
 * matrix (120 000 weights, so the variance's relative standard error is under 1%) within 4%, and
 * uniform draws inside their bound.
 */
class WeightInitKindsTest {

    private static final int FAN_IN = 300;
    private static final int FAN_OUT = 400;

    static Stream<Arguments> kinds() {
        double glorot = 2.0 / (FAN_IN + FAN_OUT);
        return Stream.of(
                // DL4J's UNIFORM: U(-a, a) with a = 1 / sqrt(fanIn), variance a^2 / 3
                Arguments.of(WeightInitKind.UNIFORM, 1.0 / (3 * FAN_IN), 1.0 / Math.sqrt(FAN_IN)),
                // DL4J's NORMAL: N(0, 1 / fanIn)
                Arguments.of(WeightInitKind.NORMAL, 1.0 / FAN_IN, Double.NaN),
                // Glorot uniform: U(-s, s), s = sqrt(6 / (fanIn + fanOut)), variance 2 / (fanIn + fanOut)
                Arguments.of(WeightInitKind.GLOROT_UNIFORM, glorot, Math.sqrt(6.0 / (FAN_IN + FAN_OUT))),
                Arguments.of(WeightInitKind.GLOROT_NORMAL, glorot, Double.NaN));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void drawsWeightsOfTheDocumentedVariance(WeightInitKind kind, double variance, double bound) {
        Nd4j.getRandom().setSeed(11);
        INDArray view = Nd4j.create(DataType.DOUBLE, (long) FAN_IN * FAN_OUT);
        double[] w = NetworkFactory.weightInit(kind).init(FAN_IN, FAN_OUT, new long[]{FAN_IN, FAN_OUT}, 'f', view)
                .dup().ravel().toDoubleVector();
        double mean = java.util.Arrays.stream(w).average().orElseThrow();
        double var = java.util.Arrays.stream(w).map(x -> (x - mean) * (x - mean)).sum() / (w.length - 1);
        assertThat(var).as(kind + " variance").isCloseTo(variance, within(0.04 * variance));
        assertThat(Math.abs(mean)).as(kind + " mean").isLessThan(4 * Math.sqrt(variance / w.length));
        if (!Double.isNaN(bound)) {
            assertThat(java.util.Arrays.stream(w).map(Math::abs).max().orElseThrow()).isLessThanOrEqualTo(bound)
                    .isGreaterThan(0.99 * bound);
        }
    }

    @Test
    void orthogonalGivesOrthonormalRowsOfAWideMatrix() {
        Nd4j.getRandom().setSeed(5);
        INDArray view = Nd4j.create(DataType.DOUBLE, 40L * 160);
        INDArray w = NetworkFactory.weightInit(WeightInitKind.ORTHOGONAL).init(40, 160, new long[]{40, 160}, 'f', view);
        INDArray gram = w.mmul(w.transpose());
        assertThat(gram.sub(Nd4j.eye(40).castTo(DataType.DOUBLE)).amaxNumber().doubleValue()).isLessThan(1e-12);
    }

    /** The network puts the chosen kind on the input weights and the output layer, the recurrent one on RW. */
    @Test
    void theNetworkUsesTheChosenKindsForInputRecurrentAndOutputWeights() {
        ModelConfig c = ModelConfig.builder().units(64).weightInit(WeightInitKind.NORMAL)
                .recurrentInit(WeightInitKind.ORTHOGONAL).build();
        MultiLayerNetwork net = NetworkFactory.build(c, new NetworkShape(1, 200, false), 3);
        INDArray rw = net.getParam("0_RW");
        // orthogonal 64 x 256: orthonormal rows
        assertThat(rw.mmul(rw.transpose()).sub(Nd4j.eye(64).castTo(DataType.DOUBLE)).amaxNumber().doubleValue())
                .isLessThan(1e-12);
        // output layer 64 -> 200 with NORMAL: variance 1 / fanIn = 1 / 64
        double[] out = net.getParam("1_W").dup().ravel().toDoubleVector();
        double var = java.util.Arrays.stream(out).map(x -> x * x).sum() / out.length;
        assertThat(var).isCloseTo(1.0 / 64, within(0.1 / 64));
    }
}
