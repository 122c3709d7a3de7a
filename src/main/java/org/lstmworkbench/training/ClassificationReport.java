package org.lstmworkbench.training;

import java.util.List;
import java.util.Objects;

/**
 * How a classifier does on one part (validation or test) at the end of a run: the confusion matrix
 * and the per-class scores derived from it.
 *
 * @param classes          the class names in index order
 * @param confusion        counts {@code [actual][predicted]}
 * @param precision        per class: correct predictions of the class over all predictions of it
 *                         (NaN when it was never predicted)
 * @param recall           per class: correct predictions of the class over its sequences (NaN
 *                         when the part has none of it)
 * @param f1               per class: harmonic mean of precision and recall (NaN when either is
 *                         NaN, 0 when both are 0)
 * @param accuracy         correct predictions over all sequences
 * @param balancedAccuracy mean recall over the classes present in the part
 */
public record ClassificationReport(List<String> classes, long[][] confusion, double[] precision, double[] recall,
                                   double[] f1, double accuracy, double balancedAccuracy) {

    public ClassificationReport {
        classes = List.copyOf(classes);
        Objects.requireNonNull(confusion, "confusion");
        int k = classes.size();
        if (confusion.length != k || precision.length != k || recall.length != k || f1.length != k) {
            throw new IllegalArgumentException("a report of " + k + " classes needs " + k + " rows and scores");
        }
        confusion = copy(confusion);
        precision = precision.clone();
        recall = recall.clone();
        f1 = f1.clone();
    }

    /**
     * The report of a confusion matrix {@code [actual][predicted]}: scores as the components
     * describe them.
     */
    public static ClassificationReport of(List<String> classes, long[][] confusion) {
        int k = classes.size();
        double[] precision = new double[k];
        double[] recall = new double[k];
        double[] f1 = new double[k];
        long correct = 0;
        long total = 0;
        double recallSum = 0;
        int present = 0;
        for (int c = 0; c < k; c++) {
            long actual = 0;
            long predicted = 0;
            for (int j = 0; j < k; j++) {
                actual += confusion[c][j];
                predicted += confusion[j][c];
                total += confusion[c][j];
            }
            long hits = confusion[c][c];
            correct += hits;
            precision[c] = predicted == 0 ? Double.NaN : (double) hits / predicted;
            recall[c] = actual == 0 ? Double.NaN : (double) hits / actual;
            if (actual > 0) {
                recallSum += recall[c];
                present++;
            }
            double p = precision[c];
            double r = recall[c];
            f1[c] = Double.isNaN(p) || Double.isNaN(r) ? Double.NaN : p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        double accuracy = total == 0 ? Double.NaN : (double) correct / total;
        double balanced = present == 0 ? Double.NaN : recallSum / present;
        return new ClassificationReport(classes, confusion, precision, recall, f1, accuracy, balanced);
    }

    /** Sequences counted. */
    public long total() {
        long total = 0;
        for (long[] row : confusion) {
            for (long v : row) {
                total += v;
            }
        }
        return total;
    }

    /** The confusion counts, a copy. */
    @Override
    public long[][] confusion() {
        return copy(confusion);
    }

    @Override
    public double[] precision() {
        return precision.clone();
    }

    @Override
    public double[] recall() {
        return recall.clone();
    }

    @Override
    public double[] f1() {
        return f1.clone();
    }

    private static long[][] copy(long[][] m) {
        long[][] c = new long[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }
}
