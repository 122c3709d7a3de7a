package org.lstmworkbench.training.engine;

import java.util.SplittableRandom;
import org.lstmworkbench.model.CellActivation;
import org.lstmworkbench.model.GateActivation;

/**
 * DL4J's {@code Bidirectional} layer in CONCAT mode over two LSTM passes: the forward direction
 * reads the input as it is (parameters {@code fW, fRW, fb}), the backward direction reads it
 * reversed in time with the mask reversed likewise ({@code bW, bRW, bb}); the output at step t
 * is the forward h at t above the backward h computed at reversed step {@code T-1-t}. The input
 * gradient is the forward one plus the backward one reversed back. With input dropout each
 * direction draws its own mask (DL4J's two wrapped layers each carry the dropout; whether its
 * masks are drawn per direction too is not checked by a test).
 *
 * <p>The mask handling mirrors the unidirectional layer's, but the engine refuses masked batches
 * for bidirectional networks ({@link LstmEngine#whyNot(org.lstmworkbench.model.ModelConfig,
 * org.lstmworkbench.model.NetworkShape, boolean)}): DL4J M2.1's {@code BidirectionalLayer} leaves
 * its forward LSTM without the mask in training (its outputs at padded steps are not zero), so
 * stacked bidirectional layers see other inputs than masks imply.
 */
final class BidirectionalPass implements LayerPass {

    private final int nIn;
    private final int hidden;
    private final boolean needsInputGradient;
    private final LstmLayerPass fwd;
    private final LstmLayerPass bwd;
    private int columns;
    private int batch;
    private NativeBuffer reversedInput;
    private NativeBuffer out;
    private NativeBuffer epsF;
    private NativeBuffer epsB;
    private NativeBuffer inputGradient;
    private double[] a;
    private double[] b2;
    private double[] wide;
    private double[] wideInput;
    private double[] wideInputOther;
    private double[] reversedMask;
    private double[] epsTopF;
    private double[] epsTopB;
    private int[] lastReversed;

    BidirectionalPass(int nIn, int hidden, ParamLayout layout, int layer, CellActivation cell, GateActivation gate,
                      double retain, boolean needsInputGradient) {
        this.nIn = nIn;
        this.hidden = hidden;
        this.needsInputGradient = needsInputGradient;
        fwd = new LstmLayerPass(nIn, hidden, layout, layer, "f", cell, gate, retain, needsInputGradient);
        bwd = new LstmLayerPass(nIn, hidden, layout, layer, "b", cell, gate, retain, needsInputGradient);
    }

    @Override
    public int width() {
        return 2 * hidden;
    }

    @Override
    public NativeBuffer output() {
        return out;
    }

    @Override
    public NativeBuffer inputGradient() {
        return inputGradient;
    }

    @Override
    public void forward(NativeBuffer input, int mb, int steps, double[] mask, NativeBuffer paramBuf, double[] params,
                        SplittableRandom random, boolean training) {
        ensure(mb, steps);
        reverse(input, nIn, mb, steps, reversedInput);
        double[] revMask = null;
        if (mask != null) {
            for (int t = 0; t < steps; t++) {
                System.arraycopy(mask, mb * (steps - 1 - t), reversedMask, mb * t, mb);
            }
            revMask = reversedMask;
        }
        fwd.forward(input, mb, steps, mask, paramBuf, params, random, training);
        bwd.forward(reversedInput, mb, steps, revMask, paramBuf, params, random, training);
        int n = hidden * mb;
        for (int t = 0; t < steps; t++) {
            fwd.output().get(n * t, a, 0, n);
            bwd.output().get(n * (steps - 1 - t), b2, 0, n);
            for (int b = 0; b < mb; b++) {
                System.arraycopy(a, hidden * b, wide, 2 * hidden * b, hidden);
                System.arraycopy(b2, hidden * b, wide, 2 * hidden * b + hidden, hidden);
            }
            out.put(2 * n * t, wide, 0, 2 * n);
        }
    }

    @Override
    public void backward(int mb, int steps, double[] mask, NativeBuffer epsAbove, double[] epsTop, int[] last,
                         NativeBuffer paramBuf, NativeBuffer gradBuf, double[] grad) {
        double[] revMask = mask == null ? null : reversedMask;
        for (int b = 0; b < mb; b++) {
            lastReversed[b] = steps - 1 - last[b];
        }
        if (epsAbove != null) {
            int n = hidden * mb;
            for (int t = 0; t < steps; t++) {
                epsAbove.get(2 * n * t, wide, 0, 2 * n);
                for (int b = 0; b < mb; b++) {
                    System.arraycopy(wide, 2 * hidden * b, a, hidden * b, hidden);
                    System.arraycopy(wide, 2 * hidden * b + hidden, b2, hidden * b, hidden);
                }
                epsF.put(n * t, a, 0, n);
                epsB.put(n * (steps - 1 - t), b2, 0, n);
            }
            fwd.backward(mb, steps, mask, epsF, null, last, paramBuf, gradBuf, grad);
            bwd.backward(mb, steps, revMask, epsB, null, lastReversed, paramBuf, gradBuf, grad);
        } else {
            for (int b = 0; b < mb; b++) {
                System.arraycopy(epsTop, 2 * hidden * b, epsTopF, hidden * b, hidden);
                System.arraycopy(epsTop, 2 * hidden * b + hidden, epsTopB, hidden * b, hidden);
            }
            fwd.backward(mb, steps, mask, null, epsTopF, last, paramBuf, gradBuf, grad);
            bwd.backward(mb, steps, revMask, null, epsTopB, lastReversed, paramBuf, gradBuf, grad);
        }
        if (needsInputGradient) {
            int n = nIn * mb;
            for (int t = 0; t < steps; t++) {
                fwd.inputGradient().get(n * t, wideInput, 0, n);
                bwd.inputGradient().get(n * (steps - 1 - t), wideInputOther, 0, n);
                for (int i = 0; i < n; i++) {
                    wideInput[i] += wideInputOther[i];
                }
                inputGradient.put(n * t, wideInput, 0, n);
            }
        }
    }

    /** {@code dst} column (b, t) = {@code src} column (b, T-1-t), for {@code rows} rows. */
    private void reverse(NativeBuffer src, int rows, int mb, int steps, NativeBuffer dst) {
        int n = rows * mb;
        for (int t = 0; t < steps; t++) {
            src.get(n * t, wideInput, 0, n);
            dst.put(n * (steps - 1 - t), wideInput, 0, n);
        }
    }

    private void ensure(int mb, int steps) {
        if (mb * steps <= columns && mb <= batch) {
            return;
        }
        closeOwn();
        columns = Math.max(columns, mb * steps);
        batch = Math.max(batch, mb);
        reversedInput = new NativeBuffer(nIn * columns);
        out = new NativeBuffer(2 * hidden * columns);
        epsF = new NativeBuffer(hidden * columns);
        epsB = new NativeBuffer(hidden * columns);
        inputGradient = needsInputGradient ? new NativeBuffer(nIn * columns) : null;
        a = new double[hidden * batch];
        b2 = new double[hidden * batch];
        wide = new double[2 * hidden * batch];
        wideInput = new double[nIn * batch];
        wideInputOther = new double[nIn * batch];
        reversedMask = new double[columns];
        epsTopF = new double[hidden * batch];
        epsTopB = new double[hidden * batch];
        lastReversed = new int[batch];
    }

    private void closeOwn() {
        for (NativeBuffer buf : new NativeBuffer[] {reversedInput, out, epsF, epsB, inputGradient}) {
            if (buf != null) {
                buf.close();
            }
        }
    }

    @Override
    public void close() {
        closeOwn();
        fwd.close();
        bwd.close();
    }
}
