package org.lstmworkbench.experiment;

import java.nio.charset.StandardCharsets;

/**
 * Derives each run's seed from the base seed, the point and the repeat index, so that any run
 * can be re-run alone ({@code train --seed S} with the point's settings) and gives the same
 * curve, whatever thread or order the sweep used. The point enters by its index and its values,
 * mixed with SplitMix64's finaliser, so neighbouring points and repeats get unrelated seeds.
 */
public final class RunSeeds {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private RunSeeds() {
    }

    /** The seed of repeat {@code repeat} (0-based) of {@code point} in a sweep with {@code baseSeed}. */
    public static long derive(long baseSeed, SweepPoint point, int repeat) {
        long h = mix(baseSeed);
        h = mix(h ^ (point.index() + 1) * GOLDEN);
        h = mix(h ^ fnv(point.describe()));
        h = mix(h ^ (repeat + 1L) * GOLDEN);
        // Positive and below 2^53, so the seed survives any JSON or spreadsheet round trip.
        return h >>> 11;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
