package org.lstmworkbench.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lstmworkbench.metrics.Metric;

/**
 * One epoch's numbers, computed on the whole training and validation sets after the epoch
 * (never DL4J's {@code score()}, which is the last minibatch's), keyed by {@link Metric#id()}
 * in the order of the run's metric list.
 *
 * @param epoch         1-based epoch
 * @param metrics       metric id to value; NaN where a part is missing (no validation part)
 * @param learningRate  learning rate used in this epoch
 * @param elapsedMillis milliseconds since the run started, at the end of this epoch
 */
public record EpochMetrics(int epoch, Map<String, Double> metrics, double learningRate, long elapsedMillis) {

    public EpochMetrics {
        if (epoch < 1) {
            throw new IllegalArgumentException("epochs count from 1, got " + epoch);
        }
        for (Map.Entry<String, Double> e : metrics.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new IllegalArgumentException("metric ids and values must not be null: " + metrics);
            }
        }
        metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    }

    /** An epoch with the given metrics' values, in that order ({@code values[i]} is {@code list.get(i)}'s). */
    public static EpochMetrics of(int epoch, List<Metric> list, double[] values, double learningRate,
                                  long elapsedMillis) {
        if (list.size() != values.length) {
            throw new IllegalArgumentException(list.size() + " metrics but " + values.length + " values");
        }
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(list.get(i).id(), values[i]);
        }
        return new EpochMetrics(epoch, m, learningRate, elapsedMillis);
    }

    /** A regression epoch: {@link Metric#REGRESSION}'s four values. */
    public static EpochMetrics regression(int epoch, double trainLoss, double valLoss, double trainRmse,
                                          double valRmse, double learningRate, long elapsedMillis) {
        return of(epoch, Metric.REGRESSION, new double[] {trainLoss, valLoss, trainRmse, valRmse},
                learningRate, elapsedMillis);
    }

    /** The value of {@code metric}, NaN when this epoch does not record it. */
    public double value(Metric metric) {
        return value(metric.id());
    }

    /** The value of the metric with this id, NaN when this epoch does not record it. */
    public double value(String id) {
        Double v = metrics.get(id);
        return v == null ? Double.NaN : v;
    }

    /** Whether this epoch records the metric with this id. */
    public boolean has(String id) {
        return metrics.containsKey(id);
    }

    public double trainLoss() {
        return value(Metric.TRAIN_LOSS);
    }

    public double valLoss() {
        return value(Metric.VAL_LOSS);
    }

    public double trainRmse() {
        return value(Metric.TRAIN_RMSE);
    }

    public double valRmse() {
        return value(Metric.VAL_RMSE);
    }
}
