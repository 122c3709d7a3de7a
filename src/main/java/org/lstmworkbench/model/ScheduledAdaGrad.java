package org.lstmworkbench.model;

import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.schedule.ISchedule;

/**
 * DL4J's {@link AdaGrad} whose {@link #clone()} keeps its learning-rate schedule. In 1.0.0-M2.1
 * {@code AdaGrad.clone()} copies only the fixed rate and epsilon, and every layer gets a clone, so
 * a scheduled AdaGrad trained at AdaGrad's default rate of 0.1 whatever the user chose.
 *
 * <p>Public with a no-argument constructor because DL4J writes the updater's class name into a
 * saved network's configuration and creates it again from that name when the model is loaded.
 */
public class ScheduledAdaGrad extends AdaGrad {

    /** For DL4J's JSON reader. */
    public ScheduledAdaGrad() {
        super();
    }

    ScheduledAdaGrad(ISchedule schedule, double epsilon) {
        super(schedule, epsilon);
    }

    @Override
    public AdaGrad clone() {
        ScheduledAdaGrad copy = new ScheduledAdaGrad();
        copy.setLearningRate(getLearningRate());
        copy.setLearningRateSchedule(getLearningRateSchedule() == null ? null : getLearningRateSchedule().clone());
        copy.setEpsilon(getEpsilon());
        return copy;
    }
}
