package org.lstmworkbench.training.engine;

import java.util.List;

/**
 * {@link ForwardPass} in float, for {@link FloatLstmEngine}: chunks of examples step by step through
 * all layers keeping only each layer's current h and c, then the output layer (in double) on each
 * example's last unmasked step.
 */
final class FloatInference implements AutoCloseable {

    static final int CHUNK = ForwardPass.CHUNK;

    private final List<LstmEngine.LayerSpec> layers;
    private final int[] wOff;
    private final int[] rwOff;
    private final int[] bOff;
    private final NativeFloats[] gates;
    private final NativeFloats[] states;
    private final float[][] c;
    private final float[][] cOther;
    private final float[][] g;
    private final float[] ca;
    private final float[] h;
    private final double[] hl;

    FloatInference(List<LstmEngine.LayerSpec> layers, ParamLayout layout) {
        this.layers = layers;
        int n = layers.size();
        wOff = new int[n];
        rwOff = new int[n];
        bOff = new int[n];
        gates = new NativeFloats[n];
        states = new NativeFloats[n];
        c = new float[n][];
        cOther = new float[n][];
        g = new float[n][];
        int widest = 1;
        for (int l = 0; l < n; l++) {
            int hidden = layers.get(l).hidden();
            widest = Math.max(widest, hidden);
            wOff[l] = layout.block(l, "W").offset();
            rwOff[l] = layout.block(l, "RW").offset();
            bOff[l] = layout.block(l, "b").offset();
            gates[l] = new NativeFloats(4 * hidden * CHUNK);
            states[l] = new NativeFloats(hidden * CHUNK);
            c[l] = new float[hidden * CHUNK];
            cOther[l] = new float[hidden * CHUNK];
            g[l] = new float[4 * hidden * CHUNK];
        }
        ca = new float[widest * CHUNK];
        h = new float[widest * CHUNK];
        hl = new double[layers.get(n - 1).hidden() * CHUNK];
    }

    /**
     * Runs examples {@code [from, from + n)} of {@code batch} (n at most {@link #CHUNK}) and writes
     * their outputs to {@code y [nOut * b + k]}; {@code fparams} and {@code paramBuf} hold the
     * float parameters, {@code params} the double ones the output layer reads.
     */
    void run(EngineBatch batch, int from, int n, NativeFloats paramBuf, float[] fparams, double[] params,
             OutputHead head, double[] y) {
        int mb = batch.examples();
        int top = layers.size() - 1;
        int[] last = batch.lastSteps();
        NativeFloats x = batch.xFloat();
        for (int t = 0; t < batch.steps(); t++) {
            for (int l = 0; l <= top; l++) {
                LstmEngine.LayerSpec spec = layers.get(l);
                int hidden = spec.hidden();
                int w = 4 * hidden;
                int nIn = spec.nIn();
                if (l == 0) {
                    NativeFloats.gemm(true, false, w, n, nIn, paramBuf, wOff[l], nIn, x,
                            (long) nIn * (from + (long) mb * t), nIn, 0f, gates[l], 0, w);
                } else {
                    NativeFloats.gemm(true, false, w, n, nIn, paramBuf, wOff[l], nIn, states[l - 1], 0, nIn, 0f,
                            gates[l], 0, w);
                }
                if (t > 0) {
                    NativeFloats.gemm(true, false, w, n, hidden, paramBuf, rwOff[l], hidden, states[l], 0, hidden,
                            1f, gates[l], 0, w);
                }
                gates[l].get(0, g[l], 0, w * n);
                FloatKernels.forward(g[l], fparams, bOff[l], t > 0 ? cOther[l] : null, c[l], ca, h, hidden, n,
                        batch.maskArray(), from + mb * t, spec.cell(), spec.gate());
                states[l].put(0, h, 0, hidden * n);
                float[] swap = c[l];
                c[l] = cOther[l];
                cOther[l] = swap;
                if (l == top) {
                    for (int b = 0; b < n; b++) {
                        if (last[from + b] == t) {
                            for (int j = 0; j < hidden; j++) {
                                hl[hidden * b + j] = h[hidden * b + j];
                            }
                        }
                    }
                }
            }
        }
        head.forward(params, hl, n, y);
    }

    @Override
    public void close() {
        for (int l = 0; l < layers.size(); l++) {
            gates[l].close();
            states[l].close();
        }
    }
}
