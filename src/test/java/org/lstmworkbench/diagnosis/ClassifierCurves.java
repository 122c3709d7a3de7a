package org.lstmworkbench.diagnosis;

import static org.lstmworkbench.diagnosis.Curves.N;
import static org.lstmworkbench.diagnosis.Curves.curve;

/** Literal learning curves of classifiers (loss and accuracy); epoch t runs 1..60. */
final class ClassifierCurves {

    private ClassifierCurves() {
    }

    /**
     * Stuck at chance for K classes: loss starts 0.2 above ln K (so it improves by more than the
     * flat-loss rule's 5%) and settles at ln K; accuracy wiggles around 1/K.
     */
    static CurveInput stuckAtChance(int k) {
        double lnK = Math.log(k);
        double[] train = curve(N, t -> lnK + 0.2 * Math.exp(-t / 3.0) + 0.002 * Math.sin(t));
        double[] val = curve(N, t -> lnK + 0.2 * Math.exp(-t / 3.0) + 0.002 * Math.cos(t));
        double[] trainAcc = curve(N, t -> 1.0 / k + 0.003 * Math.sin(0.7 * t));
        double[] valAcc = curve(N, t -> 1.0 / k + 0.003 * Math.cos(0.7 * t));
        return CurveInput.of(train, val).withAccuracy(AccuracyCurves.of(trainAcc, valAcc, k));
    }

    /**
     * Losses of {@link Curves#overfit()} (validation minimum at epoch 21, then a quadratic rise)
     * while validation accuracy still creeps up by 0.001 per epoch.
     */
    static CurveInput overfitWhileAccuracyRises() {
        CurveInput losses = Curves.overfit();
        double[] trainAcc = curve(N, t -> 0.99 - 0.5 * Math.exp(-t / 5.0));
        double[] valAcc = curve(N, t -> 0.84 - 0.4 * Math.exp(-t / 8.0) + 0.001 * t);
        return losses.withAccuracy(AccuracyCurves.of(trainAcc, valAcc, 2));
    }

    /** Losses that settled early (a good fit by the losses alone). */
    static CurveInput settledLosses() {
        return CurveInput.of(Curves.decay(N, 0.30, 5), Curves.decay(N, 0.35, 5));
    }

    /**
     * Settled losses while validation accuracy rises linearly from 0.41 to 0.87 (training 0.45
     * to 0.93) to the last epoch.
     */
    static CurveInput accuracyStillRising() {
        double[] trainAcc = curve(N, t -> 0.45 + 0.48 * (t - 1) / (N - 1.0));
        double[] valAcc = curve(N, t -> 0.41 + 0.46 * (t - 1) / (N - 1.0));
        return settledLosses().withAccuracy(AccuracyCurves.of(trainAcc, valAcc, 6));
    }

    /**
     * Two classes, 70% in the larger one: the loss falls from 0.81 to the entropy of the class
     * shares (0.61, 12% below ln 2) and both accuracies stay at the majority share 0.70.
     */
    static CurveInput plateauAtMajorityShare() {
        double prior = -(0.7 * Math.log(0.7) + 0.3 * Math.log(0.3));
        double[] train = curve(N, t -> prior + 0.3 * Math.exp(-t / 3.0));
        double[] val = curve(N, t -> prior + 0.01 + 0.3 * Math.exp(-t / 3.0));
        double[] trainAcc = curve(N, t -> 0.70 + 0.003 * Math.sin(t));
        double[] valAcc = curve(N, t -> 0.70 + 0.003 * Math.cos(t));
        return CurveInput.of(train, val)
                .withAccuracy(AccuracyCurves.of(trainAcc, valAcc, 2).withMajorityShare(0.7));
    }

    /**
     * Settled losses within 10% of each other (no loss mismatch) while validation error is 0.12
     * against training's 0.20 on every epoch.
     */
    static CurveInput valAccuracyAboveTrain() {
        double[] trainAcc = curve(N, t -> 0.80 - 0.3 * Math.exp(-t / 5.0));
        double[] valAcc = curve(N, t -> 0.88 - 0.3 * Math.exp(-t / 5.0));
        return CurveInput.of(Curves.decay(N, 0.30, 5), Curves.decay(N, 0.29, 5))
                .withAccuracy(AccuracyCurves.of(trainAcc, valAcc, 3));
    }
}
