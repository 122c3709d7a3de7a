package org.lstmworkbench.data.sequence;

/**
 * What a classifier scores without learning anything, the baselines of a classification run.
 *
 * <p>An untrained softmax classifier with small random weights gives every class about 1/K, so its
 * cross-entropy is {@code -ln(1/K) = ln K} (0.693 for two classes, 1.792 for six): a first epoch's
 * loss far from that hints at a wrong output layer or labels, a loss that stays there at a network
 * that does not learn.
 */
public final class ChanceLevel {

    /** Relative distance from ln K within which a loss counts as chance ({@link #isNearChance}). */
    public static final double TOLERANCE = 0.1;

    private ChanceLevel() {
    }

    /** {@code ln K}: the cross-entropy of predicting 1/K for every class. */
    public static double crossEntropy(int classes) {
        requireClasses(classes);
        return Math.log(classes);
    }

    /**
     * The cross-entropy of predicting the class frequencies ({@code -sum p ln p}), the best a model
     * that ignores its input can do; equal to ln K for balanced classes.
     */
    public static double priorCrossEntropy(int[] counts) {
        double total = total(counts);
        double entropy = 0;
        for (int c : counts) {
            if (c > 0) {
                double p = c / total;
                entropy -= p * Math.log(p);
            }
        }
        return entropy;
    }

    /** The accuracy of guessing uniformly at random: {@code 1/K}. */
    public static double uniformAccuracy(int classes) {
        requireClasses(classes);
        return 1.0 / classes;
    }

    /** The accuracy of always answering the largest class: its share of the sequences. */
    public static double majorityAccuracy(int[] counts) {
        int max = 0;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        return max / total(counts);
    }

    /** {@link #majorityAccuracy(int[])} of a dataset's classes. */
    public static double majorityAccuracy(ClassLabels classes) {
        return majorityAccuracy(classes.counts());
    }

    /** Whether a loss lies within {@link #TOLERANCE} (relative) of ln K. */
    public static boolean isNearChance(double loss, int classes) {
        double chance = crossEntropy(classes);
        return Math.abs(loss - chance) <= TOLERANCE * chance;
    }

    private static double total(int[] counts) {
        long total = 0;
        for (int c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("class counts cannot be negative, got " + c);
            }
            total += c;
        }
        if (total == 0) {
            throw new IllegalArgumentException("no sequences counted");
        }
        return total;
    }

    private static void requireClasses(int classes) {
        if (classes < 2) {
            throw new IllegalArgumentException("classification needs at least two classes, got " + classes);
        }
    }
}
