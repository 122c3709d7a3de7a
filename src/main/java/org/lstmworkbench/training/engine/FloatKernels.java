package org.lstmworkbench.training.engine;

import org.lstmworkbench.model.CellActivation;
import org.lstmworkbench.model.GateActivation;

/**
 * The element-wise work of the float engine ({@link FloatLstmEngine}): DL4J's activations and one
 * LSTM time step on {@code float[]}, the same formulas and layouts as {@link ElementKernels} and
 * {@link LstmKernels} (see them for the gate order, the masks and the derivatives), computed in
 * single precision as DL4J's network in {@code DataType.FLOAT} computes them. The activations of
 * ranges of at least {@link ElementKernels#VECTOR_MIN_LENGTH} go to {@link FloatVectorKernels} when
 * the Vector API is available; scalar ones round the double formula once (0.5 ulp).
 */
final class FloatKernels {

    static final float HARD_SLOPE = 0.2f;
    static final float HARD_OFFSET = 0.5f;

    private FloatKernels() {
    }

    static float tanh(float x) {
        return (float) ElementKernels.tanh(x);
    }

    static float sigmoid(float x) {
        return (float) (1.0 / (1.0 + Math.exp(-x)));
    }

    static float hardSigmoid(float x) {
        return Math.min(1f, Math.max(0f, HARD_SLOPE * x + HARD_OFFSET));
    }

    /** The cell activation of one value. */
    static float cellScalar(CellActivation a, float x) {
        return switch (a) {
            case TANH -> tanh(x);
            case SIGMOID -> sigmoid(x);
            case SOFTSIGN -> x / (1 + Math.abs(x));
            case RELU -> Math.max(0f, x);
        };
    }

    /** Applies the cell activation in place on {@code v[from, to)}. */
    static void cell(CellActivation a, float[] v, int from, int to) {
        boolean vector = ElementKernels.VECTOR && to - from >= ElementKernels.VECTOR_MIN_LENGTH;
        if (vector && a == CellActivation.TANH) {
            FloatVectorKernels.tanh(v, from, to);
        } else if (vector && a == CellActivation.SIGMOID) {
            FloatVectorKernels.sigmoid(v, from, to);
        } else {
            for (int i = from; i < to; i++) {
                v[i] = cellScalar(a, v[i]);
            }
        }
    }

    /** Applies the gate activation in place on {@code v[from, to)}. */
    static void gate(GateActivation a, float[] v, int from, int to) {
        if (ElementKernels.VECTOR && to - from >= ElementKernels.VECTOR_MIN_LENGTH) {
            if (a == GateActivation.SIGMOID) {
                FloatVectorKernels.sigmoid(v, from, to);
            } else {
                FloatVectorKernels.hardSigmoid(v, from, to);
            }
        } else if (a == GateActivation.SIGMOID) {
            for (int i = from; i < to; i++) {
                v[i] = sigmoid(v[i]);
            }
        } else {
            for (int i = from; i < to; i++) {
                v[i] = hardSigmoid(v[i]);
            }
        }
    }

    static float cellDerivative(CellActivation a, float y) {
        return switch (a) {
            case TANH -> 1 - y * y;
            case SIGMOID -> y * (1 - y);
            case SOFTSIGN -> (1 - Math.abs(y)) * (1 - Math.abs(y));
            case RELU -> y > 0 ? 1f : 0f;
        };
    }

    static float cellDerivativeAtZero(CellActivation a) {
        return (float) ElementKernels.cellDerivativeAtZero(a);
    }

    static float gateDerivative(GateActivation a, float y) {
        if (a == GateActivation.SIGMOID) {
            return y * (1 - y);
        }
        return y > 0 && y < 1 ? HARD_SLOPE : 0f;
    }

    /** {@link LstmKernels#forward} in float; {@code mask} stays double (0/1 values, exact in float). */
    static void forward(float[] g, float[] params, int biasOff, float[] cPrev, float[] c, float[] ca,
                        float[] h, int hidden, int mb, double[] mask, int maskOff,
                        CellActivation cell, GateActivation gate) {
        int w = 4 * hidden;
        for (int b = 0; b < mb; b++) {
            int o = w * b;
            for (int k = 0; k < w; k++) {
                g[o + k] += params[biasOff + k];
            }
            cell(cell, g, o, o + hidden);
            gate(gate, g, o + hidden, o + w);
            int s = hidden * b;
            for (int j = 0; j < hidden; j++) {
                float cp = cPrev == null ? 0f : cPrev[s + j];
                c[s + j] = cp * g[o + hidden + j] + g[o + 3 * hidden + j] * g[o + j];
            }
            System.arraycopy(c, s, ca, s, hidden);
            cell(cell, ca, s, s + hidden);
            for (int j = 0; j < hidden; j++) {
                h[s + j] = ca[s + j] * g[o + 2 * hidden + j];
            }
            if (mask != null && mask[maskOff + b] != 1.0) {
                float m = (float) mask[maskOff + b];
                for (int j = 0; j < hidden; j++) {
                    h[s + j] *= m;
                    c[s + j] *= m;
                }
            }
        }
    }

    /** {@link LstmKernels#backward} in float. */
    static void backward(float[] g, float[] gNext, float[] ca, float[] c, float[] cPrev, float[] dh,
                         float[] dcNext, float[] dc, float[] dz, int hidden, int mb, double[] mask, int maskOff,
                         CellActivation cell, GateActivation gate) {
        int w = 4 * hidden;
        for (int b = 0; b < mb; b++) {
            int o = w * b;
            int s = hidden * b;
            double m = mask == null ? 1.0 : mask[maskOff + b];
            for (int j = 0; j < hidden; j++) {
                float nablaOut = dh[s + j];
                float a = g[o + j];
                float og = g[o + 2 * hidden + j];
                float ig = g[o + 3 * hidden + j];
                float dAct = m == 1.0 ? cellDerivative(cell, ca[s + j])
                        : m == 0.0 ? cellDerivativeAtZero(cell)
                        : cellDerivative(cell, cellScalar(cell, c[s + j]));
                float nablaCell = dAct * (og * nablaOut);
                if (dcNext != null) {
                    nablaCell += gNext[o + hidden + j] * dcNext[s + j];
                }
                dc[s + j] = nablaCell;
                dz[o + 2 * hidden + j] = nablaOut * ca[s + j] * gateDerivative(gate, og);
                dz[o + hidden + j] = cPrev == null ? 0f
                        : gateDerivative(gate, g[o + hidden + j]) * nablaCell * cPrev[s + j];
                dz[o + 3 * hidden + j] = gateDerivative(gate, ig) * a * nablaCell;
                dz[o + j] = cellDerivative(cell, a) * (ig * nablaCell);
            }
        }
    }
}
