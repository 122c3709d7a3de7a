package org.lstmworkbench.training.engine;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/**
 * One DL4J {@link DataSet} converted once into the engine's layout: features NCW
 * {@code [mb, nIn, T]} become a column-major {@code [nIn, mb * T]} off-heap matrix whose column
 * {@code b + mb * t} is example b at step t (so one matrix product covers every step, and a step's
 * examples are adjacent columns); 2-D labels {@code [mb, nOut]} become {@code [nOut, mb]}; the
 * optional feature mask {@code [mb, T]} gives each example's last unmasked step, which DL4J's
 * {@code LastTimeStep} reads. Close it to free the native memory at once (otherwise the garbage
 * collector does).
 */
public final class EngineBatch implements AutoCloseable {

    private final int examples;
    private final int features;
    private final int steps;
    private final int outputs;
    private final NativeBuffer x;
    private final double[] labels;
    private final double[] mask;
    private final int[] last;
    private NativeFloats xFloat;

    private EngineBatch(int examples, int features, int steps, int outputs, NativeBuffer x, double[] labels,
                        double[] mask, int[] last) {
        this.examples = examples;
        this.features = features;
        this.steps = steps;
        this.outputs = outputs;
        this.x = x;
        this.labels = labels;
        this.mask = mask;
        this.last = last;
    }

    /**
     * Converts features, 2-D labels and the feature mask (if any) of {@code ds}.
     *
     * @throws IllegalArgumentException when features are not 3-D, labels not 2-D, or an example has
     *     no unmasked step
     */
    public static EngineBatch of(DataSet ds) {
        INDArray f = ds.getFeatures();
        INDArray l = ds.getLabels();
        if (f.rank() != 3 || l.rank() != 2) {
            throw new IllegalArgumentException("the engine needs 3-D features [mb, nIn, T] and 2-D labels [mb, nOut], got "
                    + java.util.Arrays.toString(f.shape()) + " and " + java.util.Arrays.toString(l.shape()));
        }
        int mb = (int) f.size(0);
        int nIn = (int) f.size(1);
        int steps = (int) f.size(2);
        int nOut = (int) l.size(1);
        double[] fx = f.dup('c').data().asDouble();
        NativeBuffer x = new NativeBuffer(nIn * mb * steps);
        for (int b = 0; b < mb; b++) {
            for (int i = 0; i < nIn; i++) {
                for (int t = 0; t < steps; t++) {
                    x.put(i + nIn * (b + mb * t), fx[(b * nIn + i) * steps + t]);
                }
            }
        }
        double[][] lx = l.toDoubleMatrix();
        double[] labels = new double[nOut * mb];
        for (int b = 0; b < mb; b++) {
            System.arraycopy(lx[b], 0, labels, nOut * b, nOut);
        }
        int[] last = new int[mb];
        double[] mask = null;
        INDArray m = ds.getFeaturesMaskArray();
        if (m == null) {
            java.util.Arrays.fill(last, steps - 1);
        } else {
            double[][] mx = m.toDoubleMatrix();
            mask = new double[mb * steps];
            for (int b = 0; b < mb; b++) {
                last[b] = -1;
                for (int t = 0; t < steps; t++) {
                    mask[b + mb * t] = mx[b][t];
                    if (mx[b][t] != 0) {
                        last[b] = t;
                    }
                }
                if (last[b] < 0) {
                    throw new IllegalArgumentException("example " + b + " has no unmasked time step");
                }
            }
        }
        return new EngineBatch(mb, nIn, steps, nOut, x, labels, mask, last);
    }

    /** Examples {@code [from, from + n)} as a batch of their own (a copy; close it). */
    EngineBatch slice(int from, int n) {
        NativeBuffer part = new NativeBuffer(features * n * steps);
        double[] column = new double[features * n];
        for (int t = 0; t < steps; t++) {
            x.get(features * (from + examples * t), column, 0, features * n);
            part.put(features * n * t, column, 0, features * n);
        }
        double[] partLabels = java.util.Arrays.copyOfRange(labels, outputs * from, outputs * (from + n));
        double[] partMask = null;
        if (mask != null) {
            partMask = new double[n * steps];
            for (int t = 0; t < steps; t++) {
                System.arraycopy(mask, from + examples * t, partMask, n * t, n);
            }
        }
        return new EngineBatch(n, features, steps, outputs, part, partLabels, partMask,
                java.util.Arrays.copyOfRange(last, from, from + n));
    }

    /** Number of examples (the minibatch size). */
    public int examples() {
        return examples;
    }

    /** Input features per step. */
    public int features() {
        return features;
    }

    /** Time steps (the padded length when masked). */
    public int steps() {
        return steps;
    }

    /** Label columns. */
    public int outputs() {
        return outputs;
    }

    /** Whether a feature mask came with the data. */
    public boolean masked() {
        return mask != null;
    }

    NativeBuffer x() {
        return x;
    }

    /** The features rounded to float, same layout as {@link #x()}: made on first use, freed by {@link #close}. */
    NativeFloats xFloat() {
        if (xFloat == null) {
            int n = x.length();
            float[] f = new float[n];
            for (int i = 0; i < n; i++) {
                f[i] = (float) x.get(i);
            }
            xFloat = new NativeFloats(n);
            xFloat.put(0, f, 0, n);
        }
        return xFloat;
    }

    /** Labels, column-major {@code [nOut, mb]}. */
    double[] labels() {
        return labels;
    }

    /** Mask value of example b at step t (1 without a mask). */
    double mask(int b, int t) {
        return mask == null ? 1.0 : mask[b + examples * t];
    }

    /** The feature mask as {@code [b + mb * t]}, or null. */
    double[] maskArray() {
        return mask;
    }

    /** Each example's last unmasked step. */
    int[] lastSteps() {
        return last;
    }

    @Override
    public void close() {
        x.close();
        if (xFloat != null) {
            xFloat.close();
        }
    }
}
