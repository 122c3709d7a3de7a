package org.lstmworkbench.training.engine;

import java.util.SplittableRandom;

/**
 * DL4J's inverted dropout on a layer's input ({@code Dropout} with retain probability p): each
 * element independently is kept and scaled by 1/p with probability p, else set to 0; the backward
 * pass multiplies the gradient by the same mask. DL4J draws its masks from ND4J's random stream;
 * the engine draws them from a {@link SplittableRandom} seeded from the run's seed, so runs with
 * dropout are reproducible per seed and follow the same distribution, but are not equal to
 * DL4J's {@code fit}.
 */
final class InputDropout {

    private InputDropout() {
    }

    /** Fills {@code mask[0, n)} with 1/p (kept) or 0 (dropped). */
    static void draw(SplittableRandom random, double retain, double[] mask, int n) {
        double scale = 1.0 / retain;
        for (int i = 0; i < n; i++) {
            mask[i] = random.nextDouble() < retain ? scale : 0.0;
        }
    }

    /** {@code out = in * mask} on the first n elements. */
    static void apply(NativeBuffer in, double[] mask, NativeBuffer out, int n) {
        for (int i = 0; i < n; i++) {
            out.put(i, in.get(i) * mask[i]);
        }
    }

    /** {@code buf *= mask} on the first n elements. */
    static void scale(NativeBuffer buf, double[] mask, int n) {
        for (int i = 0; i < n; i++) {
            buf.put(i, buf.get(i) * mask[i]);
        }
    }
}
