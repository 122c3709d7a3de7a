package org.lstmworkbench.forecast;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.lstmworkbench.data.FramedSet;
import org.lstmworkbench.data.PreparedData;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Computes a regression run's {@link RunForecast}: the network's predictions of every part mapped
 * back to original units through the data's fitted transforms, beside the actual targets and the
 * persistence forecast (the last observed value before each target's origin, so for a path of H
 * steps the same value H times; for many-to-many the value just before each target, as
 * {@link org.lstmworkbench.data.Baselines} has it).
 */
public final class Forecasts {

    private Forecasts() {
    }

    /**
     * The forecast of {@code network} (trained on {@code prepared}) over every part. Call it on the
     * thread that trained the network, after training.
     */
    public static RunForecast compute(MultiLayerNetwork network, PreparedData prepared) {
        Map<String, double[][]> predictions = new LinkedHashMap<>();
        parts(prepared).forEach((name, set) -> {
            if (set != null && !set.isEmpty()) {
                predictions.put(name, predict(network, set));
            }
        });
        return of(prepared, predictions);
    }

    /**
     * The forecast from predictions already made, in model units {@code [samples][outputs]} per part
     * name ({@link RunForecast#TRAIN}, ...); a part without predictions is left out.
     */
    public static RunForecast of(PreparedData prepared, Map<String, double[][]> modelUnitPredictions) {
        double[] raw = prepared.targetSeries();
        List<PartForecast> parts = new ArrayList<>();
        int firstIndex = Integer.MAX_VALUE;
        int lastIndex = -1;
        for (Map.Entry<String, FramedSet> e : parts(prepared).entrySet()) {
            double[][] predicted = modelUnitPredictions.get(e.getKey());
            FramedSet set = e.getValue();
            if (predicted == null || set == null || set.isEmpty()) {
                continue;
            }
            PartForecast part = part(e.getKey(), set, prepared.toOriginalUnits(set, predicted), raw);
            parts.add(part);
            for (int origin : part.origins()) {
                firstIndex = Math.min(firstIndex, origin);
                lastIndex = Math.max(lastIndex, origin + set.outputs() - 1);
            }
        }
        List<String> labels = List.of();
        int offset = 0;
        if (prepared.table().hasLabels() && lastIndex >= 0) {
            offset = firstIndex;
            labels = prepared.table().labels().subList(firstIndex, lastIndex + 1);
        }
        return new RunForecast(prepared.targetColumn(), prepared.outputs(), prepared.shape().stepwiseTargets(), offset,
                labels, parts);
    }

    private static PartForecast part(String name, FramedSet set, double[][] predicted, double[] raw) {
        int[][] indices = set.targetIndices();
        int[] origins = set.firstTargetIndices();
        double[][] persistence = new double[set.size()][set.outputs()];
        for (int i = 0; i < indices.length; i++) {
            for (int s = 0; s < indices[i].length; s++) {
                if (indices[i][s] != origins[i] + s) {
                    throw new IllegalStateException(name + " sample " + i + ": targets are not consecutive from "
                            + origins[i]);
                }
                int observed = set.shape().stepwiseTargets() ? indices[i][s] - 1 : origins[i] - 1;
                persistence[i][s] = raw[observed];
            }
        }
        return new PartForecast(name, origins, set.yOriginal(), predicted, persistence);
    }

    private static Map<String, FramedSet> parts(PreparedData prepared) {
        Map<String, FramedSet> parts = new LinkedHashMap<>();
        parts.put(RunForecast.TRAIN, prepared.train());
        parts.put(RunForecast.VALIDATION, prepared.validation());
        parts.put(RunForecast.TEST, prepared.test());
        return parts;
    }

    /** The network's output for a part in model units, a sequence output flattened per sample. */
    private static double[][] predict(MultiLayerNetwork network, FramedSet set) {
        INDArray out = network.output(set.toDataSet().getFeatures(), false);
        if (out.rank() == 3) {
            out = out.reshape('c', out.size(0), out.size(1) * out.size(2));
        }
        return out.toDoubleMatrix();
    }
}
