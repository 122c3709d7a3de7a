package org.lstmworkbench.training.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Vector API activations against the scalar ones on the same inputs, including the ends of
 * ranges that do not fill a register, -0.0, huge magnitudes and NaN. Runs where the build's test
 * JVM adds {@code jdk.incubator.vector} (the pom's surefire argLine); skipped visibly elsewhere.
 */
class VectorKernelsTest {

    private static final int N = 4003;

    @BeforeEach
    void vectorApiPresent() {
        assumeTrue(ElementKernels.VECTOR, "jdk.incubator.vector is not in this JVM's boot layer");
    }

    private static double[] inputs() {
        Random r = new Random(5);
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = switch (i % 5) {
                case 0 -> r.nextGaussian() * 1e-6;
                case 1 -> r.nextGaussian() * 0.02;
                default -> r.nextGaussian() * 4;
            };
        }
        x[7] = -0.0;
        x[8] = 800;
        x[9] = -800;
        x[10] = Double.NaN;
        return x;
    }

    private interface Scalar {
        double apply(double x);
    }

    private interface Ranged {
        void apply(double[] v, int from, int to);
    }

    /** Largest relative difference over a range starting at 3 (unaligned) and ending off a register. */
    private static double worst(Ranged vector, Scalar scalar) {
        double[] x = inputs();
        double[] v = x.clone();
        vector.apply(v, 3, N);
        double worst = 0;
        for (int i = 0; i < N; i++) {
            double expected = i < 3 ? x[i] : scalar.apply(x[i]);
            if (Double.isNaN(expected)) {
                assertThat(v[i]).as("NaN stays NaN at %d", i).isNaN();
                continue;
            }
            assertThat(Math.copySign(1, v[i])).as("sign at %d (%s)", i, x[i]).isEqualTo(Math.copySign(1, expected));
            worst = Math.max(worst, expected == 0 ? Math.abs(v[i]) : Math.abs(v[i] - expected) / Math.abs(expected));
        }
        return worst;
    }

    @Test
    void tanhEqualsTheScalarTanhToAFewUlps() {
        assertThat(worst(VectorKernels::tanh, ElementKernels::tanh)).isLessThan(1e-15);
    }

    @Test
    void sigmoidEqualsTheScalarSigmoidToAFewUlps() {
        assertThat(worst(VectorKernels::sigmoid, ElementKernels::sigmoid)).isLessThan(1e-15);
    }

    @Test
    void hardSigmoidIsBitForBitTheScalarOne() {
        Scalar hard = x -> Math.min(1.0, Math.max(0.0, ElementKernels.HARD_SLOPE * x + ElementKernels.HARD_OFFSET));
        assertThat(worst(VectorKernels::hardSigmoid, hard)).isZero();
    }

    @Test
    void longRangesGoToTheVectorCodeAndShortOnesStayScalar() {
        double[] x = inputs();
        double[] viaDispatch = x.clone();
        ElementKernels.gate(org.lstmworkbench.model.GateActivation.SIGMOID, viaDispatch, 0, N);
        double[] direct = x.clone();
        VectorKernels.sigmoid(direct, 0, N);
        assertThat(viaDispatch).containsExactly(direct);

        int shortRange = ElementKernels.VECTOR_MIN_LENGTH - 1;
        double[] s = x.clone();
        ElementKernels.cell(org.lstmworkbench.model.CellActivation.TANH, s, 0, shortRange);
        for (int i = 0; i < shortRange; i++) {
            assertThat(Double.compare(s[i], ElementKernels.tanh(x[i]))).as("index %d", i).isZero();
        }
    }
}
