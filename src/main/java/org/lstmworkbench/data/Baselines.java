package org.lstmworkbench.data;

import java.util.Arrays;

/**
 * Naive forecasts of the validation part a model should beat, as mean squared errors over
 * all samples and outputs, both in the model's loss units (MSE of transformed values, what
 * the training loss reports) and in original units. Each baseline is one forecast,
 * evaluated in both units:
 * <ul>
 *   <li>persistence: every target is the last observed original value before its forecast
 *       origin ({@code y(t) = y(t-1)} for one-step targets), mapped into model units
 *       through the fitted transforms;</li>
 *   <li>training mean: every target is the mean of the training targets in model units,
 *       mapped back to original units (with differencing this is a constant-drift path).</li>
 * </ul>
 * All four are NaN when the validation part is empty.
 *
 * @param persistenceMse persistence MSE in model units
 * @param persistenceMseOriginal persistence MSE in original units
 * @param meanMse training-mean MSE in model units
 * @param meanMseOriginal training-mean MSE in original units
 */
public record Baselines(double persistenceMse, double persistenceMseOriginal, double meanMse,
                        double meanMseOriginal) {

    /** Computes the baselines of {@code validation} with the mean of {@code train}'s targets. */
    public static Baselines compute(FramedSet train, FramedSet validation, SeriesTransform transform) {
        if (validation.isEmpty()) {
            return new Baselines(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] raw = transform.raw();
        int[][] indices = validation.targetIndices();
        double[][] persistence = new double[validation.size()][validation.outputs()];
        for (int i = 0; i < persistence.length; i++) {
            for (int j = 0; j < persistence[i].length; j++) {
                int origin = validation.shape().stepwiseTargets() ? indices[i][j] : indices[i][0];
                persistence[i][j] = raw[origin - 1];
            }
        }
        double trainMean = Arrays.stream(train.y()).flatMapToDouble(Arrays::stream).average().orElse(Double.NaN);
        double[][] mean = new double[validation.size()][validation.outputs()];
        Arrays.stream(mean).forEach(row -> Arrays.fill(row, trainMean));
        return new Baselines(
                mse(transform.toModelUnits(validation, persistence), validation.y()),
                mse(persistence, validation.yOriginal()),
                mse(mean, validation.y()),
                mse(transform.toOriginalUnits(validation, mean), validation.yOriginal()));
    }

    /** Mean squared difference over all cells of two equally shaped arrays. */
    public static double mse(double[][] predicted, double[][] actual) {
        double sum = 0;
        int count = 0;
        for (int i = 0; i < actual.length; i++) {
            for (int j = 0; j < actual[i].length; j++) {
                double e = predicted[i][j] - actual[i][j];
                sum += e * e;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
