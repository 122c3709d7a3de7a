package org.lstmworkbench.data;

import java.util.Arrays;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;

/**
 * The Box-Cox power transform {@code (x^lambda - 1) / lambda} ({@code ln x} at lambda 0) of
 * positive data, its inverse, and the maximum-likelihood lambda.
 */
public final class BoxCox {

    /** Lambdas this close to 0 use the log form, whose limit they are. */
    private static final double LOG_EPSILON = 1e-12;
    static final double MAX_LAMBDA = 5;

    private BoxCox() {
    }

    public static double transform(double x, double lambda) {
        return Math.abs(lambda) < LOG_EPSILON ? Math.log(x) : (Math.pow(x, lambda) - 1) / lambda;
    }

    /** Inverse; NaN when {@code lambda * y + 1 <= 0} (a value the transform never produces). */
    public static double invert(double y, double lambda) {
        if (Math.abs(lambda) < LOG_EPSILON) {
            return Math.exp(y);
        }
        double base = lambda * y + 1;
        return base > 0 ? Math.pow(base, 1 / lambda) : Double.NaN;
    }

    /**
     * The lambda in [-5, 5] maximising the profile log-likelihood
     * {@code (lambda - 1) * sum(ln x) - n/2 * ln(variance of the transformed values)}
     * (the normal likelihood of the transformed data with the Jacobian), found with Brent's
     * method.
     *
     * @param positive at least two positive values
     */
    public static double fitLambda(double[] positive) {
        if (positive.length < 2 || Arrays.stream(positive).anyMatch(v -> !(v > 0))) {
            throw new DataException("Box-Cox lambda needs at least 2 positive values, got "
                    + positive.length + " values with minimum "
                    + Arrays.stream(positive).min().orElse(Double.NaN));
        }
        double sumLog = Arrays.stream(positive).map(Math::log).sum();
        int n = positive.length;
        BrentOptimizer optimizer = new BrentOptimizer(1e-10, 1e-12);
        return optimizer.optimize(new MaxEval(1000), GoalType.MAXIMIZE,
                new SearchInterval(-MAX_LAMBDA, MAX_LAMBDA),
                new UnivariateObjectiveFunction(lambda -> {
                    double[] y = Arrays.stream(positive).map(x -> transform(x, lambda)).toArray();
                    double mean = Arrays.stream(y).average().orElseThrow();
                    double variance = Arrays.stream(y).map(v -> (v - mean) * (v - mean)).sum() / n;
                    return (lambda - 1) * sumLog - n / 2.0 * Math.log(variance);
                })).getPoint();
    }
}
