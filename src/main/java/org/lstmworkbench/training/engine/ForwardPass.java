package org.lstmworkbench.training.engine;

import java.util.List;

/**
 * Inference over a whole set: chunks of examples, step by step through all layers, keeping only
 * each layer's current h and c (no per-step activations), then the output layer on each
 * example's last unmasked step. No dropout (DL4J's {@code output} does not train).
 */
final class ForwardPass implements AutoCloseable {

    /** Examples per chunk: bounds memory to {@code 4 H * CHUNK} doubles per layer. */
    static final int CHUNK = 256;

    private final List<LstmEngine.LayerSpec> layers;
    private final int[] wOff;
    private final int[] rwOff;
    private final int[] bOff;
    private final NativeBuffer[] gates;
    private final NativeBuffer[] states;
    private final double[][] c;
    private final double[][] cOther;
    private final double[][] g;
    private final double[] ca;
    private final double[] h;
    private final double[] hl;
    private boolean roundsMaskedLastStep;

    /** @param roundsMaskedLastStep see {@link LstmEngine#roundsMaskedLastStep()} */
    ForwardPass(List<LstmEngine.LayerSpec> layers, ParamLayout layout, boolean roundsMaskedLastStep) {
        this.layers = layers;
        this.roundsMaskedLastStep = roundsMaskedLastStep;
        int n = layers.size();
        wOff = new int[n];
        rwOff = new int[n];
        bOff = new int[n];
        gates = new NativeBuffer[n];
        states = new NativeBuffer[n];
        c = new double[n][];
        cOther = new double[n][];
        g = new double[n][];
        int widest = 1;
        for (int l = 0; l < n; l++) {
            int hidden = layers.get(l).hidden();
            widest = Math.max(widest, hidden);
            wOff[l] = layout.block(l, "W").offset();
            rwOff[l] = layout.block(l, "RW").offset();
            bOff[l] = layout.block(l, "b").offset();
            gates[l] = new NativeBuffer(4 * hidden * CHUNK);
            states[l] = new NativeBuffer(hidden * CHUNK);
            c[l] = new double[hidden * CHUNK];
            cOther[l] = new double[hidden * CHUNK];
            g[l] = new double[4 * hidden * CHUNK];
        }
        ca = new double[widest * CHUNK];
        h = new double[widest * CHUNK];
        hl = new double[layers.get(n - 1).hidden() * CHUNK];
    }

    /**
     * Runs examples {@code [from, from + n)} of {@code batch} (n at most {@link #CHUNK}) and writes
     * their outputs to {@code y [nOut * b + k]}.
     */
    void run(EngineBatch batch, int from, int n, NativeBuffer paramBuf, double[] params, OutputHead head,
             double[] y) {
        int mb = batch.examples();
        int steps = batch.steps();
        int top = layers.size() - 1;
        int[] last = batch.lastSteps();
        for (int t = 0; t < steps; t++) {
            for (int l = 0; l <= top; l++) {
                LstmEngine.LayerSpec spec = layers.get(l);
                int hidden = spec.hidden();
                int w = 4 * hidden;
                if (l == 0) {
                    NativeBuffer.gemm(true, false, w, n, spec.nIn(), paramBuf, wOff[l], spec.nIn(), batch.x(),
                            (long) spec.nIn() * (from + (long) mb * t), spec.nIn(), 0.0, gates[l], 0, w);
                } else {
                    NativeBuffer.gemm(true, false, w, n, spec.nIn(), paramBuf, wOff[l], spec.nIn(), states[l - 1],
                            0, spec.nIn(), 0.0, gates[l], 0, w);
                }
                if (t > 0) {
                    NativeBuffer.gemm(true, false, w, n, hidden, paramBuf, rwOff[l], hidden, states[l], 0, hidden,
                            1.0, gates[l], 0, w);
                }
                gates[l].get(0, g[l], 0, w * n);
                LstmKernels.forward(g[l], params, bOff[l], t > 0 ? cOther[l] : null, c[l], ca, h, hidden, n,
                        batch.maskArray(), from + mb * t, spec.cell(), spec.gate());
                states[l].put(0, h, 0, hidden * n);
                double[] swap = c[l];
                c[l] = cOther[l];
                cOther[l] = swap;
                if (l == top) {
                    for (int b = 0; b < n; b++) {
                        if (last[from + b] == t) {
                            System.arraycopy(h, hidden * b, hl, hidden * b, hidden);
                        }
                    }
                }
            }
        }
        if (batch.masked() && roundsMaskedLastStep) {
            LstmEngine.roundToFloat(hl, layers.get(top).hidden() * n);
        }
        head.forward(params, hl, n, y);
    }

    void keepMaskedLastStepInDouble() {
        roundsMaskedLastStep = false;
    }

    @Override
    public void close() {
        for (int l = 0; l < layers.size(); l++) {
            gates[l].close();
            states[l].close();
        }
    }
}
