package org.lstmworkbench.training.engine;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The activations of {@link ElementKernels} on JDK 17's incubating Vector API: the same formulas
 * (tanh from exp with its series near 0, sigmoid {@code 1 / (1 + exp(-x))}, DL4J's hard sigmoid)
 * a whole register of doubles at a time, the tail of each range by the scalar code.
 *
 * <p>The exponential is computed here from additions, multiplications and bit operations only
 * ({@link #exp}), not with {@code VectorOperators.EXP}: that operator runs Intel's SVML routine
 * once C2 compiles the loop and a per-lane {@code Math.exp} before, which differ in the last bit,
 * so a run's results would depend on when the JIT got there (measured: a classifier's validation
 * accuracy moved between 68 and 70 of 72 from run to run). IEEE arithmetic gives the same bits
 * interpreted or compiled, so runs stay reproducible per seed. Results equal the scalar path to
 * a few ulps, not bit for bit.
 *
 * <p>Only loaded when the {@code jdk.incubator.vector} module is in the boot layer (the JVM option
 * {@code --add-modules jdk.incubator.vector}); see {@link ElementKernels#VECTOR}.
 */
final class VectorKernels {

    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final double SERIES_LIMIT = 0.03;
    /** exp's argument is clamped to this range: 2^k stays a normal double (the activations only need exp(x) ~ 0 or huge there). */
    static final double EXP_MIN = -708;
    static final double EXP_MAX = 709;
    private static final double INV_LN2 = 1.4426950408889634;
    /** ln 2 split so that k * LN2_HI is exact for |k| < 2^11 (Cody and Waite). */
    private static final double LN2_HI = 0.6931471803691238;
    private static final double LN2_LO = 1.9082149292705877e-10;
    /** 1.5 * 2^52: adding and subtracting it rounds a double below 2^51 to the nearest integer. */
    private static final double ROUNDER = 6755399441055744.0;
    /** Taylor coefficients 1/n! for n = 13 down to 2: the error on |r| <= ln2/2 is below 1e-17. */
    private static final double[] TAYLOR = taylor(13);

    private VectorKernels() {
    }

    private static double[] taylor(int degree) {
        double[] c = new double[degree - 1];
        double f = 1;
        for (int n = 2; n <= degree; n++) {
            f *= n;
            c[degree - n] = 1 / f;
        }
        return c;
    }

    /**
     * e^x lane by lane: x = k ln2 + r with k the nearest integer to x / ln2, e^r from its Taylor
     * series, then 2^k put into the exponent bits. Within 2 ulps of {@link Math#exp} on
     * [{@link #EXP_MIN}, {@link #EXP_MAX}]; NaN stays NaN.
     */
    static DoubleVector exp(DoubleVector x) {
        DoubleVector c = x.max(EXP_MIN).min(EXP_MAX);
        DoubleVector k = c.mul(INV_LN2).add(ROUNDER).sub(ROUNDER);
        DoubleVector r = c.sub(k.mul(LN2_HI)).sub(k.mul(LN2_LO));
        DoubleVector p = DoubleVector.broadcast(S, TAYLOR[0]);
        for (int i = 1; i < TAYLOR.length; i++) {
            p = p.mul(r).add(TAYLOR[i]);
        }
        p = p.mul(r).add(1.0).mul(r).add(1.0);
        DoubleVector scale = ((jdk.incubator.vector.LongVector) k.convert(VectorOperators.D2L, 0))
                .add(1023L).lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
        return p.mul(scale);
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
            DoubleVector e = exp(ax.mul(-2.0));
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
            DoubleVector e = exp(x.neg());
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
