package org.lstmworkbench.training.engine;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The activations of {@link FloatKernels} on the Vector API, a register of floats (twice the
 * doubles of {@link VectorKernels}) at a time. The exponential is built from IEEE operations only,
 * as {@link VectorKernels#exp} is and for the same reason (the same bits interpreted or compiled):
 * {@code x = k ln2 + r}, e^r from its Taylor series to r^7 (error below 1e-8 relative on
 * {@code |r| <= ln2/2}, under float's 6e-8), 2^k put into the exponent bits.
 *
 * <p>tanh uses its series below {@link #SERIES_LIMIT}: there {@code (1 - e) / (1 + e)} would lose
 * {@code eps / 2|x|} relative to cancellation, which in float is many ulps; from 0.3 on it loses
 * at most about 2 ulps.
 */
final class FloatVectorKernels {

    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    /** Clamp of exp's argument: 2^k stays a normal float for k = round(x / ln2) in [-126, 127]. */
    private static final float EXP_MIN = -87f;
    private static final float EXP_MAX = 88f;
    private static final float INV_LN2 = 1.44269504f;
    /** ln 2 split so that k * LN2_HI is exact (Cody and Waite). */
    private static final float LN2_HI = 0.693359375f;
    private static final float LN2_LO = -2.12194440e-4f;
    /** 1.5 * 2^23: adding and subtracting it rounds a float below 2^22 to the nearest integer. */
    private static final float ROUNDER = 12582912f;
    private static final int ROUNDER_BITS = Float.floatToRawIntBits(ROUNDER);
    static final float SERIES_LIMIT = 0.3f;
    private static final float T2 = 1f / 2;
    private static final float T3 = 1f / 6;
    private static final float T4 = 1f / 24;
    private static final float T5 = 1f / 120;
    private static final float T6 = 1f / 720;
    private static final float T7 = 1f / 5040;

    private FloatVectorKernels() {
    }

    /** e^x lane by lane, within a few ulps of {@code (float) Math.exp(x)} on [-87, 88]. */
    static FloatVector exp(FloatVector x) {
        FloatVector c = x.max(EXP_MIN).min(EXP_MAX);
        FloatVector t = c.mul(INV_LN2).add(ROUNDER);
        FloatVector k = t.sub(ROUNDER);
        FloatVector r = c.sub(k.mul(LN2_HI)).sub(k.mul(LN2_LO));
        FloatVector p = r.mul(T7).add(T6).mul(r).add(T5).mul(r).add(T4).mul(r).add(T3).mul(r).add(T2)
                .mul(r).add(1f).mul(r).add(1f);
        FloatVector scale = t.reinterpretAsInts().sub(ROUNDER_BITS).add(127)
                .lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        return p.mul(scale);
    }

    /** tanh in place on {@code v[from, to)}. */
    static void tanh(float[] v, int from, int to) {
        int i = from;
        for (int end = from + S.loopBound(to - from); i < end; i += S.length()) {
            FloatVector x = FloatVector.fromArray(S, v, i);
            FloatVector ax = x.abs();
            FloatVector e = exp(ax.mul(-2f));
            FloatVector t = e.neg().add(1f).div(e.add(1f));
            t = t.blend(t.neg(), x.compare(VectorOperators.LT, 0f));
            VectorMask<Float> small = ax.compare(VectorOperators.LT, SERIES_LIMIT);
            if (small.anyTrue()) {
                FloatVector x2 = x.mul(x);
                // x - x^3/3 + 2x^5/15 - 17x^7/315 + 62x^9/2835: the next term is below 6e-8 relative at 0.3
                FloatVector p = x2.mul(62f / 2835).add(-17f / 315).mul(x2).add(2f / 15).mul(x2)
                        .add(-1f / 3).mul(x2).add(1f).mul(x);
                t = t.blend(p, small);
            }
            t.intoArray(v, i);
        }
        for (; i < to; i++) {
            v[i] = FloatKernels.tanh(v[i]);
        }
    }

    /** Sigmoid in place on {@code v[from, to)}. */
    static void sigmoid(float[] v, int from, int to) {
        int i = from;
        for (int end = from + S.loopBound(to - from); i < end; i += S.length()) {
            FloatVector x = FloatVector.fromArray(S, v, i);
            FloatVector.broadcast(S, 1f).div(exp(x.neg()).add(1f)).intoArray(v, i);
        }
        for (; i < to; i++) {
            v[i] = FloatKernels.sigmoid(v[i]);
        }
    }

    /** DL4J's hard sigmoid in place on {@code v[from, to)}. */
    static void hardSigmoid(float[] v, int from, int to) {
        int i = from;
        for (int end = from + S.loopBound(to - from); i < end; i += S.length()) {
            FloatVector x = FloatVector.fromArray(S, v, i);
            x.mul(FloatKernels.HARD_SLOPE).add(FloatKernels.HARD_OFFSET).max(0f).min(1f).intoArray(v, i);
        }
        for (; i < to; i++) {
            v[i] = FloatKernels.hardSigmoid(v[i]);
        }
    }
}
