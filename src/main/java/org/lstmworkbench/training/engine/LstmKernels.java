package org.lstmworkbench.training.engine;

import org.lstmworkbench.model.CellActivation;
import org.lstmworkbench.model.GateActivation;

/**
 * One time step of DL4J's LSTM ({@code LSTMHelpers}, no peepholes) for all examples of a
 * minibatch, on Java arrays. Gate blocks of a pre-activation column of 4H follow DL4J's order
 * {@code [z, f, o, i]}: cell input {@code a = act(z)}, forget {@code f}, output {@code o} and input
 * gate {@code i} through the gate activation; {@code c = f c(t-1) + i a}, {@code h = o act(c)}.
 * With a feature mask DL4J multiplies h and c of each step by the mask (so a masked step hands
 * zeros on) in the forward pass, while its backward pass ignores the mask; both are kept here.
 *
 * <p>Layouts: gates {@code g[4H * b + k]}, states {@code [H * b + j]} for example b.
 */
final class LstmKernels {

    private LstmKernels() {
    }

    /**
     * Forward step: adds the bias to the pre-activations {@code g} (input and recurrent products
     * already in), activates them in place and computes c, act(c) and h.
     *
     * @param cPrev    the previous cell state, or null at the first step (zeros)
     * @param mask     the feature mask {@code [b + mb * t]} or null
     * @param maskOff  index of this step's first example in {@code mask}
     */
    static void forward(double[] g, double[] params, int biasOff, double[] cPrev, double[] c, double[] ca,
                        double[] h, int hidden, int mb, double[] mask, int maskOff,
                        CellActivation cell, GateActivation gate) {
        int w = 4 * hidden;
        for (int b = 0; b < mb; b++) {
            int o = w * b;
            for (int k = 0; k < w; k++) {
                g[o + k] += params[biasOff + k];
            }
            ElementKernels.cell(cell, g, o, o + hidden);
            ElementKernels.gate(gate, g, o + hidden, o + w);
            int s = hidden * b;
            for (int j = 0; j < hidden; j++) {
                double cp = cPrev == null ? 0.0 : cPrev[s + j];
                c[s + j] = cp * g[o + hidden + j] + g[o + 3 * hidden + j] * g[o + j];
            }
            System.arraycopy(c, s, ca, s, hidden);
            ElementKernels.cell(cell, ca, s, s + hidden);
            for (int j = 0; j < hidden; j++) {
                h[s + j] = ca[s + j] * g[o + 2 * hidden + j];
            }
            if (mask != null && mask[maskOff + b] != 1.0) {
                double m = mask[maskOff + b];
                for (int j = 0; j < hidden; j++) {
                    h[s + j] *= m;
                    c[s + j] *= m;
                }
            }
        }
    }

    /**
     * Backward step: from dL/dh at this step ({@code dh}: the output's gradient plus the recurrent
     * product of the next step's deltas) and the next step's cell gradient, the gate deltas
     * {@code dz} (pre-activation gradients, DL4J's {@code deltaifog}) and this step's cell gradient.
     *
     * @param g         this step's activated gates
     * @param gNext     the next step's activated gates, or null at the last step
     * @param ca        act(c) before masking
     * @param c         the cell state as carried on (masked)
     * @param cPrev     the previous cell state, or null at the first step
     * @param dcNext    the next step's cell gradient, or null at the last step
     * @param dc        receives this step's cell gradient
     */
    static void backward(double[] g, double[] gNext, double[] ca, double[] c, double[] cPrev, double[] dh,
                         double[] dcNext, double[] dc, double[] dz, int hidden, int mb, double[] mask, int maskOff,
                         CellActivation cell, GateActivation gate) {
        int w = 4 * hidden;
        for (int b = 0; b < mb; b++) {
            int o = w * b;
            int s = hidden * b;
            double m = mask == null ? 1.0 : mask[maskOff + b];
            for (int j = 0; j < hidden; j++) {
                double nablaOut = dh[s + j];
                double a = g[o + j];
                double og = g[o + 2 * hidden + j];
                double ig = g[o + 3 * hidden + j];
                double dAct = m == 1.0 ? ElementKernels.cellDerivative(cell, ca[s + j])
                        : m == 0.0 ? ElementKernels.cellDerivativeAtZero(cell)
                        : ElementKernels.cellDerivative(cell, ElementKernels.cellScalar(cell, c[s + j]));
                double nablaCell = dAct * (og * nablaOut);
                if (dcNext != null) {
                    nablaCell += gNext[o + hidden + j] * dcNext[s + j];
                }
                dc[s + j] = nablaCell;
                dz[o + 2 * hidden + j] = nablaOut * ca[s + j] * ElementKernels.gateDerivative(gate, og);
                dz[o + hidden + j] = cPrev == null ? 0.0
                        : ElementKernels.gateDerivative(gate, g[o + hidden + j]) * nablaCell * cPrev[s + j];
                dz[o + 3 * hidden + j] = ElementKernels.gateDerivative(gate, ig) * a * nablaCell;
                dz[o + j] = ElementKernels.cellDerivative(cell, a) * (ig * nablaCell);
            }
        }
    }
}
