package org.lstmworkbench.training.engine;

import org.lstmworkbench.model.CellActivation;
import org.lstmworkbench.model.GateActivation;

/**
 * The element-wise work of the engine on plain {@code double[]} ranges: DL4J's activation functions
 * and their derivatives, written as simple loops the C2 JIT can unroll. Kept apart from the
 * matrix products; the activations of long ranges go to {@link VectorKernels} when the Vector API
 * is available ({@link #VECTOR}).
 *
 * <p>Formulas follow ND4J: sigmoid {@code 1 / (1 + exp(-x))}; hard sigmoid
 * {@code min(1, max(0, s x + 0.5))} with derivative s inside {@code [-2.5, 2.5]} and 0 outside, where
 * s is the float 0.2f widened to double (0.20000000298023224), as libnd4j computes it in double
 * precision too (a slope of exactly 0.2 would differ by 1.5e-8 relative);
 * softsign {@code x / (1 + |x|)}; ReLU {@code max(0, x)} with derivative 1 only for {@code x > 0}.
 * Derivatives are computed from the activation's output, which gives the same value as ND4J's
 * computation from the input (hard sigmoid: the slope applies where the output is strictly
 * inside (0, 1), which differs from ND4J only at exactly x = +-2.5).
 */
final class ElementKernels {

    /** ND4J's hard sigmoid slope (the float literal 0.2f, widened) and offset. */
    static final double HARD_SLOPE = 0.2f;
    static final double HARD_OFFSET = 0.5;
    /**
     * Whether the activations run on the Vector API ({@link VectorKernels}): when the incubating
     * module {@code jdk.incubator.vector} is in the boot layer ({@code --add-modules
     * jdk.incubator.vector}) and {@code -Dlstmworkbench.vector=false} is not set. Without it the
     * scalar loops below do all the work (for instance under a plain {@code java -jar}).
     */
    static final boolean VECTOR = !"false".equalsIgnoreCase(System.getProperty("lstmworkbench.vector"))
            && ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    /**
     * Shortest range the vector code takes: below it the scalar loop is as fast or faster (the
     * issue's measurements put the break-even near 32 cells; see the README's engine section).
     */
    static final int VECTOR_MIN_LENGTH = Integer.getInteger("lstmworkbench.vector.min", 32);
    /** Below this |x| tanh comes from its Taylor series: 1 - exp(-2|x|) would lose digits there. */
    private static final double TANH_SERIES_LIMIT = 0.03;

    private ElementKernels() {
    }

    /**
     * tanh from {@link Math#exp} ({@link Math#tanh} is a slow native call in JDK 17). Relative error
     * a few ulps: the series below 0.03 keeps small inputs exact where {@code (1 - e) / (1 + e)}
     * would cancel.
     */
    static double tanh(double x) {
        double ax = Math.abs(x);
        if (ax < TANH_SERIES_LIMIT) {
            double x2 = x * x;
            // x - x^3/3 + 2x^5/15 - 17x^7/315 + 62x^9/2835; the next term is below 1e-18 relative
            return x * (1 + x2 * (-1.0 / 3 + x2 * (2.0 / 15 + x2 * (-17.0 / 315 + x2 * (62.0 / 2835)))));
        }
        double e = Math.exp(-2 * ax);
        return Math.copySign((1 - e) / (1 + e), x);
    }

    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    /** Applies the cell activation in place on {@code v[from, to)}. */
    static void cell(CellActivation a, double[] v, int from, int to) {
        if (VECTOR && to - from >= VECTOR_MIN_LENGTH && (a == CellActivation.TANH || a == CellActivation.SIGMOID)) {
            if (a == CellActivation.TANH) {
                VectorKernels.tanh(v, from, to);
            } else {
                VectorKernels.sigmoid(v, from, to);
            }
            return;
        }
        switch (a) {
            case TANH -> {
                for (int i = from; i < to; i++) {
                    v[i] = tanh(v[i]);
                }
            }
            case SIGMOID -> {
                for (int i = from; i < to; i++) {
                    v[i] = sigmoid(v[i]);
                }
            }
            case SOFTSIGN -> {
                for (int i = from; i < to; i++) {
                    v[i] = v[i] / (1 + Math.abs(v[i]));
                }
            }
            case RELU -> {
                for (int i = from; i < to; i++) {
                    v[i] = Math.max(0, v[i]);
                }
            }
        }
    }

    /** Applies the gate activation in place on {@code v[from, to)}. */
    static void gate(GateActivation a, double[] v, int from, int to) {
        if (VECTOR && to - from >= VECTOR_MIN_LENGTH) {
            if (a == GateActivation.SIGMOID) {
                VectorKernels.sigmoid(v, from, to);
            } else {
                VectorKernels.hardSigmoid(v, from, to);
            }
            return;
        }
        if (a == GateActivation.SIGMOID) {
            for (int i = from; i < to; i++) {
                v[i] = sigmoid(v[i]);
            }
        } else {
            for (int i = from; i < to; i++) {
                v[i] = Math.min(1.0, Math.max(0.0, HARD_SLOPE * v[i] + HARD_OFFSET));
            }
        }
    }

    /** The cell activation's derivative at the input whose output is {@code y}. */
    static double cellDerivative(CellActivation a, double y) {
        return switch (a) {
            case TANH -> 1 - y * y;
            case SIGMOID -> y * (1 - y);
            case SOFTSIGN -> (1 - Math.abs(y)) * (1 - Math.abs(y));
            case RELU -> y > 0 ? 1 : 0;
        };
    }

    /** The cell activation's derivative at input 0 (a masked step's zeroed cell state). */
    static double cellDerivativeAtZero(CellActivation a) {
        return switch (a) {
            case TANH, SOFTSIGN -> 1;
            case SIGMOID -> 0.25;
            case RELU -> 0;
        };
    }

    /** The gate activation's derivative at the input whose output is {@code y}. */
    static double gateDerivative(GateActivation a, double y) {
        if (a == GateActivation.SIGMOID) {
            return y * (1 - y);
        }
        return y > 0 && y < 1 ? HARD_SLOPE : 0;
    }

    /** The cell activation of one value. */
    static double cellScalar(CellActivation a, double x) {
        return switch (a) {
            case TANH -> tanh(x);
            case SIGMOID -> sigmoid(x);
            case SOFTSIGN -> x / (1 + Math.abs(x));
            case RELU -> Math.max(0, x);
        };
    }
}
