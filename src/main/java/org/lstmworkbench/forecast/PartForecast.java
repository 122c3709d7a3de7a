package org.lstmworkbench.forecast;

import java.util.Arrays;
import java.util.Objects;

/**
 * One part's forecasts (train, validation or test), every value in the target's original units.
 * Sample {@code i}'s output {@code s} (step {@code s + 1}) forecasts series index
 * {@code origins[i] + s}: the targets of a sample are consecutive in every frame shape.
 *
 * @param part        {@link RunForecast#TRAIN}, {@link RunForecast#VALIDATION} or {@link RunForecast#TEST}
 * @param origins     series index of each sample's first target
 * @param actual      the observed targets {@code [samples][steps]}
 * @param predicted   the model's forecasts {@code [samples][steps]}
 * @param persistence the last observed value before each target's forecast origin {@code [samples][steps]}
 */
public record PartForecast(String part, int[] origins, double[][] actual, double[][] predicted,
                           double[][] persistence) {

    public PartForecast {
        Objects.requireNonNull(part, "part");
        int n = origins.length;
        if (actual.length != n || predicted.length != n || persistence.length != n) {
            throw new IllegalArgumentException(part + ": " + n + " origins need as many rows, got " + actual.length
                    + ", " + predicted.length + " and " + persistence.length);
        }
        int steps = n == 0 ? 0 : actual[0].length;
        for (int i = 0; i < n; i++) {
            if (actual[i].length != steps || predicted[i].length != steps || persistence[i].length != steps) {
                throw new IllegalArgumentException(part + ": sample " + i + " does not have " + steps + " steps");
            }
        }
        origins = origins.clone();
        actual = copy(actual);
        predicted = copy(predicted);
        persistence = copy(persistence);
    }

    /** Number of samples. */
    public int samples() {
        return origins.length;
    }

    /** Series index of sample {@code i}'s target at 0-based step {@code step}. */
    public int index(int i, int step) {
        return origins[i] + step;
    }

    /** The actual values at 0-based {@code step}, one per sample. */
    public double[] actualAt(int step) {
        return column(actual, step);
    }

    /** The model's forecasts at 0-based {@code step}, one per sample. */
    public double[] predictedAt(int step) {
        return column(predicted, step);
    }

    /** The persistence forecasts at 0-based {@code step}, one per sample. */
    public double[] persistenceAt(int step) {
        return column(persistence, step);
    }

    @Override
    public int[] origins() {
        return origins.clone();
    }

    @Override
    public double[][] actual() {
        return copy(actual);
    }

    @Override
    public double[][] predicted() {
        return copy(predicted);
    }

    @Override
    public double[][] persistence() {
        return copy(persistence);
    }

    /** Equal when every value is: arrays are compared by content, not by reference. */
    @Override
    public boolean equals(Object o) {
        return o instanceof PartForecast p && part.equals(p.part) && Arrays.equals(origins, p.origins)
                && Arrays.deepEquals(actual, p.actual) && Arrays.deepEquals(predicted, p.predicted)
                && Arrays.deepEquals(persistence, p.persistence);
    }

    @Override
    public int hashCode() {
        return Objects.hash(part, Arrays.hashCode(origins), Arrays.deepHashCode(actual), Arrays.deepHashCode(predicted),
                Arrays.deepHashCode(persistence));
    }

    @Override
    public String toString() {
        return "PartForecast[" + part + ", " + origins.length + " samples]";
    }

    private static double[] column(double[][] values, int step) {
        return Arrays.stream(values).mapToDouble(row -> row[step]).toArray();
    }

    private static double[][] copy(double[][] a) {
        return Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
    }
}
