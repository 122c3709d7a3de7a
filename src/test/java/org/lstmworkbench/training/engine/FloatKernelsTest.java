package org.lstmworkbench.training.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The float engine's Vector API activations against the double formulas rounded once to float, on
 * ranges that start unaligned and end off a register, with tiny, huge and NaN inputs: within a few
 * float ulps (the float exp's polynomial and {@code (1 - e) / (1 + e)} above the tanh series).
 */
class FloatKernelsTest {

    private static final int N = 4003;
    /** 8 float ulps near 1 (float's epsilon is 1.19e-7): the bound of a correctly built float activation. */
    private static final double ULPS8 = 8 * Math.ulp(1f);

    private static float[] inputs() {
        Random r = new Random(5);
        float[] x = new float[N];
        for (int i = 0; i < N; i++) {
            x[i] = (float) switch (i % 5) {
                case 0 -> r.nextGaussian() * 1e-5;
                case 1 -> r.nextGaussian() * 0.3;
                default -> r.nextGaussian() * 4;
            };
        }
        x[7] = -0f;
        x[8] = 800f;
        x[9] = -800f;
        x[10] = Float.NaN;
        return x;
    }

    private interface Ranged {
        void apply(float[] v, int from, int to);
    }

    private interface Exact {
        double apply(double x);
    }

    /** Largest relative difference of {@code vector} over {@code [3, N)} from {@code exact} rounded to float. */
    private static double worst(Ranged vector, Exact exact) {
        float[] x = inputs();
        float[] v = x.clone();
        vector.apply(v, 3, N);
        double worst = 0;
        for (int i = 0; i < N; i++) {
            float expected = i < 3 ? x[i] : (float) exact.apply(x[i]);
            if (Float.isNaN(expected)) {
                assertThat(v[i]).as("NaN stays NaN at %d", i).isNaN();
                continue;
            }
            double rel = expected == 0 ? Math.abs(v[i]) : Math.abs(v[i] - expected) / Math.abs(expected);
            worst = Math.max(worst, rel);
        }
        return worst;
    }

    @Test
    void vectorTanhSigmoidAndHardSigmoidAreWithinAFewFloatUlps() {
        assumeTrue(ElementKernels.VECTOR, "jdk.incubator.vector is not in this JVM's boot layer");
        double tanh = worst(FloatVectorKernels::tanh, Math::tanh);
        double sigmoid = worst(FloatVectorKernels::sigmoid, x -> 1 / (1 + Math.exp(-x)));
        double hard = worst(FloatVectorKernels::hardSigmoid, x -> Math.min(1, Math.max(0, 0.2f * (float) x + 0.5f)));
        assertThat(tanh).as("tanh").isLessThanOrEqualTo(ULPS8);
        assertThat(sigmoid).as("sigmoid").isLessThanOrEqualTo(ULPS8);
        assertThat(hard).as("hard sigmoid").isLessThanOrEqualTo(ULPS8);
    }

    @Test
    void scalarActivationsRoundTheDoubleFormulaOnce() {
        for (float x : inputs()) {
            if (Float.isNaN(x)) {
                continue;
            }
            assertThat(FloatKernels.tanh(x)).isEqualTo((float) ElementKernels.tanh(x));
            assertThat(FloatKernels.sigmoid(x)).isEqualTo((float) ElementKernels.sigmoid(x));
        }
        assertThat(FloatKernels.hardSigmoid(3f)).isEqualTo(1f);
        assertThat(FloatKernels.hardSigmoid(-3f)).isEqualTo(0f);
        assertThat(FloatKernels.hardSigmoid(1f)).isEqualTo(0.7f);
    }

    @Test
    void theLstmStepEqualsTheDoubleStepToFloatRounding() {
        // one forward step of 2 examples x 3 cells in both precisions: the float kernels are the
        // double ones with float arithmetic, so they agree to float rounding, not beyond
        int hidden = 3;
        int mb = 2;
        Random r = new Random(9);
        double[] g = new double[4 * hidden * mb];
        float[] gf = new float[g.length];
        double[] params = new double[4 * hidden];
        float[] pf = new float[params.length];
        for (int i = 0; i < g.length; i++) {
            gf[i] = (float) r.nextGaussian();
            g[i] = gf[i];
        }
        for (int i = 0; i < params.length; i++) {
            pf[i] = (float) (0.1 * r.nextGaussian());
            params[i] = pf[i];
        }
        double[] c = new double[hidden * mb];
        double[] ca = new double[hidden * mb];
        double[] h = new double[hidden * mb];
        float[] cf = new float[hidden * mb];
        float[] caf = new float[hidden * mb];
        float[] hf = new float[hidden * mb];
        LstmKernels.forward(g, params, 0, null, c, ca, h, hidden, mb, null, 0,
                org.lstmworkbench.model.CellActivation.TANH, org.lstmworkbench.model.GateActivation.SIGMOID);
        FloatKernels.forward(gf, pf, 0, null, cf, caf, hf, hidden, mb, null, 0,
                org.lstmworkbench.model.CellActivation.TANH, org.lstmworkbench.model.GateActivation.SIGMOID);
        for (int i = 0; i < h.length; i++) {
            assertThat((double) hf[i]).as("h[%d]", i).isCloseTo(h[i], org.assertj.core.data.Offset.offset(1e-6));
            assertThat((double) hf[i]).as("h[%d] is rounded, not equal", i).isNotEqualTo(h[i]);
        }
    }
}
