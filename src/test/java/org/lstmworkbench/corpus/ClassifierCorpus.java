package org.lstmworkbench.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;
import org.lstmworkbench.diagnosis.AccuracyCurves;
import org.lstmworkbench.diagnosis.CurveInput;
import org.lstmworkbench.diagnosis.FitLabel;
import org.lstmworkbench.diagnosis.UnderfitKind;

/**
 * Synthetic classifier curves (loss and accuracy with the number of classes): each clean shape at
 * two lengths (60 and 200 epochs; time constants scale with the length) and four noise levels
 * (none, and 1%, 3%, 5%: multiplicative Gaussian noise on the losses, additive Gaussian noise of
 * half that size on the accuracies, clamped to [0, 1]), two seeds each. The label is the one the
 * shape was built to show. Kept apart from {@link SyntheticCorpus}, whose counts and floors
 * describe the loss-only labeller.
 */
final class ClassifierCorpus {

    static final int[] LENGTHS = {60, 200};
    static final double[] NOISE = {0.01, 0.03, 0.05, 0.10};
    static final int SEEDS = 5;

    private ClassifierCorpus() {
    }

    record Shape(String name, FitLabel label, UnderfitKind kind, IntFunction<CurveInput> make) {
    }

    private static double[] curve(int n, java.util.function.IntToDoubleFunction f) {
        return SyntheticCorpus.curve(n, f);
    }

    static List<Shape> shapes() {
        double ln2 = Math.log(2);
        double ln6 = Math.log(6);
        List<Shape> s = new ArrayList<>();
        s.add(new Shape("six classes learnt and settled", FitLabel.GOOD_FIT, null, n -> CurveInput.of(
                curve(n, t -> 0.30 + 1.5 * Math.exp(-t * 12.0 / n)), curve(n, t -> 0.35 + 1.5 * Math.exp(-t * 12.0 / n)))
                .withAccuracy(AccuracyCurves.of(curve(n, t -> 0.92 - 0.75 * Math.exp(-t * 12.0 / n)),
                        curve(n, t -> 0.88 - 0.71 * Math.exp(-t * 12.0 / n)), 6))));
        s.add(new Shape("validation accuracy still rising", FitLabel.UNDERFIT, UnderfitKind.STILL_IMPROVING,
                n -> CurveInput.of(curve(n, t -> 0.30 + Math.exp(-t * 12.0 / n)),
                        curve(n, t -> 0.35 + Math.exp(-t * 12.0 / n)))
                        .withAccuracy(AccuracyCurves.of(curve(n, t -> 0.45 + 0.48 * (t - 1.0) / (n - 1)),
                                curve(n, t -> 0.41 + 0.46 * (t - 1.0) / (n - 1)), 6))));
        s.add(new Shape("loss and accuracy still improving", FitLabel.UNDERFIT, UnderfitKind.STILL_IMPROVING,
                n -> CurveInput.of(curve(n, t -> 0.2 + 1.6 * Math.exp(-t * 2.0 / n)),
                        curve(n, t -> 0.25 + 1.6 * Math.exp(-t * 2.0 / n)))
                        .withAccuracy(AccuracyCurves.of(curve(n, t -> 0.95 - 0.78 * Math.exp(-t * 2.0 / n)),
                                curve(n, t -> 0.92 - 0.75 * Math.exp(-t * 2.0 / n)), 6))));
        s.add(new Shape("stuck at ln 2", FitLabel.NOT_LEARNING, null, n -> CurveInput.of(
                curve(n, t -> ln2 + 0.2 * Math.exp(-t * 20.0 / n)), curve(n, t -> ln2 + 0.2 * Math.exp(-t * 20.0 / n)))
                .withAccuracy(AccuracyCurves.of(curve(n, t -> 0.5), curve(n, t -> 0.5), 2))));
        s.add(new Shape("stuck at ln 6", FitLabel.NOT_LEARNING, null, n -> CurveInput.of(
                curve(n, t -> ln6 + 0.3 * Math.exp(-t * 20.0 / n)), curve(n, t -> ln6 + 0.3 * Math.exp(-t * 20.0 / n)))
                .withAccuracy(AccuracyCurves.of(curve(n, t -> 1 / 6.0), curve(n, t -> 1 / 6.0), 6))));
        s.add(new Shape("validation loss rises, accuracy steady", FitLabel.OVERFIT, null, n -> CurveInput.of(
                curve(n, t -> 0.05 + 0.65 * Math.exp(-t * 12.0 / n)), curve(n, t -> 0.2 + 0.5 * Math.exp(-t * 12.0 / n)
                        + (t > n / 3.0 ? 0.002 * Math.pow((t - n / 3.0) * 60.0 / n, 2) : 0)))
                .withAccuracy(AccuracyCurves.of(curve(n, t -> 0.99 - 0.49 * Math.exp(-t * 12.0 / n)),
                        curve(n, t -> 0.86 - 0.36 * Math.exp(-t * 12.0 / n)), 2))));
        s.add(new Shape("accuracy at the majority share", FitLabel.UNDERFIT, UnderfitKind.CAPACITY, n -> {
            double prior = -(0.7 * Math.log(0.7) + 0.3 * Math.log(0.3));
            return CurveInput.of(curve(n, t -> prior + 0.3 * Math.exp(-t * 20.0 / n)),
                    curve(n, t -> prior + 0.01 + 0.3 * Math.exp(-t * 20.0 / n)))
                    .withAccuracy(AccuracyCurves.of(curve(n, t -> 0.7), curve(n, t -> 0.7), 2).withMajorityShare(0.7));
        }));
        s.add(new Shape("validation accuracy above training", FitLabel.DATA_MISMATCH, null, n -> CurveInput.of(
                curve(n, t -> 0.30 + Math.exp(-t * 12.0 / n)), curve(n, t -> 0.29 + Math.exp(-t * 12.0 / n)))
                .withAccuracy(AccuracyCurves.of(curve(n, t -> 0.80 - 0.3 * Math.exp(-t * 12.0 / n)),
                        curve(n, t -> 0.88 - 0.3 * Math.exp(-t * 12.0 / n)), 3))));
        return s;
    }

    static List<CorpusEntry> build() {
        List<CorpusEntry> out = new ArrayList<>();
        long seed = 1001;
        for (Shape shape : shapes()) {
            for (int n : LENGTHS) {
                CurveInput clean = shape.make().apply(n);
                out.add(entry(shape, n, 0, 0, clean));
                for (double noise : NOISE) {
                    for (int k = 0; k < SEEDS; k++) {
                        out.add(entry(shape, n, noise, k, noisy(clean, noise, new Random(seed++))));
                    }
                }
            }
        }
        return out;
    }

    private static CorpusEntry entry(Shape s, int n, double noise, int k, CurveInput in) {
        String name = String.format(Locale.ROOT, "%s n=%d noise=%.2f #%d", s.name(), n, noise, k);
        return new CorpusEntry(name, false, in, s.label(), s.kind());
    }

    private static CurveInput noisy(CurveInput in, double noise, Random random) {
        CurveInput losses = SyntheticCorpus.transform(in, 1, noise, random);
        AccuracyCurves acc = in.accuracy().orElseThrow();
        return losses.withAccuracy(new AccuracyCurves(jitter(acc.train(), noise / 2, random),
                jitter(acc.val(), noise / 2, random), acc.classes(), acc.majorityShare()));
    }

    private static double[] jitter(double[] a, double sd, Random random) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = Math.max(0, Math.min(1, a[i] + sd * random.nextGaussian()));
        }
        return out;
    }
}
