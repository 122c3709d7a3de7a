package org.lstmworkbench.training;

import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

/**
 * A classifier's numbers from its softmax outputs and one-hot labels, both {@code [samples][K]}:
 * the predicted class is the most probable one (the first on a tie), the actual class the label's
 * one.
 */
final class Classification {

    /** DL4J clips softmax probabilities to [eps, 1 - eps] before the log; the loss here does the same. */
    private static final double EPS = new LossMCXENT().getSoftmaxClipEps();

    private Classification() {
    }

    /**
     * Multi-class cross-entropy, mean over samples of {@code -sum_k y_k ln p_k}: DL4J's
     * {@code LossMCXENT} score of a softmax output (clipped probabilities), without regularisation.
     */
    static double crossEntropy(double[][] probabilities, double[][] labels) {
        if (probabilities.length == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            for (int k = 0; k < probabilities[i].length; k++) {
                if (labels[i][k] != 0) {
                    double p = Math.min(1 - EPS, Math.max(EPS, probabilities[i][k]));
                    sum -= labels[i][k] * Math.log(p);
                }
            }
        }
        return sum / probabilities.length;
    }

    /** Share of samples whose most probable class is their label; NaN for no samples. */
    static double accuracy(double[][] probabilities, double[][] labels) {
        if (probabilities.length == 0) {
            return Double.NaN;
        }
        int correct = 0;
        for (int i = 0; i < probabilities.length; i++) {
            if (argmax(probabilities[i]) == argmax(labels[i])) {
                correct++;
            }
        }
        return (double) correct / probabilities.length;
    }

    /** Mean recall over the classes the labels hold (a class absent from the part is left out). */
    static double balancedAccuracy(double[][] probabilities, double[][] labels) {
        int k = labels.length == 0 ? 0 : labels[0].length;
        return ClassificationReport.of(java.util.Collections.nCopies(k, ""),
                confusion(probabilities, labels, k)).balancedAccuracy();
    }

    /** Counts {@code [actual][predicted]}. */
    static long[][] confusion(double[][] probabilities, double[][] labels, int classes) {
        long[][] confusion = new long[classes][classes];
        for (int i = 0; i < probabilities.length; i++) {
            confusion[argmax(labels[i])][argmax(probabilities[i])]++;
        }
        return confusion;
    }

    /** Index of the largest value, the first of equal ones. */
    static int argmax(double[] row) {
        int best = 0;
        for (int j = 1; j < row.length; j++) {
            if (row[j] > row[best]) {
                best = j;
            }
        }
        return best;
    }
}
