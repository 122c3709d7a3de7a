package org.lstmworkbench.data;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What turns raw values into a saved model's input and its output back into original units, as the
 * JSON file beside the model's zip holds it (format version {@value #FORMAT_VERSION}, written by {@link #toJson}): the window
 * ({@code frameShape}, {@code lags}, {@code horizon}, {@code timesteps}, {@code outputs}), the input
 * features in the network's order with each column's fitted transform, the target's transform, how the
 * network's output is laid out ({@link OutputLayout}) and the workbench classes the zip names. The
 * network reads DL4J's NCW layout {@code [samples, features, timesteps]}. Version 1 files (without the
 * last two) still read, as a vector output with no workbench classes recorded.
 *
 * @param formatVersion {@value #FORMAT_VERSION}
 * @param frameShape    how windows were framed
 * @param lags          input length L
 * @param horizon       forecast horizon H
 * @param timesteps     input steps per sample
 * @param outputs       output values per sample (the path from the first target on)
 * @param targetColumn  the forecast column
 * @param features      the input features in the network's order
 * @param target        the target's transform (to undo on the outputs)
 * @param outputLayout  how the network's output holds the {@code outputs} values of a sample
 * @param requiresWorkbenchClasses the workbench classes the zip's configuration names (sorted): empty
 *     when the zip loads with DL4J alone, else this program's jar must be on the class path
 */
public record ExportedTransform(int formatVersion, FrameShape frameShape, int lags, int horizon, int timesteps,
                                int outputs, String targetColumn, List<ColumnTransform> features,
                                ColumnTransform target, OutputLayout outputLayout,
                                List<String> requiresWorkbenchClasses) {

    /** The version {@link #toJson} writes. */
    public static final int FORMAT_VERSION = 2;

    /** How a network's output holds one sample's {@code outputs} values, in the order of the path. */
    public enum OutputLayout {
        /** {@code [samples, outputs]}: value k is step k + 1 ahead (LSTM and CNN-LSTM, many-to-one). */
        VECTOR,
        /**
         * {@code [samples, 1, outputs]} in NCW: one value per decoder step, step k of the sequence is
         * step k + 1 ahead (encoder-decoder).
         */
        STEP_SEQUENCE
    }

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public ExportedTransform {
        features = List.copyOf(features);
        outputLayout = outputLayout == null ? OutputLayout.VECTOR : outputLayout;
        requiresWorkbenchClasses = requiresWorkbenchClasses == null ? List.of()
                : List.copyOf(new java.util.TreeSet<>(requiresWorkbenchClasses));
    }

    /** This transform for a network whose output has {@code layout} and whose zip names {@code classes}. */
    public ExportedTransform forNetwork(OutputLayout layout, java.util.Collection<String> classes) {
        return new ExportedTransform(formatVersion, frameShape, lags, horizon, timesteps, outputs, targetColumn,
                features, target, layout, List.copyOf(classes));
    }

    /**
     * The transform of prepared forecasting data.
     *
     * @throws DataException for data a saved model cannot be fed from raw values by this file: text inputs
     *     (their encoding is not exported) and many-to-many windows (a target per input step)
     */
    public static ExportedTransform of(PreparedData data) {
        if (!data.report().encodings().isEmpty()) {
            throw new DataException(data.name() + ": a model with encoded text inputs cannot be saved with its "
                    + "transform yet; save it from a run on numeric inputs");
        }
        if (data.shape().stepwiseTargets()) {
            throw new DataException(data.name() + ": a many-to-many model cannot be saved with its transform yet; "
                    + "save a many-to-one model");
        }
        List<ColumnTransform> features = new ArrayList<>();
        for (String name : data.report().features()) {
            SeriesTransform t = data.inputTransforms().get(name);
            if (t == null) {
                throw new IllegalStateException("no fitted transform kept for input " + name);
            }
            features.add(ColumnTransform.of(name, t));
        }
        DatasetSpec spec = data.spec();
        return new ExportedTransform(FORMAT_VERSION, spec.shape(), spec.lags(), spec.horizon(), data.timesteps(),
                data.outputs(), data.targetColumn(), features, ColumnTransform.of(data.targetColumn(),
                        data.targetTransform()), OutputLayout.VECTOR, List.of());
    }

    /** Raw values each input column needs before a forecast: the window plus the values differencing uses. */
    public int historyNeeded() {
        int lost = features.stream().mapToInt(ColumnTransform::lostValues).max().orElse(0);
        return timesteps + lost;
    }

    /**
     * One sample's input {@code [features][timesteps]} in model units from each feature's raw history
     * ({@code histories.get(f)}, in {@link #features()} order), which ends at the window's last step and
     * holds at least {@link #historyNeeded()} values.
     */
    public double[][] window(List<double[]> histories) {
        if (histories.size() != features.size()) {
            throw new IllegalArgumentException(features.size() + " input histories expected, got " + histories.size());
        }
        double[][] x = new double[features.size()][];
        for (int f = 0; f < features.size(); f++) {
            double[] h = histories.get(f);
            if (h.length < historyNeeded()) {
                throw new IllegalArgumentException(features.get(f).column() + ": " + historyNeeded()
                        + " raw values needed, got " + h.length);
            }
            double[] z = features.get(f).forward(h);
            x[f] = java.util.Arrays.copyOfRange(z, z.length - timesteps, z.length);
        }
        return x;
    }

    /**
     * The network's outputs for one sample in original units, given the target's raw values observed
     * before the first forecast index (for many-to-one, up to the window's last step).
     */
    public double[] toOriginalUnits(double[] outputsInModelUnits, double[] targetHistory) {
        if (outputsInModelUnits.length != outputs) {
            throw new IllegalArgumentException(outputs + " outputs expected, got " + outputsInModelUnits.length);
        }
        return target.invert(targetHistory, outputsInModelUnits);
    }

    /**
     * Sample {@code sample} of the network's output (laid out as {@link #outputLayout()} says: rank 2
     * {@code [samples, outputs]} or rank 3 {@code [samples, 1, outputs]}) in original units, given the
     * target's raw values observed before the first forecast index.
     */
    public double[] toOriginalUnits(org.nd4j.linalg.api.ndarray.INDArray networkOutput, int sample,
                                    double[] targetHistory) {
        int expectedRank = outputLayout == OutputLayout.STEP_SEQUENCE ? 3 : 2;
        if (networkOutput.rank() != expectedRank) {
            throw new IllegalArgumentException("a " + outputLayout + " output has rank " + expectedRank + ", got "
                    + java.util.Arrays.toString(networkOutput.shape()));
        }
        // [1, 1, H] and [1, H] hold the path in the same order: step k ahead at position k
        double[] row = networkOutput.slice(sample).dup().toDoubleVector();
        return toOriginalUnits(row, targetHistory);
    }

    /** The file's content: indented JSON. */
    public byte[] toJson() {
        try {
            return MAPPER.writeValueAsBytes(this);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write a model's transform as JSON", e);
        }
    }

    /** Reads a file of {@link #toJson}; another format version is refused naming it. */
    public static ExportedTransform read(Path file) throws IOException {
        com.fasterxml.jackson.databind.JsonNode tree = MAPPER.readTree(file.toFile());
        if (tree.has("classes") && !tree.has("target")) {
            throw new DataException(file + ": is a classifier's transform (class labels, no target column): read it "
                    + "with ExportedClassifier.read");
        }
        int version = tree.path("formatVersion").asInt(-1);
        if (version != 1 && version != FORMAT_VERSION) {
            throw new DataException(file + ": transform format version " + version
                    + " is not supported (this release reads 1 and " + FORMAT_VERSION + ")");
        }
        if (version == 1 && (tree.has("outputLayout") || tree.has("requiresWorkbenchClasses"))) {
            throw new DataException(file + ": a version 1 transform has no outputLayout or requiresWorkbenchClasses");
        }
        // version 1 was written for many-to-one LSTMs only: a vector output, no workbench classes recorded
        return MAPPER.treeToValue(tree, ExportedTransform.class);
    }
}
