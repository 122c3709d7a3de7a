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
    private static final long ROUNDER_BITS = Double.doubleToRawLongBits(ROUNDER);
    /** Taylor coefficients 1/n! for n = 2..13: the error on |r| <= ln2/2 is below 1e-17. */
    private static final double T2 = 1.0 / 2;
    private static final double T3 = T2 / 3;
    private static final double T4 = T3 / 4;
    private static final double T5 = T4 / 5;
    private static final double T6 = T5 / 6;
    private static final double T7 = T6 / 7;
    private static final double T8 = T7 / 8;
    private static final double T9 = T8 / 9;
    private static final double T10 = T9 / 10;
    private static final double T11 = T10 / 11;
    private static final double T12 = T11 / 12;
    private static final double T13 = T12 / 13;

    private VectorKernels() {
    }

    /**
     * e^x lane by lane: x = k ln2 + r with k the nearest integer to x / ln2, e^r from its Taylor
     * series, then 2^k put into the exponent bits. Within 2 ulps of {@link Math#exp} on
     * [{@link #EXP_MIN}, {@link #EXP_MAX}]; NaN stays NaN.
     */
    static DoubleVector exp(DoubleVector x) {
        DoubleVector c = x.max(EXP_MIN).min(EXP_MAX);
        // t's low mantissa bits hold k = round(c / ln2): ROUNDER's bits plus k
        DoubleVector t = c.mul(INV_LN2).add(ROUNDER);
        DoubleVector k = t.sub(ROUNDER);
        DoubleVector r = c.sub(k.mul(LN2_HI)).sub(k.mul(LN2_LO));
        DoubleVector p = r.mul(T13).add(T12).mul(r).add(T11).mul(r).add(T10).mul(r).add(T9).mul(r).add(T8)
                .mul(r).add(T7).mul(r).add(T6).mul(r).add(T5).mul(r).add(T4).mul(r).add(T3).mul(r).add(T2)
                .mul(r).add(1.0).mul(r).add(1.0);
        // 2^k from k's bits put into the exponent field (no double-to-long conversion, which C2
        // does not compile to one instruction on every CPU)
        DoubleVector scale = t.reinterpretAsLongs().sub(ROUNDER_BITS).add(1023L)
                .lanewise(VectorOperators.LSHL, 52).reinterpretAsDoubles();
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
