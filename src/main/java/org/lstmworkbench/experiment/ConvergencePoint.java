package org.lstmworkbench.experiment;

/**
 * The estimate of a point's mean after {@code repeats} runs.
 *
 * @param repeats       runs included (1..n)
 * @param mean          their mean
 * @param standardError sample standard deviation / sqrt(repeats); NaN for one run
 */
public record ConvergencePoint(int repeats, double mean, double standardError) {
}
