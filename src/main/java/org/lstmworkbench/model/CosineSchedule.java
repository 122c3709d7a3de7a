package org.lstmworkbench.model;

import org.nd4j.linalg.schedule.ISchedule;

/**
 * Cosine annealing per epoch (Loshchilov and Hutter's SGDR without restarts):
 * {@code lr(e) = lr0 * (1 + cos(pi * e / epochs)) / 2}, from lr0 at epoch 0 down to near 0 at the
 * last epoch. DL4J has no cosine schedule, hence this one.
 */
public final class CosineSchedule implements ISchedule {

    private static final long serialVersionUID = 1L;

    @org.nd4j.shade.jackson.annotation.JsonProperty
    private final double initialValue;
    @org.nd4j.shade.jackson.annotation.JsonProperty
    private final int totalEpochs;

    // the creator lets DL4J's JSON read the schedule back: a saved model names it in its configuration
    @org.nd4j.shade.jackson.annotation.JsonCreator
    public CosineSchedule(@org.nd4j.shade.jackson.annotation.JsonProperty("initialValue") double initialValue,
                          @org.nd4j.shade.jackson.annotation.JsonProperty("totalEpochs") int totalEpochs) {
        if (totalEpochs < 1) {
            throw new IllegalArgumentException("cosine schedule needs at least 1 epoch, got " + totalEpochs);
        }
        this.initialValue = initialValue;
        this.totalEpochs = totalEpochs;
    }

    @Override
    public double valueAt(int iteration, int epoch) {
        double progress = Math.min(1.0, (double) epoch / totalEpochs);
        return initialValue * 0.5 * (1 + Math.cos(Math.PI * progress));
    }

    @Override
    public ISchedule clone() {
        return new CosineSchedule(initialValue, totalEpochs);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CosineSchedule c && c.initialValue == initialValue && c.totalEpochs == totalEpochs;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(initialValue) * 31 + totalEpochs;
    }
}
