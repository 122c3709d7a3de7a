package org.lstmworkbench.training.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The activations of {@link ElementKernels} on JDK 17's incubating Vector API: the same formulas
 * (tanh from exp with its series near 0, sigmoid {@code 1 / (1 + exp(-x))}, DL4J's hard sigmoid)
 * a whole register of doubles at a time, the tail of each range by the scalar code. The vector
 * exp may differ from {@link Math#exp} in the last bit, so results equal the scalar path to a
 * few ulps, not bit for bit.
 *
 * <p>Only loaded when the {@code jdk.incubator.vector} module is in the boot layer (the JVM option
 * {@code --add-modules jdk.incubator.vector}); see {@link ElementKernels#VECTOR}.
 */
final class VectorKernels {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final double SERIES_LIMIT = 0.03;

    private VectorKernels() {
    }

    /** Doubles per vector register on this machine. */
    static int lanes() {
        return S.length();
    }

    /** tanh in place on {@code v[from, to)}. */
    static void tanh(double[] v, int from, int to) {
        int i = from;
        for (int end = from + S.loopBound(to - from); i < end; i += S.length()) {
            DoubleVector x = DoubleVector.fromArray(S, v, i);
            DoubleVector ax = x.abs();
            DoubleVector e = ax.mul(-2.0).lanewise(VectorOperators.EXP);
            DoubleVector t = e.neg().add(1.0).div(e.add(1.0));
            t = t.blend(t.neg(), x.compare(VectorOperators.LT, 0.0));
            VectorMask<Double> small = ax.compare(VectorOperators.LT, SERIES_LIMIT);
            if (small.anyTrue()) {
                DoubleVector x2 = x.mul(x);
                // the series of ElementKernels.tanh, Horner's scheme from the innermost term
                DoubleVector p = x2.mul(62.0 / 2835).add(-17.0 / 315).mul(x2).add(2.0 / 15).mul(x2)
                        .add(-1.0 / 3).mul(x2).add(1.0).mul(x);
                t = t.blend(p, small);
            }
            t.intoArray(v, i);
        }
        for (; i < to; i++) {
            v[i] = ElementKernels.tanh(v[i]);
        }
    }

    /** Sigmoid in place on {@code v[from, to)}. */
    static void sigmoid(double[] v, int from, int to) {
        int i = from;
        for (int end = from + S.loopBound(to - from); i < end; i += S.length()) {
            DoubleVector x = DoubleVector.fromArray(S, v, i);
            DoubleVector e = x.neg().lanewise(VectorOperators.EXP);
            DoubleVector.broadcast(S, 1.0).div(e.add(1.0)).intoArray(v, i);
        }
        for (; i < to; i++) {
            v[i] = ElementKernels.sigmoid(v[i]);
        }
    }

    /** DL4J's hard sigmoid in place on {@code v[from, to)}. */
    static void hardSigmoid(double[] v, int from, int to) {
        int i = from;
        for (int end = from + S.loopBound(to - from); i < end; i += S.length()) {
            DoubleVector x = DoubleVector.fromArray(S, v, i);
            x.mul(ElementKernels.HARD_SLOPE).add(ElementKernels.HARD_OFFSET).max(0.0).min(1.0).intoArray(v, i);
        }
        for (; i < to; i++) {
            v[i] = Math.min(1.0, Math.max(0.0, ElementKernels.HARD_SLOPE * v[i] + ElementKernels.HARD_OFFSET));
        }
    }
}
