package org.lstmworkbench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.OptionalDouble;
import java.util.function.IntFunction;
import java.util.function.IntToDoubleFunction;
import org.lstmworkbench.diagnosis.CurveInput;
import org.lstmworkbench.diagnosis.FitLabel;
import org.lstmworkbench.diagnosis.UnderfitKind;

/**
 * Synthetic families: each clean shape at two lengths (60 and 200 epochs; time constants scale
 * with the length), three scales (1e-6, 1, 1e3) and five noise levels (none, and 1%, 3%, 5%, 10%
 * multiplicative Gaussian noise on every epoch, two seeds each). The label is the one the
 * shape was built to show.
 */
final class SyntheticCorpus {

    static final int[] LENGTHS = {60, 200};
    static final double[] SCALES = {1e-6, 1, 1e3};
    static final double[] NOISE = {0.01, 0.03, 0.05, 0.10};
    static final int SEEDS = 2;

    private SyntheticCorpus() {
    }

    /** A clean shape of {@code n} epochs. */
    record Shape(String name, FitLabel label, UnderfitKind kind, IntFunction<CurveInput> make) {
    }

    static double[] curve(int n, IntToDoubleFunction f) {
        double[] c = new double[n];
        for (int t = 1; t <= n; t++) {
            c[t - 1] = f.applyAsDouble(t);
        }
        return c;
    }

    static List<Shape> shapes() {
        List<Shape> s = new ArrayList<>();
        s.add(new Shape("settles early", FitLabel.GOOD_FIT, null, n -> CurveInput.of(
                curve(n, t -> 0.10 + Math.exp(-t * 12.0 / n)), curve(n, t -> 0.12 + Math.exp(-t * 12.0 / n)))));
        s.add(new Shape("still falling", FitLabel.UNDERFIT, UnderfitKind.STILL_IMPROVING, n -> CurveInput.of(
                curve(n, t -> 0.10 + Math.exp(-t * 2.0 / n)), curve(n, t -> 0.12 + Math.exp(-t * 2.0 / n)))));
        s.add(new Shape("flat and high", FitLabel.UNDERFIT, UnderfitKind.CAPACITY, n -> CurveInput.of(
                curve(n, t -> 0.6 + 0.4 * Math.exp(-t * 20.0 / n)), curve(n, t -> 0.62 + 0.4 * Math.exp(-t * 20.0 / n)))));
        s.add(new Shape("no better than baseline", FitLabel.UNDERFIT, UnderfitKind.CAPACITY, n -> CurveInput.of(
                curve(n, t -> 0.10 + Math.exp(-t * 12.0 / n)), curve(n, t -> 0.12 + Math.exp(-t * 12.0 / n)))
                .withNaiveBaseline(0.115)));
        s.add(new Shape("minimum then rise", FitLabel.OVERFIT, null, n -> CurveInput.of(
                curve(n, t -> 0.05 + Math.exp(-t * 12.0 / n)), curve(n, t -> 0.2 + Math.exp(-t * 12.0 / n)
                        + (t > n / 3.0 ? 0.002 * Math.pow((t - n / 3.0) * 60.0 / n, 2) : 0)))));
        s.add(new Shape("flat at chance", FitLabel.NOT_LEARNING, null, n -> CurveInput.of(
                curve(n, t -> Math.log(2)), curve(n, t -> Math.log(2) * 1.02))));
        s.add(new Shape("training rises", FitLabel.DIVERGED, null, n -> CurveInput.of(
                curve(n, t -> 0.5 * Math.exp(t * 2.0 / n)), curve(n, t -> 0.6 * Math.exp(t * 2.0 / n)))));
        s.add(new Shape("NaN halfway", FitLabel.DIVERGED, null, n -> CurveInput.of(
                curve(n, t -> t > n / 2 ? Double.NaN : 0.10 + Math.exp(-t * 12.0 / n)),
                curve(n, t -> t > n / 2 ? Double.NaN : 0.12 + Math.exp(-t * 12.0 / n)))));
        s.add(new Shape("training up, validation down", FitLabel.DATA_MISMATCH, null, n -> CurveInput.of(
                curve(n, t -> 0.5 + 0.6 * t / n), curve(n, t -> 0.2 + Math.exp(-t * 6.0 / n)))));
        s.add(new Shape("validation half of training", FitLabel.DATA_MISMATCH, null, n -> CurveInput.of(
                curve(n, t -> 0.3 + Math.exp(-t * 12.0 / n)), curve(n, t -> 0.15 + 0.5 * Math.exp(-t * 12.0 / n)))));
        s.add(new Shape("six epochs", FitLabel.TOO_EARLY, null, n -> CurveInput.of(
                curve(6, t -> 0.10 + Math.exp(-t / 5.0)), curve(6, t -> 0.12 + Math.exp(-t / 5.0)))));
        return s;
    }

    static List<CorpusEntry> build() {
        List<CorpusEntry> out = new ArrayList<>();
        long seed = 1;
        for (Shape shape : shapes()) {
            for (int n : LENGTHS) {
                CurveInput clean = shape.make().apply(n);
                for (double scale : SCALES) {
                    out.add(entry(shape, n, scale, 0, 0, transform(clean, scale, 0, null)));
                    for (double noise : NOISE) {
                        for (int k = 0; k < SEEDS; k++) {
                            Random random = new Random(seed++);
                            out.add(entry(shape, n, scale, noise, k, transform(clean, scale, noise, random)));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static CorpusEntry entry(Shape s, int n, double scale, double noise, int k, CurveInput in) {
        String name = String.format(Locale.ROOT, "%s n=%d scale=%g noise=%.2f #%d", s.name(), n, scale, noise, k);
        return new CorpusEntry(name, false, in, s.label(), s.kind());
    }

    /** Scales every loss (and the baseline) and multiplies each epoch by 1 + noise * N(0, 1). */
    static CurveInput transform(CurveInput in, double scale, double noise, Random random) {
        double[] train = apply(in.train(), scale, noise, random);
        double[] val = in.val() == null ? null : apply(in.val(), scale, noise, random);
        OptionalDouble baseline = in.naiveBaselineVal().isPresent()
                ? OptionalDouble.of(in.naiveBaselineVal().getAsDouble() * scale) : in.naiveBaselineVal();
        return new CurveInput(train, val, baseline, in.regularised(), in.expectedInitialLoss());
    }

    private static double[] apply(double[] c, double scale, double noise, Random random) {
        double[] out = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            out[i] = c[i] * scale * (noise == 0 ? 1 : 1 + noise * random.nextGaussian());
        }
        return out;
    }
}
