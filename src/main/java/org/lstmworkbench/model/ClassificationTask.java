package org.lstmworkbench.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.lstmworkbench.data.Baselines;
import org.lstmworkbench.data.FramedSet;
import org.lstmworkbench.data.SeriesTransform;
import org.lstmworkbench.data.sequence.ChanceLevel;
import org.lstmworkbench.data.sequence.ClassLabels;
import org.lstmworkbench.metrics.Metric;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

/**
 * Sorting sequences into K classes (K >= 2): a softmax output over the classes trained with
 * multi-class cross-entropy against one-hot targets, whatever loss the configuration names
 * ({@link ModelConfig#validate()} asks for {@link LossKind#CROSS_ENTROPY} so the files say what
 * was trained). Every epoch records loss and accuracy on the training and validation parts, and
 * balanced accuracy beside them when the classes are imbalanced ({@link ClassLabels#imbalanced()}).
 *
 * <p>Two tasks are equal when their classes have the same names and counts (the classes are part
 * of a configuration, so a run's file and the workspace keep them).
 *
 * @param classes the classes of the whole dataset, sorted, with their counts
 */
public record ClassificationTask(ClassLabels classes) implements Task {

    /** The id in files and on the command line. */
    public static final String ID = "classification";

    public ClassificationTask {
        Objects.requireNonNull(classes, "classes");
        if (classes.size() < 2) {
            throw new IllegalArgumentException("classification needs at least two classes, got "
                    + classes.size() + " (" + classes.describe() + ")");
        }
    }

    /**
     * The task of classes given by their names (in index order, as {@link ClassLabels} sorts them)
     * and counts, the form files store.
     *
     * @throws IllegalArgumentException when the names are not in {@link ClassLabels}' order, repeat,
     *     or a count is below 1
     */
    public static ClassificationTask of(List<String> names, int[] counts) {
        if (names.size() != counts.length) {
            throw new IllegalArgumentException(names.size() + " class names but " + counts.length + " counts");
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] < 1) {
                throw new IllegalArgumentException("class \"" + names.get(i) + "\" needs a count of at least 1, got "
                        + counts[i]);
            }
            for (int c = 0; c < counts[i]; c++) {
                labels.add(names.get(i));
            }
        }
        ClassLabels classes = ClassLabels.of(labels);
        if (!classes.names().equals(names)) {
            throw new IllegalArgumentException("classes " + names + " are not distinct and in sorted order "
                    + classes.names());
        }
        return new ClassificationTask(classes);
    }

    @Override
    public String id() {
        return ID;
    }

    /** Number of classes K. */
    public int size() {
        return classes.size();
    }

    /**
     * {@link Metric#CLASSIFICATION}, plus the balanced-accuracy pair when the classes are
     * imbalanced.
     */
    @Override
    public List<Metric> metrics() {
        if (!classes.imbalanced()) {
            return Metric.CLASSIFICATION;
        }
        List<Metric> m = new ArrayList<>(Metric.CLASSIFICATION);
        m.add(Metric.TRAIN_BALANCED_ACCURACY);
        m.add(Metric.VAL_BALANCED_ACCURACY);
        return List.copyOf(m);
    }

    /** Softmax, whatever the loss (see the class comment). */
    @Override
    public Activation outputActivation(LossKind loss) {
        return Activation.SOFTMAX;
    }

    /** Multi-class cross-entropy, whatever the loss (see the class comment). */
    @Override
    public ILossFunction lossFunction(LossKind loss) {
        return new LossMCXENT();
    }

    /** One-hot rows from class indices in the first column. */
    @Override
    public double[][] encodeTargets(double[][] targets) {
        double[][] encoded = new double[targets.length][];
        for (int i = 0; i < targets.length; i++) {
            encoded[i] = classes.oneHot((int) Math.round(targets[i][0]));
        }
        return encoded;
    }

    /**
     * No forecast baselines: a classifier is compared with {@link #chance()}; all four values are
     * NaN, as for a forecast without a validation part.
     */
    @Override
    public Baselines baselines(FramedSet train, FramedSet validation, SeriesTransform transform) {
        return new Baselines(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** What a classifier scores without learning: the classification counterpart of {@link Baselines}. */
    public ChanceBaselines chance() {
        return ChanceBaselines.of(classes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassificationTask t && t.classes.names().equals(classes.names())
                && Arrays.equals(t.classes.counts(), classes.counts());
    }

    @Override
    public int hashCode() {
        return 31 * classes.names().hashCode() + Arrays.hashCode(classes.counts());
    }

    @Override
    public String toString() {
        return ID + "(" + classes.describe() + ")";
    }

    /**
     * The chance levels of a classification run (see {@link ChanceLevel}).
     *
     * @param chanceLoss       ln K, the cross-entropy of an untrained softmax (1/K per class)
     * @param priorLoss        the cross-entropy of predicting the class frequencies, the best an
     *                         input-blind model can do (ln K for balanced classes)
     * @param majorityAccuracy the accuracy of always answering the largest class
     * @param uniformAccuracy  1/K, the accuracy of a uniform guess
     */
    public record ChanceBaselines(double chanceLoss, double priorLoss, double majorityAccuracy,
                                  double uniformAccuracy) {

        /** The chance levels of these classes. */
        public static ChanceBaselines of(ClassLabels classes) {
            return new ChanceBaselines(ChanceLevel.crossEntropy(classes.size()),
                    ChanceLevel.priorCrossEntropy(classes.counts()), ChanceLevel.majorityAccuracy(classes),
                    ChanceLevel.uniformAccuracy(classes.size()));
        }
    }
}
