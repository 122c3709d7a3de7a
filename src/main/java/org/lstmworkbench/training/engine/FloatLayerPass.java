package org.lstmworkbench.training.engine;

import org.lstmworkbench.model.CellActivation;
import org.lstmworkbench.model.GateActivation;

/**
 * {@link LstmLayerPass} in single precision, for {@link FloatLstmEngine}: the same products
 * ({@code cblas_sgemm}) and the same step kernels ({@link FloatKernels}) on float buffers.
 * Unidirectional, without input dropout (the float engine refuses both, see
 * {@link FloatLstmEngine#whyNot}). Activations are column-major {@code [rows, mb * T]} with
 * column {@code b + mb * t}.
 */
final class FloatLayerPass implements AutoCloseable {

    private final int nIn;
    private final int hidden;
    private final int wOff;
    private final int rwOff;
    private final int bOff;
    private final CellActivation cell;
    private final GateActivation gate;
    private final boolean needsInputGradient;

    private int columns;
    private int batch;
    private NativeFloats gates;
    private NativeFloats cells;
    private NativeFloats cellActs;
    private NativeFloats out;
    private NativeFloats deltas;
    private NativeFloats inputGradient;
    private NativeFloats stepGradient;
    private float[] g;
    private float[] gOther;
    private float[] c;
    private float[] cOther;
    private float[] ca;
    private float[] h;
    private float[] dh;
    private float[] dc;
    private float[] dcOther;
    private float[] dz;
    private float[] eps;
    private float[] biasGrad;
    private NativeFloats usedInput;

    FloatLayerPass(LstmEngine.LayerSpec spec, ParamLayout layout, int layer) {
        this.nIn = spec.nIn();
        this.hidden = spec.hidden();
        this.wOff = layout.block(layer, "W").offset();
        this.rwOff = layout.block(layer, "RW").offset();
        this.bOff = layout.block(layer, "b").offset();
        this.cell = spec.cell();
        this.gate = spec.gate();
        this.needsInputGradient = layer > 0;
        this.biasGrad = new float[4 * hidden];
    }

    /** The layer's output h (masked steps zeroed), {@code [H, mb * T]}. */
    NativeFloats output() {
        return out;
    }

    /** dL/d(input) after {@link #backward}, {@code [nIn, mb * T]}. */
    NativeFloats inputGradient() {
        return inputGradient;
    }

    /** Forward over all steps of {@code input} ({@code [nIn, mb * T]}). */
    void forward(NativeFloats input, int mb, int steps, double[] mask, NativeFloats paramBuf, float[] params) {
        ensure(mb, steps);
        int cols = mb * steps;
        usedInput = input;
        int w = 4 * hidden;
        NativeFloats.gemm(true, false, w, cols, nIn, paramBuf, wOff, nIn, input, 0, nIn, 0f, gates, 0, w);
        float[] cPrev = null;
        for (int t = 0; t < steps; t++) {
            if (t > 0) {
                NativeFloats.gemm(true, false, w, mb, hidden, paramBuf, rwOff, hidden, out,
                        (long) hidden * mb * (t - 1), hidden, 1f, gates, (long) w * mb * t, w);
            }
            gates.get(w * mb * t, g, 0, w * mb);
            FloatKernels.forward(g, params, bOff, cPrev, c, ca, h, hidden, mb, mask, mb * t, cell, gate);
            gates.put(w * mb * t, g, 0, w * mb);
            cells.put(hidden * mb * t, c, 0, hidden * mb);
            cellActs.put(hidden * mb * t, ca, 0, hidden * mb);
            out.put(hidden * mb * t, h, 0, hidden * mb);
            float[] swap = c;
            c = cOther;
            cOther = swap;
            cPrev = cOther;
        }
    }

    /**
     * Backward through time after {@link #forward}; writes this layer's W, RW and b gradients
     * (summed in float, as DL4J's float network sums them) into {@code grad}.
     *
     * @param epsAbove dL/dh from the layer above {@code [H, mb * T]}, or null for the top layer
     * @param epsTop   for the top layer: dL/dh at each example's last step {@code [H * b + j]}
     * @param last     each example's last unmasked step
     */
    void backward(int mb, int steps, double[] mask, NativeFloats epsAbove, float[] epsTop, int[] last,
                  NativeFloats paramBuf, NativeFloats gradBuf, float[] grad) {
        int w = 4 * hidden;
        int n = hidden * mb;
        float[] gNext = null;
        float[] dcNext = null;
        java.util.Arrays.fill(biasGrad, 0f);
        for (int t = steps - 1; t >= 0; t--) {
            if (t < steps - 1) {
                NativeFloats.gemm(false, false, hidden, mb, w, paramBuf, rwOff, hidden, deltas,
                        (long) w * mb * (t + 1), w, 0f, stepGradient, 0, hidden);
                stepGradient.get(0, dh, 0, n);
            } else {
                java.util.Arrays.fill(dh, 0, n, 0f);
            }
            addEpsilon(t, mb, epsAbove, epsTop, last);
            gates.get(w * mb * t, g, 0, w * mb);
            cellActs.get(n * t, ca, 0, n);
            cells.get(n * t, c, 0, n);
            if (t > 0) {
                cells.get(n * (t - 1), cOther, 0, n);
            }
            FloatKernels.backward(g, gNext, ca, c, t > 0 ? cOther : null, dh, dcNext, dc, dz, hidden, mb,
                    mask, mb * t, cell, gate);
            deltas.put(w * mb * t, dz, 0, w * mb);
            for (int b = 0; b < mb; b++) {
                for (int k = 0; k < w; k++) {
                    biasGrad[k] += dz[w * b + k];
                }
            }
            float[] swap = gOther;
            gOther = g;
            g = swap;
            gNext = gOther;
            swap = dcOther;
            dcOther = dc;
            dc = swap;
            dcNext = dcOther;
        }
        System.arraycopy(biasGrad, 0, grad, bOff, w);
        int cols = mb * steps;
        NativeFloats.gemm(false, true, nIn, w, cols, usedInput, 0, nIn, deltas, 0, w, 0f, gradBuf, wOff, nIn);
        if (steps > 1) {
            NativeFloats.gemm(false, true, hidden, w, mb * (steps - 1), out, 0, hidden, deltas, (long) w * mb, w,
                    0f, gradBuf, rwOff, hidden);
        } else {
            gradBuf.clear(rwOff, hidden * w);
        }
        if (needsInputGradient) {
            NativeFloats.gemm(false, false, nIn, cols, w, paramBuf, wOff, nIn, deltas, 0, w, 0f,
                    inputGradient, 0, nIn);
        }
        gradBuf.get(wOff, grad, wOff, nIn * w);
        gradBuf.get(rwOff, grad, rwOff, hidden * w);
    }

    private void addEpsilon(int t, int mb, NativeFloats epsAbove, float[] epsTop, int[] last) {
        if (epsAbove != null) {
            epsAbove.get(hidden * mb * t, eps, 0, hidden * mb);
            for (int i = 0; i < hidden * mb; i++) {
                dh[i] += eps[i];
            }
            return;
        }
        for (int b = 0; b < mb; b++) {
            if (last[b] == t) {
                for (int j = 0; j < hidden; j++) {
                    dh[hidden * b + j] += epsTop[hidden * b + j];
                }
            }
        }
    }

    private void ensure(int mb, int steps) {
        if (mb * steps <= columns && mb <= batch) {
            return;
        }
        close();
        columns = Math.max(columns, mb * steps);
        batch = Math.max(batch, mb);
        int w = 4 * hidden;
        gates = new NativeFloats(w * columns);
        cells = new NativeFloats(hidden * columns);
        cellActs = new NativeFloats(hidden * columns);
        out = new NativeFloats(hidden * columns);
        deltas = new NativeFloats(w * columns);
        stepGradient = new NativeFloats(hidden * batch);
        inputGradient = needsInputGradient ? new NativeFloats(nIn * columns) : null;
        g = new float[w * batch];
        gOther = new float[w * batch];
        dz = new float[w * batch];
        c = new float[hidden * batch];
        cOther = new float[hidden * batch];
        ca = new float[hidden * batch];
        h = new float[hidden * batch];
        dh = new float[hidden * batch];
        dc = new float[hidden * batch];
        dcOther = new float[hidden * batch];
        eps = new float[hidden * batch];
    }

    @Override
    public void close() {
        if (gates == null) {
            return;
        }
        for (NativeFloats buf : new NativeFloats[] {gates, cells, cellActs, out, deltas, stepGradient, inputGradient}) {
            if (buf != null) {
                buf.close();
            }
        }
    }
}
