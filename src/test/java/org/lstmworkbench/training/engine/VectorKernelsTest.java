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

    /** The steps of {@link VectorKernels#exp} on one double, with the same constants and order. */
    private static double expReference(double x) {
        double c = Math.min(Math.max(x, VectorKernels.EXP_MIN), VectorKernels.EXP_MAX);
        double k = c * 1.4426950408889634 + 6755399441055744.0 - 6755399441055744.0;
        double r = c - k * 0.6931471803691238 - k * 1.9082149292705877e-10;
        double[] inverse = new double[14];
        inverse[2] = 1.0 / 2;
        for (int n = 3; n <= 13; n++) {
            inverse[n] = inverse[n - 1] / n;
        }
        double p = inverse[13];
        for (int n = 12; n >= 2; n--) {
            p = p * r + inverse[n];
        }
        p = (p * r + 1.0) * r + 1.0;
        return p * Double.longBitsToDouble(((long) k + 1023L) << 52);
    }

    @Test
    void expIsPlainIeeeArithmeticWithinTwoUlpsOfMathExp() {
        double[] x = new double[N];
        Random r = new Random(9);
        for (int i = 0; i < N; i++) {
            x[i] = i % 3 == 0 ? r.nextGaussian() * 1e-3 : (r.nextDouble() - 0.5) * 1400;
        }
        double[] v = new double[N];
        int lanes = VectorKernels.lanes();
        for (int i = 0; i + lanes <= N; i += lanes) {
            VectorKernels.exp(jdk.incubator.vector.DoubleVector.fromArray(
                    jdk.incubator.vector.DoubleVector.SPECIES_PREFERRED, x, i)).intoArray(v, i);
        }
        double worstUlps = 0;
        for (int i = 0; i + lanes <= N; i++) {
            // bit for bit the scalar steps: the same on the interpreter, C1 and C2, so runs repeat exactly
            assertThat(Double.doubleToLongBits(v[i])).as("exp(%s)", x[i])
                    .isEqualTo(Double.doubleToLongBits(expReference(x[i])));
            double c = Math.min(Math.max(x[i], VectorKernels.EXP_MIN), VectorKernels.EXP_MAX);
            worstUlps = Math.max(worstUlps, Math.abs(v[i] - Math.exp(c)) / Math.ulp(Math.exp(c)));
        }
        assertThat(worstUlps).isLessThanOrEqualTo(2);
    }

    @Test
    void tanhEqualsTheScalarTanhToAFewUlps() {
        // (1 - e) / (1 + e) just above the series limit (e ~ 0.94) magnifies exp's last-bit
        // differences about 30x: a few 1e-15 there, far inside the engine's 1e-9 contract
        assertThat(worst(VectorKernels::tanh, ElementKernels::tanh)).isLessThan(5e-15);
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
