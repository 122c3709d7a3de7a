package org.lstmworkbench.model;

import java.util.ArrayList;
import java.util.List;
import org.lstmworkbench.Problem;

/**
 * Regularisation of a model: input dropout and weight penalties. JSON object
 * {@code "regularization"}; problem paths {@code regularization.dropout}, {@code regularization.l1}, ...
 *
 * @param dropout probability of <em>dropping</em> an input of a recurrent layer (0 = off); not DL4J's retain probability
 * @param l1      L1 penalty on input and recurrent weights
 * @param l2      L2 penalty on input and recurrent weights
 * @param l1Bias  L1 penalty on biases
 * @param l2Bias  L2 penalty on biases
 */
public record Regularization(double dropout, double l1, double l2, double l1Bias, double l2Bias) {

    /** Problems with these settings, each fit to show a user; empty when valid. */
    public List<Problem> problems() {
        List<Problem> p = new ArrayList<>();
        if (!(dropout >= 0 && dropout < 1)) {
            p.add(new Problem("regularization.dropout", "dropout is a drop rate and must be in [0, 1), was " + dropout));
        }
        nonNegative(p, "l1", "L1", l1);
        nonNegative(p, "l2", "L2", l2);
        nonNegative(p, "l1Bias", "L1 on biases", l1Bias);
        nonNegative(p, "l2Bias", "L2 on biases", l2Bias);
        return p;
    }

    private static void nonNegative(List<Problem> p, String field, String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            p.add(new Problem("regularization." + field, name + " must be 0 or more, was " + v));
        }
    }
}
