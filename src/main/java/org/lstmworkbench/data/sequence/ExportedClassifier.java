package org.lstmworkbench.data.sequence;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.lstmworkbench.data.DataException;
import org.lstmworkbench.data.Scaler;
import org.lstmworkbench.data.TransformSpec;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What turns raw labelled sequences into a saved classifier's input and its output into classes, as
 * the JSON file beside the classifier's zip holds it (format version {@value #FORMAT_VERSION}): each
 * feature's scaler {@code z = (x - shift) / scale} (fitted on the training sequences), the length
 * rule, the padding and mask, and the class labels in the order of the network's outputs.
 *
 * <p>Input: features {@code [samples, features, timesteps]} (NCW) with the sequence's steps from index
 * 0 and zeros after its last step; mask {@code [samples, timesteps]}, 1 for a real step and 0 for
 * padding, passed as the features mask ({@code network.output(x, false, mask, null)}). With a fixed
 * length a longer sequence keeps its last {@code fixedLength} steps and every batch has that many.
 * Output: {@code [samples, classes]}, softmax probabilities in {@link #classes()} order.
 *
 * @param formatVersion {@value #FORMAT_VERSION}
 * @param classes       the class labels in output order
 * @param features      the input features in the network's order, each with its scaler
 * @param fixedLength   steps of every sequence, 0 for variable (padded to a batch's longest)
 * @param inputLayout   {@link #INPUT_LAYOUT}, for a reader of the file
 * @param outputLayout  {@link #OUTPUT_LAYOUT}, for a reader of the file
 * @param requiresWorkbenchClasses the workbench classes the zip names, empty when DL4J alone loads it
 */
public record ExportedClassifier(int formatVersion, List<String> classes, List<FeatureScaler> features,
                                 int fixedLength, String inputLayout, String outputLayout,
                                 List<String> requiresWorkbenchClasses) {

    /** The version {@link #toJson} writes. */
    public static final int FORMAT_VERSION = 1;

    /** A fixed statement of the layout, written into the file for a reader without this Javadoc. */
    public static final String INPUT_LAYOUT = "features [samples, features, timesteps] (NCW), steps from index 0, "
            + "zeros after the last; features mask [samples, timesteps], 1 for a real step, 0 for padding";
    /** The output's meaning, written into the file. */
    public static final String OUTPUT_LAYOUT = "[samples, classes]: softmax probabilities in the order of classes";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * One feature's scaler.
     *
     * @param feature the feature's name
     * @param scaling the scaler's kind
     * @param shift   the value subtracted
     * @param scale   the value divided by
     */
    public record FeatureScaler(String feature, TransformSpec.Scaling scaling, double shift, double scale) {
    }

    public ExportedClassifier {
        classes = List.copyOf(classes);
        features = List.copyOf(features);
        requiresWorkbenchClasses = List.copyOf(requiresWorkbenchClasses);
    }

    /** The description of prepared sequences, for a network whose zip names {@code workbenchClasses}. */
    public static ExportedClassifier of(PreparedSequences prepared, List<String> workbenchClasses) {
        List<String> names = prepared.dataset().featureNames();
        List<FeatureScaler> scalers = new ArrayList<>();
        for (int f = 0; f < names.size(); f++) {
            Scaler s = prepared.scaler().features().get(f);
            scalers.add(new FeatureScaler(names.get(f), s.scaling(), s.shift(), s.scale()));
        }
        return new ExportedClassifier(FORMAT_VERSION, prepared.classes().names(), scalers,
                prepared.length().fixedLength(), INPUT_LAYOUT, OUTPUT_LAYOUT, workbenchClasses);
    }

    /**
     * The network's input for raw sequences ({@code sequences.get(i)[t][f]}: step t of feature f):
     * {@code [features, mask]} as the class comment describes.
     */
    public INDArray[] input(List<double[][]> sequences) {
        List<double[][]> kept = sequences.stream().map(s -> fixedLength > 0 && s.length > fixedLength
                ? java.util.Arrays.copyOfRange(s, s.length - fixedLength, s.length) : s).toList();
        int n = kept.size();
        int f = features.size();
        int steps = fixedLength > 0 ? fixedLength : kept.stream().mapToInt(s -> s.length).max().orElse(0);
        INDArray x = Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.DOUBLE, n, f, steps);
        INDArray mask = Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.DOUBLE, n, steps);
        for (int i = 0; i < n; i++) {
            double[][] s = kept.get(i);
            for (int t = 0; t < s.length; t++) {
                for (int j = 0; j < f; j++) {
                    FeatureScaler c = features.get(j);
                    x.putScalar(new long[]{i, j, t}, (s[t][j] - c.shift()) / c.scale());
                }
                mask.putScalar(i, t, 1);
            }
        }
        return new INDArray[]{x, mask};
    }

    /** The predicted class of each row of the network's output. */
    public List<String> predictedClasses(INDArray probabilities) {
        int[] best = probabilities.argMax(1).toIntVector();
        return java.util.Arrays.stream(best).mapToObj(classes::get).toList();
    }

    /** The file's content: indented JSON. */
    public byte[] toJson() {
        try {
            return MAPPER.writeValueAsBytes(this);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write a classifier's transform as JSON", e);
        }
    }

    /** Reads a file of {@link #toJson}; another format version is refused naming it. */
    public static ExportedClassifier read(Path file) throws IOException {
        ExportedClassifier c = MAPPER.readValue(file.toFile(), ExportedClassifier.class);
        if (c.formatVersion() != FORMAT_VERSION) {
            throw new DataException(file + ": classifier transform format version " + c.formatVersion()
                    + " is not supported (this release reads " + FORMAT_VERSION + ")");
        }
        return c;
    }
}
