package org.lstmworkbench.training;

import java.io.IOException;
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
 * schedule and the scheduled AdaGrad are workbench classes too and stay in the zip: a model trained with
 * them needs this program's jar on the class path to load.
 */
public final class ModelExport {

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
     */
    public static void write(MultiLayerNetwork network, PreparedData data, Path zip) {
        ExportedTransform transform = ExportedTransform.of(data);
        MultiLayerNetwork copy = network.clone();
        for (NeuralNetConfiguration conf : copy.getLayerWiseConfigurations().getConfs()) {
            replaceWorkbenchInit(conf.getLayer());
        }
        AtomicFiles.write(zip, "the model", out -> ModelSerializer.writeModel(copy, out, true));
        Path json = transformFile(zip);
        AtomicFiles.write(json, "the model's transform", out -> out.write(transform.toJson()));
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
