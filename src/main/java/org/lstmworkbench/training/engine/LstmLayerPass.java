package org.lstmworkbench.training.engine;

import java.util.SplittableRandom;
import org.lstmworkbench.model.CellActivation;
import org.lstmworkbench.model.GateActivation;

/**
 * The training pass of one LSTM layer over a minibatch: forward over all steps keeping what the
 * backward pass needs, then backpropagation through time into the flat gradient. Matrix products:
 * one for the input of all steps, one per step for {@code h(t-1) RW} forward and {@code RW dZ}
 * backward, then one each for {@code dW}, {@code dRW} and (above the first layer) the gradient of
 * the layer's input. Buffers grow to the largest minibatch seen and are reused, so a pass
 * allocates nothing once warm.
 *
 * <p>Activations are column-major {@code [rows, mb * T]} with column {@code b + mb * t}.
 */
final class LstmLayerPass implements LayerPass {

    private final int nIn;
    private final int hidden;
    private final int wOff;
    private final int rwOff;
    private final int bOff;
    private final CellActivation cell;
    private final GateActivation gate;
    private final double retain;
    private final boolean needsInputGradient;

    private int columns;
    private int batch;
    private NativeBuffer gates;
    private NativeBuffer cells;
    private NativeBuffer cellActs;
    private NativeBuffer out;
    private NativeBuffer deltas;
    private NativeBuffer inputGradient;
    private NativeBuffer dropped;
    private NativeBuffer stepGradient;
    private double[] dropMask;
    private double[] g;
    private double[] gOther;
    private double[] c;
    private double[] cOther;
    private double[] ca;
    private double[] h;
    private double[] dh;
    private double[] dc;
    private double[] dcOther;
    private double[] dz;
    private double[] eps;
    private NativeBuffer usedInput;
    private boolean droppedThisPass;

    /**
     * @param retain             DL4J's dropout retain probability on this layer's input (1 = none)
     * @param needsInputGradient whether the layer below needs dL/d(input)
     */
    LstmLayerPass(int nIn, int hidden, ParamLayout layout, int layer, CellActivation cell, GateActivation gate,
                  double retain, boolean needsInputGradient) {
        this(nIn, hidden, layout, layer, "", cell, gate, retain, needsInputGradient);
    }

    /** @param prefix prefix of the parameter keys: "" for an LSTM, "f"/"b" for a bidirectional layer's directions */
    LstmLayerPass(int nIn, int hidden, ParamLayout layout, int layer, String prefix, CellActivation cell,
                  GateActivation gate, double retain, boolean needsInputGradient) {
        this.nIn = nIn;
        this.hidden = hidden;
        this.wOff = layout.block(layer, prefix + "W").offset();
        this.rwOff = layout.block(layer, prefix + "RW").offset();
        this.bOff = layout.block(layer, prefix + "b").offset();
        this.cell = cell;
        this.gate = gate;
        this.retain = retain;
        this.needsInputGradient = needsInputGradient;
    }

    @Override
    public int width() {
        return hidden;
    }

    /** The layer's output h (masked steps zeroed), {@code [H, mb * T]}. */
    @Override
    public NativeBuffer output() {
        return out;
    }

    /** dL/d(input) after {@link #backward}, {@code [nIn, mb * T]} (dropout mask applied). */
    @Override
    public NativeBuffer inputGradient() {
        return inputGradient;
    }

    /**
     * Forward over all steps of {@code input} ({@code [nIn, mb * T]}), drawing a fresh dropout
     * mask from {@code random} when this layer has dropout and {@code training}.
     */
    @Override
    public void forward(NativeBuffer input, int mb, int steps, double[] mask, NativeBuffer paramBuf, double[] params,
                        SplittableRandom random, boolean training) {
        ensure(mb, steps);
        int cols = mb * steps;
        usedInput = input;
        droppedThisPass = training && retain < 1.0;
        if (droppedThisPass) {
            InputDropout.draw(random, retain, dropMask, nIn * cols);
            InputDropout.apply(input, dropMask, dropped, nIn * cols);
            usedInput = dropped;
        }
        int w = 4 * hidden;
        NativeBuffer.gemm(true, false, w, cols, nIn, paramBuf, wOff, nIn, usedInput, 0, nIn, 0.0, gates, 0, w);
        double[] cPrev = null;
        for (int t = 0; t < steps; t++) {
            if (t > 0) {
                NativeBuffer.gemm(true, false, w, mb, hidden, paramBuf, rwOff, hidden, out,
                        (long) hidden * mb * (t - 1), hidden, 1.0, gates, (long) w * mb * t, w);
            }
            gates.get(w * mb * t, g, 0, w * mb);
            LstmKernels.forward(g, params, bOff, cPrev, c, ca, h, hidden, mb, mask, mb * t, cell, gate);
            gates.put(w * mb * t, g, 0, w * mb);
            cells.put(hidden * mb * t, c, 0, hidden * mb);
            cellActs.put(hidden * mb * t, ca, 0, hidden * mb);
            out.put(hidden * mb * t, h, 0, hidden * mb);
            double[] swap = c;
            c = cOther;
            cOther = swap;
            cPrev = cOther;
        }
    }

    /**
     * Backward through time after {@link #forward}; writes this layer's W, RW and b gradients.
     *
     * @param epsAbove dL/dh from the layer above {@code [H, mb * T]}, or null for the top layer
     * @param epsTop   for the top layer: dL/dh at each example's last step {@code [H * b + j]}
     * @param last     each example's last unmasked step (top layer)
     */
    @Override
    public void backward(int mb, int steps, double[] mask, NativeBuffer epsAbove, double[] epsTop, int[] last,
                         NativeBuffer paramBuf, NativeBuffer gradBuf, double[] grad) {
        int w = 4 * hidden;
        int n = hidden * mb;
        double[] gNext = null;
        double[] dcNext = null;
        for (int b = 0; b < w; b++) {
            grad[bOff + b] = 0.0;
        }
        for (int t = steps - 1; t >= 0; t--) {
            if (t < steps - 1) {
                NativeBuffer.gemm(false, false, hidden, mb, w, paramBuf, rwOff, hidden, deltas,
                        (long) w * mb * (t + 1), w, 0.0, stepGradient, 0, hidden);
                stepGradient.get(0, dh, 0, n);
            } else {
                java.util.Arrays.fill(dh, 0, n, 0.0);
            }
            addEpsilon(t, mb, epsAbove, epsTop, last);
            gates.get(w * mb * t, g, 0, w * mb);
            cellActs.get(n * t, ca, 0, n);
            cells.get(n * t, c, 0, n);
            if (t > 0) {
                cells.get(n * (t - 1), cOther, 0, n);
            }
            LstmKernels.backward(g, gNext, ca, c, t > 0 ? cOther : null, dh, dcNext, dc, dz, hidden, mb,
                    mask, mb * t, cell, gate);
            deltas.put(w * mb * t, dz, 0, w * mb);
            for (int k = 0; k < w; k++) {
                double s = 0.0;
                for (int b = 0; b < mb; b++) {
                    s += dz[w * b + k];
                }
                grad[bOff + k] += s;
            }
            double[] swap = gOther;
            gOther = g;
            g = swap;
            gNext = gOther;
            swap = dcOther;
            dcOther = dc;
            dc = swap;
            dcNext = dcOther;
        }
        int cols = mb * steps;
        NativeBuffer.gemm(false, true, nIn, w, cols, usedInput, 0, nIn, deltas, 0, w, 0.0, gradBuf, wOff, nIn);
        if (steps > 1) {
            NativeBuffer.gemm(false, true, hidden, w, mb * (steps - 1), out, 0, hidden, deltas, (long) w * mb, w,
                    0.0, gradBuf, rwOff, hidden);
        } else {
            gradBuf.clear(rwOff, hidden * w);
        }
        if (needsInputGradient) {
            NativeBuffer.gemm(false, false, nIn, cols, w, paramBuf, wOff, nIn, deltas, 0, w, 0.0,
                    inputGradient, 0, nIn);
            if (droppedThisPass) {
                InputDropout.scale(inputGradient, dropMask, nIn * cols);
            }
        }
        collect(gradBuf, grad);
    }

    /** Copies this layer's W and RW gradients from the native buffer into {@code grad}. */
    private void collect(NativeBuffer gradBuf, double[] grad) {
        gradBuf.get(wOff, grad, wOff, nIn * 4 * hidden);
        gradBuf.get(rwOff, grad, rwOff, hidden * 4 * hidden);
    }

    private void addEpsilon(int t, int mb, NativeBuffer epsAbove, double[] epsTop, int[] last) {
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
        gates = new NativeBuffer(w * columns);
        cells = new NativeBuffer(hidden * columns);
        cellActs = new NativeBuffer(hidden * columns);
        out = new NativeBuffer(hidden * columns);
        deltas = new NativeBuffer(w * columns);
        stepGradient = new NativeBuffer(hidden * batch);
        inputGradient = needsInputGradient ? new NativeBuffer(nIn * columns) : null;
        dropped = retain < 1.0 ? new NativeBuffer(nIn * columns) : null;
        dropMask = retain < 1.0 ? new double[nIn * columns] : null;
        g = new double[w * batch];
        gOther = new double[w * batch];
        dz = new double[w * batch];
        c = new double[hidden * batch];
        cOther = new double[hidden * batch];
        ca = new double[hidden * batch];
        h = new double[hidden * batch];
        dh = new double[hidden * batch];
        dc = new double[hidden * batch];
        dcOther = new double[hidden * batch];
        eps = new double[hidden * batch];
    }

    @Override
    public void close() {
        if (gates == null) {
            return;
        }
        for (NativeBuffer buf : new NativeBuffer[] {gates, cells, cellActs, out, deltas, stepGradient, inputGradient,
                dropped}) {
            if (buf != null) {
                buf.close();
            }
        }
    }
}
