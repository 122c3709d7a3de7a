package org.lstmworkbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lstmworkbench.Problem;

/**
 * The optimiser and its learning rate over the epochs. JSON object {@code "learning"}; problem
 * paths {@code learning.learningRate}, {@code learning.momentum}, ...
 *
 * @param optimizer     optimiser
 * @param learningRate  initial learning rate
 * @param momentum      momentum of the Nesterov optimiser (ignored by the others)
 * @param schedule      learning-rate schedule per epoch
 * @param scheduleGamma decay factor of STEP and EXPONENTIAL schedules
 * @param scheduleStep  epochs per step of the STEP schedule
 */
public record Learning(OptimizerKind optimizer, double learningRate, double momentum, ScheduleKind schedule,
                       double scheduleGamma, int scheduleStep) {

    public Learning {
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(schedule, "schedule");
    }

    /** Problems with these settings, each fit to show a user; empty when valid. */
    public List<Problem> problems() {
        List<Problem> p = new ArrayList<>();
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            p.add(new Problem("learning.learningRate", "learning rate must be above 0, was " + learningRate));
        } else if (learningRate > 10) {
            p.add(new Problem("learning.learningRate", "learning rate must be at most 10, was " + learningRate));
        }
        if (!(momentum >= 0 && momentum < 1)) {
            p.add(new Problem("learning.momentum", "momentum must be in [0, 1), was " + momentum));
        }
        if ((schedule == ScheduleKind.STEP || schedule == ScheduleKind.EXPONENTIAL)
                && !(scheduleGamma > 0 && scheduleGamma <= 1)) {
            p.add(new Problem("learning.scheduleGamma", "schedule decay gamma must be in (0, 1], was " + scheduleGamma));
        }
        if (schedule == ScheduleKind.STEP && scheduleStep < 1) {
            p.add(new Problem("learning.scheduleStep", "schedule step must be at least 1 epoch, was " + scheduleStep));
        }
        return p;
    }
}
