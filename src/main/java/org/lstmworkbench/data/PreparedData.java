package org.lstmworkbench.data;

/**
 * A dataset ready for training: framed parts in model units, plus what is needed to read
 * results in original units.
 *
 * @param name source name ({@code airline-passengers.csv}, {@code demo:sine})
 * @param spec the spec it was prepared from
 * @param table the used columns after the missing-value policy; series index {@code t} is
 *     row {@code t} of this table (labels included)
 * @param targetColumn the forecast column
 * @param train training samples
 * @param validation validation samples
 * @param test test samples (empty when the split has no test part)
 * @param targetTransform the target's fitted transforms (inversion to original units)
 * @param boundaries where each part lies in the series
 * @param baselines naive forecasts of the validation part
 * @param report gaps handled, text inputs encoded, Box-Cox lambda, feature names
 * @param modelInputs the input features per series index as the model sees them (after gaps,
 *     encoding and transforms; NaN where differencing leaves no value), in {@link DataReport#features()} order
 * @param inputTransforms the fitted transform of each numeric input column by column name (the target's is
 *     {@code targetTransform}); text inputs are encoded, not transformed, and are not in it
 */
public record PreparedData(String name, DatasetSpec spec, DataTable table, String targetColumn,
                           FramedSet train, FramedSet validation, FramedSet test,
                           SeriesTransform targetTransform, PartBoundaries boundaries, Baselines baselines,
                           DataReport report, java.util.List<double[]> modelInputs,
                           java.util.Map<String, SeriesTransform> inputTransforms) {

    public PreparedData {
        modelInputs = java.util.List.copyOf(modelInputs);
        inputTransforms = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputTransforms));
    }

    /** Data whose input transforms were not kept (only the target's). */
    public PreparedData(String name, DatasetSpec spec, DataTable table, String targetColumn, FramedSet train,
                        FramedSet validation, FramedSet test, SeriesTransform targetTransform,
                        PartBoundaries boundaries, Baselines baselines, DataReport report,
                        java.util.List<double[]> modelInputs) {
        this(name, spec, table, targetColumn, train, validation, test, targetTransform, boundaries, baselines, report,
                modelInputs, java.util.Map.of(targetColumn, targetTransform));
    }

    /** Input features per timestep. */
    public int features() {
        return train.features();
    }

    /** Input timesteps per sample. */
    public int timesteps() {
        return train.timesteps();
    }

    /** Output values per sample. */
    public int outputs() {
        return train.outputs();
    }

    public FrameShape shape() {
        return train.shape();
    }

    /** Whether there is a test part. */
    public boolean hasTest() {
        return !test.isEmpty();
    }

    /**
     * Model-unit predictions for {@code set}'s samples in original units: undo the scaler,
     * then the differencing (see {@link SeriesTransform#toOriginalUnits}), then log/Box-Cox.
     */
    public double[][] toOriginalUnits(FramedSet set, double[][] transformedPredictions) {
        return targetTransform.toOriginalUnits(set, transformedPredictions);
    }

    /** The target series in original units (series index order). */
    public double[] targetSeries() {
        return targetTransform.raw();
    }
}
