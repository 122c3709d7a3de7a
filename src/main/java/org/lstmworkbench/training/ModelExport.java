package org.lstmworkbench.training;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import java.nio.file.Path;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.BaseRecurrentLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional;
import org.deeplearning4j.nn.conf.layers.wrapper.BaseWrapperLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.lstmworkbench.AtomicFiles;
import org.lstmworkbench.data.ExportedTransform;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.data.sequence.ExportedClassifier;
import org.lstmworkbench.data.sequence.PreparedSequences;
import org.lstmworkbench.model.OrthogonalInit;

/**
 * Saves a trained forecasting network for use outside the workbench: {@code NAME.zip}, DL4J's
 * {@link ModelSerializer} format with the updater's state (so training can go on), and beside it
 * {@code NAME.transform.json} ({@link ExportedTransform}), which turns raw values into the network's
 * input and its outputs back into original units.
 *
 * <p>The network's orthogonal initialiser (Keras' default for recurrent weights) is a workbench class;
 * an initialiser acts only when a network is first built, never on one loaded with its weights, so the
 * zip names DL4J's XAVIER in its place and loads with DL4J alone. Recurrent weight drop, the cosine
 * schedule, the scheduled AdaGrad and the CNN-LSTM subsequence variant's pre-processors are workbench
 * classes too and stay in the zip: a model using them needs this program's jar on the class path to
 * load, and the transform file lists them ({@link ExportedTransform#requiresWorkbenchClasses}).
 */
public final class ModelExport {

    /** A workbench class as DL4J's JSON names it ({@code "@class"} values and pre-processor types). */
    private static final Pattern WORKBENCH_CLASS = Pattern.compile("org\\.lstmworkbench\\.[\\w.$]+");

    private ModelExport() {
    }

    /** The transform file that belongs to {@code zip}: {@code model.zip} has {@code model.transform.json}. */
    public static Path transformFile(Path zip) {
        String name = zip.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".zip") ? name.substring(0, name.length() - 4)
                : name;
        return zip.resolveSibling(base + ".transform.json");
    }

    /**
     * Writes {@code zip} and its transform file for {@code network}, trained on {@code data}.
     *
     * @throws org.lstmworkbench.data.DataException for data whose transform cannot be exported (before
     *     anything is written)
     * @throws org.lstmworkbench.WorkbenchException naming the file when it cannot be written
     * @return the transform written beside the zip
     */
    public static ExportedTransform write(MultiLayerNetwork network, PreparedData data, Path zip) {
        ExportedTransform plain = ExportedTransform.of(data);
        MultiLayerNetwork copy = exportable(network);
        ExportedTransform transform = plain.forNetwork(outputLayout(copy), workbenchClasses(copy));
        AtomicFiles.write(zip, "the model", out -> ModelSerializer.writeModel(copy, out, true));
        Path json = transformFile(zip);
        AtomicFiles.write(json, "the model's transform", out -> out.write(transform.toJson()));
        return transform;
    }

    /**
     * Writes {@code zip} and beside it the classifier's description ({@link ExportedClassifier}: class
     * labels in output order, the scalers, length, padding and mask) for a classifier trained on
     * {@code data}.
     *
     * @throws org.lstmworkbench.WorkbenchException naming the file when it cannot be written
     * @return the description written beside the zip
     */
    public static ExportedClassifier writeClassifier(MultiLayerNetwork network, PreparedSequences data, Path zip) {
        MultiLayerNetwork copy = exportable(network);
        ExportedClassifier description = ExportedClassifier.of(data, List.copyOf(workbenchClasses(copy)));
        AtomicFiles.write(zip, "the model", out -> ModelSerializer.writeModel(copy, out, true));
        AtomicFiles.write(transformFile(zip), "the classifier's transform", out -> out.write(description.toJson()));
        return description;
    }

    /** The one line after a save that says what loading the zip needs, from the classes it names. */
    public static String loadingNeeds(List<String> workbenchClasses) {
        return workbenchClasses.isEmpty() ? "loads with DL4J alone"
                : "needs the workbench jar on the class path to load (it uses "
                + workbenchClasses.stream().map(c -> c.substring(c.lastIndexOf('.') + 1))
                .collect(java.util.stream.Collectors.joining(", ")) + ")";
    }

    /** A copy of {@code network} with the workbench initialisers replaced by DL4J's (see the class comment). */
    static MultiLayerNetwork exportable(MultiLayerNetwork network) {
        MultiLayerNetwork copy = network.clone();
        for (NeuralNetConfiguration conf : copy.getLayerWiseConfigurations().getConfs()) {
            replaceWorkbenchInit(conf.getLayer());
        }
        return copy;
    }

    /**
     * The workbench classes {@code network}'s configuration names (layers, pre-processors, updaters,
     * schedules), sorted: what loading its zip needs besides DL4J.
     */
    static SortedSet<String> workbenchClasses(MultiLayerNetwork network) {
        Matcher m = WORKBENCH_CLASS.matcher(network.getLayerWiseConfigurations().toJson());
        SortedSet<String> names = new TreeSet<>();
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }

    /** The one line after a save that says what loading the zip needs. */
    public static String loadingNeeds(ExportedTransform transform) {
        return loadingNeeds(transform.requiresWorkbenchClasses());
    }

    /** The network's output shape for one line: {@code output [samples, 3]} or {@code [samples, 1, 3]}. */
    public static String outputShape(ExportedTransform transform) {
        return "output [samples, " + (transform.outputLayout() == ExportedTransform.OutputLayout.STEP_SEQUENCE
                ? "1, " : "") + transform.outputs() + "]";
    }

    private static ExportedTransform.OutputLayout outputLayout(MultiLayerNetwork network) {
        Layer last = network.getLayerWiseConfigurations().getConf(network.getnLayers() - 1).getLayer();
        return last instanceof RnnOutputLayer ? ExportedTransform.OutputLayout.STEP_SEQUENCE
                : ExportedTransform.OutputLayout.VECTOR;
    }

    private static void replaceWorkbenchInit(Layer layer) {
        if (layer instanceof BaseWrapperLayer w) {
            replaceWorkbenchInit(w.getUnderlying());
        } else if (layer instanceof Bidirectional b) {
            replaceWorkbenchInit(b.getFwd());
            replaceWorkbenchInit(b.getBwd());
        }
        if (layer instanceof BaseLayer b && b.getWeightInitFn() instanceof OrthogonalInit) {
            b.setWeightInitFn(WeightInit.XAVIER.getWeightInitFunction());
        }
        if (layer instanceof BaseRecurrentLayer r && r.getWeightInitFnRecurrent() instanceof OrthogonalInit) {
            r.setWeightInitFnRecurrent(WeightInit.XAVIER.getWeightInitFunction());
        }
    }
}
