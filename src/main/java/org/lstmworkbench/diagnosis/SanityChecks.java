package org.lstmworkbench.diagnosis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lstmworkbench.WorkbenchException;

/**
 * Checks before a long run (the seed's "before tuning" checklist): model size against data
 * size, and the first epoch's loss against the loss an untrained model should have.
 */
public final class SanityChecks {

    /**
     * Parameters per training sample above which memorising is likely. The seed's checklist:
     * "don't try to learn a million parameters from 10,000 samples" (a ratio of 100); warning
     * from 10 leaves room before that point.
     */
    public static final double PARAMS_PER_SAMPLE_WARN = 10;

    /** Above one parameter per sample the model can in principle fit every sample: worth a note. */
    public static final double PARAMS_PER_SAMPLE_NOTE = 1;

    /**
     * A first epoch ending 50% above the untrained loss means training started worse than
     * guessing: initialisation, output activation or target scaling is off.
     */
    public static final double INITIAL_LOSS_TOLERANCE = 0.5;

    /**
     * Share of its first-epoch loss a model must reach on a tiny training subset: a network that
     * can learn at all memorises a handful of samples, so ending above 5% of where it started
     * points to a bug (data pipeline, learning rate, a layer that does not pass gradients), not
     * to the problem's difficulty (Karpathy's "overfit a single batch" check).
     */
    public static final double TINY_SUBSET_MAX_SHARE = 0.05;

    /**
     * Lower end of the plausible first-epoch loss of a K-class softmax classifier, as a share of
     * ln K. One epoch of real learning rarely takes a loss below half of chance; far lower points
     * to a loss that is not the mean categorical cross-entropy (binary cross-entropy averaged over
     * K one-hot outputs scores 0.25 ln K untrained for K = 6) or to labels leaking into the inputs.
     */
    public static final double CHANCE_LOSS_LOW = 0.5;

    /**
     * Upper end of the plausible first-epoch loss, as a share of ln K: 50% above guessing is the
     * tolerance of {@link #INITIAL_LOSS_TOLERANCE}; beyond it the outputs are not a softmax over the
     * classes, the labels are not one-hot (or not 0..K-1), or the loss is not cross-entropy.
     */
    public static final double CHANCE_LOSS_HIGH = 1.5;

    private SanityChecks() {
    }

    /** How serious a finding is. */
    public enum Severity { INFO, WARNING, ERROR }

    /**
     * One result of a check.
     *
     * @param severity how serious
     * @param check    short name of the check, e.g. {@code "parameters"}
     * @param message  one sentence for the user, with the numbers
     */
    public record Finding(Severity severity, String check, String message) {
        public Finding {
            if (severity == null || check == null || message == null || message.isBlank()) {
                throw new IllegalArgumentException("A finding needs severity, check and message, got "
                        + severity + ", " + check + ", '" + message + "'");
            }
        }
    }

    /** Compares the number of trainable parameters with the number of training samples. */
    public static Finding parameterCount(long parameters, long samples) {
        if (parameters < 1 || samples < 1) {
            throw new IllegalArgumentException("Parameter and sample counts must be >= 1, got " + parameters + " and " + samples);
        }
        double ratio = (double) parameters / samples;
        // grouped as the model tab's count ("8,646 trainable parameters"): one number, one spelling
        String numbers = String.format(Locale.ROOT, "%,d parameters for %,d training samples (%.1f per sample)",
                parameters, samples, ratio);
        if (ratio > PARAMS_PER_SAMPLE_WARN) {
            return new Finding(Severity.WARNING, "parameters", numbers
                    + ": the model can memorise the data; expect overfitting, use fewer cells or more data.");
        }
        if (ratio > PARAMS_PER_SAMPLE_NOTE) {
            return new Finding(Severity.INFO, "parameters", numbers + ": watch validation loss for overfitting.");
        }
        return new Finding(Severity.INFO, "parameters", numbers + ": fine.");
    }

    /** Compares the first epoch's training loss with the loss an untrained model should have. */
    public static Finding initialLoss(double expected, double firstEpochLoss) {
        if (!(expected > 0) || Double.isInfinite(expected)) {
            // reachable from data: a constant series scales to zeros, whose expected MSE is 0
            throw new WorkbenchException("Expected initial loss must be finite and > 0, got " + expected);
        }
        if (!Double.isFinite(firstEpochLoss)) {
            return new Finding(Severity.ERROR, "initial loss", "First epoch's loss is " + firstEpochLoss
                    + ": training diverged at once; lower the learning rate and check the scaling.");
        }
        double ratio = firstEpochLoss / expected;
        String numbers = String.format(Locale.ROOT, "first epoch's loss %.4g vs %.4g expected untrained (x%.2f)",
                firstEpochLoss, expected, ratio);
        if (ratio > 1 + INITIAL_LOSS_TOLERANCE) {
            return new Finding(Severity.WARNING, "initial loss", numbers
                    + ": worse than guessing; check initialisation, output activation and target scaling.");
        }
        return new Finding(Severity.INFO, "initial loss", numbers + ": plausible.");
    }

    /**
     * The classifier's chance-level check (the seed's "binary softmax: loss = -ln(0.5) = 0.69"):
     * an untrained K-class softmax scores cross-entropy ln K, and the first epoch's loss is
     * expected within [{@link #CHANCE_LOSS_LOW}, {@link #CHANCE_LOSS_HIGH}] x ln K.
     *
     * @param classes        number of classes K, at least 2
     * @param firstEpochLoss training loss after the first epoch (mean categorical cross-entropy, nats)
     * @return INFO when plausible, WARNING with what it suggests when far off, ERROR when not finite
     */
    public static Finding chanceLevel(int classes, double firstEpochLoss) {
        double expected = expectedCategoricalCrossEntropy(classes);
        if (!Double.isFinite(firstEpochLoss)) {
            return new Finding(Severity.ERROR, "chance level", "First epoch's loss is " + firstEpochLoss
                    + ": training diverged at once; lower the learning rate and check the scaling of the inputs.");
        }
        double ratio = firstEpochLoss / expected;
        String numbers = String.format(Locale.ROOT, "first epoch's loss %.4g vs ln %d = %.4g of guessing among %d "
                + "classes (x%.2f)", firstEpochLoss, classes, expected, classes, ratio);
        if (ratio > CHANCE_LOSS_HIGH) {
            return new Finding(Severity.WARNING, "chance level", numbers + ": far above chance; check that the labels "
                    + "are one-hot (or integers 0.." + (classes - 1) + " for a sparse loss), that the output layer "
                    + "is a softmax over " + classes + " units and that the loss is categorical cross-entropy.");
        }
        if (ratio < CHANCE_LOSS_LOW) {
            return new Finding(Severity.WARNING, "chance level", numbers + ": far below chance after one epoch; "
                    + "check that the loss is the mean categorical cross-entropy (not binary cross-entropy over "
                    + "one-hot outputs), that the output activation is a softmax, and that the labels do not leak "
                    + "into the inputs (a long first epoch on easy data can also get there).");
        }
        return new Finding(Severity.INFO, "chance level", numbers + ": plausible.");
    }

    /**
     * Whether training on a handful of samples drove the loss near zero.
     *
     * @param samples        samples in the subset
     * @param epochs         epochs trained on it
     * @param firstEpochLoss training loss after the first epoch
     * @param finalLoss      training loss after the last epoch
     */
    public static Finding tinySubset(int samples, int epochs, double firstEpochLoss, double finalLoss) {
        if (!Double.isFinite(firstEpochLoss) || !Double.isFinite(finalLoss)) {
            return new Finding(Severity.ERROR, "tiny subset", "Training on " + samples + " samples diverged (loss "
                    + finalLoss + "): lower the learning rate and check the scaling.");
        }
        double share = firstEpochLoss > 0 ? finalLoss / firstEpochLoss : 0;
        String numbers = String.format(Locale.ROOT, "%d samples, %d epochs: loss %.4g -> %.4g (%.1f%% of the first epoch)",
                samples, epochs, firstEpochLoss, finalLoss, 100 * share);
        if (share > TINY_SUBSET_MAX_SHARE) {
            return new Finding(Severity.WARNING, "tiny subset", numbers
                    + ": the model cannot even memorise a handful of samples; check the data pipeline, the learning "
                    + "rate and the architecture before tuning.");
        }
        return new Finding(Severity.INFO, "tiny subset", numbers + ": it can learn.");
    }

    /** Both checks in one list. */
    public static List<Finding> check(long parameters, long samples, double expectedInitialLoss,
                                      double firstEpochLoss) {
        List<Finding> findings = new ArrayList<>();
        findings.add(parameterCount(parameters, samples));
        findings.add(initialLoss(expectedInitialLoss, firstEpochLoss));
        return findings;
    }

    /** The classifier's checks in one list: parameters per sample and the chance level of the first loss. */
    public static List<Finding> checkClassifier(long parameters, long samples, int classes, double firstEpochLoss) {
        List<Finding> findings = new ArrayList<>();
        findings.add(parameterCount(parameters, samples));
        findings.add(chanceLevel(classes, firstEpochLoss));
        return findings;
    }

    /** Untrained loss of balanced binary cross-entropy: predicting 0.5 gives ln 2. */
    public static double expectedBinaryCrossEntropy() {
        return Math.log(2);
    }

    /** Untrained loss of categorical cross-entropy over k balanced classes: ln k. */
    public static double expectedCategoricalCrossEntropy(int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("Cross-entropy needs at least 2 classes, got " + classes);
        }
        return Math.log(classes);
    }

    /**
     * Untrained MSE on the given (scaled) targets: a model whose output starts near zero scores
     * mean(y^2) = variance (population) + mean^2.
     */
    public static double expectedMse(double[] targets) {
        if (targets == null || targets.length == 0) {
            throw new IllegalArgumentException("Expected MSE needs at least one target, got "
                    + (targets == null ? "none" : "0"));
        }
        double mean = 0;
        for (double y : targets) {
            mean += y;
        }
        mean /= targets.length;
        double var = 0;
        for (double y : targets) {
            var += (y - mean) * (y - mean);
        }
        return var / targets.length + mean * mean;
    }
}
