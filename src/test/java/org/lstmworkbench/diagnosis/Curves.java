package org.lstmworkbench.diagnosis;

import java.util.Random;
import java.util.function.IntToDoubleFunction;

/** Literal learning curves built from simple formulas; epoch t runs 1..n. */
final class Curves {

    static final int N = 60;

    private Curves() {
    }

    static double[] curve(int n, IntToDoubleFunction f) {
        double[] c = new double[n];
        for (int t = 1; t <= n; t++) {
            c[t - 1] = f.applyAsDouble(t);
        }
        return c;
    }

    static double[] decay(int n, double floor, double tau) {
        return curve(n, t -> floor + Math.exp(-t / tau));
    }

    /** Settles early: both curves fall with tau 5 epochs to floors 0.10 and 0.12. */
    static CurveInput goodFit() {
        return CurveInput.of(decay(N, 0.10, 5), decay(N, 0.12, 5));
    }

    /** Still falling at the end: tau 30 epochs over 60 epochs. */
    static CurveInput stillImproving() {
        return CurveInput.of(decay(N, 0.10, 30), decay(N, 0.12, 30));
    }

    /** Falls a little, then flat at 0.6 of a start near 0.8. */
    static CurveInput capacity() {
        return CurveInput.of(curve(N, t -> 0.6 + 0.4 * Math.exp(-t / 3.0)), curve(N, t -> 0.62 + 0.4 * Math.exp(-t / 3.0)));
    }

    /**
     * Training keeps falling; validation = 0.2 + e^(-t/5) + 0.002 (t-20)^2 after epoch 20. By hand:
     * t=20 0.2183, t=21 0.2170, t=22 0.2203, so the minimum is epoch 21.
     */
    static CurveInput overfit() {
        return CurveInput.of(decay(N, 0.05, 5),
                curve(N, t -> 0.2 + Math.exp(-t / 5.0) + (t > 20 ? 0.002 * (t - 20) * (t - 20) : 0)));
    }

    /** Flat from the start at ln 2 with a tiny deterministic ripple. */
    static CurveInput notLearning() {
        return CurveInput.of(curve(N, t -> Math.log(2) + 0.001 * Math.sin(t)), curve(N, t -> Math.log(2) + 0.001 * Math.cos(t)));
    }

    /** Training rises from the first epoch. */
    static CurveInput divergedRising() {
        return CurveInput.of(curve(N, t -> 0.5 + 0.01 * t), curve(N, t -> 0.6 + 0.012 * t));
    }

    /** Training rises while validation falls. */
    static CurveInput trainRisesValFalls() {
        return CurveInput.of(curve(N, t -> 0.5 + 0.01 * t), decay(N, 0.2, 10));
    }

    /** Validation at about half of training for the whole run. */
    static CurveInput valBelowTrain() {
        return CurveInput.of(decay(N, 0.3, 5), curve(N, t -> 0.15 + 0.5 * Math.exp(-t / 5.0)));
    }

    static double[] scaled(double[] c, double factor) {
        if (c == null) {
            return null;
        }
        double[] s = c.clone();
        for (int i = 0; i < s.length; i++) {
            s[i] *= factor;
        }
        return s;
    }

    /** Multiplies each value by (1 + sd * N(0,1)) from a seeded generator. */
    static double[] noisy(double[] c, double sd, Random random) {
        double[] s = c.clone();
        for (int i = 0; i < s.length; i++) {
            s[i] *= 1 + sd * random.nextGaussian();
        }
        return s;
    }
}
