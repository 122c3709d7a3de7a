package org.lstmworkbench.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.lstmworkbench.model.LossKind;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkFactory;
import org.lstmworkbench.model.NetworkShape;
import org.lstmworkbench.model.WeightInitKind;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossL1;
import org.nd4j.linalg.lossfunctions.impl.LossL2;

/**
 * R independent LSTM models (same depth, any cells per layer) as one DL4J network. Layer l of
 * the fused network has N_l = sum of the models' cells; model r owns the units
 * {@code [o_lr, o_lr + n_lr)} of every gate (DL4J M2.1 lays out {@code W [nIn, 4N]},
 * {@code RW [N, 4N]} and {@code b [4N]} as four contiguous gate blocks) and output column r.
 * The input and recurrent weights between different models' units and the output weights from
 * another model's units are zero at the start and held there by a {@link BlockMaskConstraint};
 * the loss is the per-column sum (L2 or L1), so each block's gradient is exactly its own model's
 * MSE or MAE gradient (with one output column MSE equals L2 and MAE equals L1).
 *
 * @implNote Not thread-safe; one instance per fused training.
 */
final class FusedNetwork {

    private final int models;
    private final int[][] units;     // [model][layer]
    private final int[][] offsets;   // [model][layer]
    private final int[] totals;      // [layer]
    private final MultiLayerNetwork network;

    /** Builds the fused network of models with the given configurations (which must fuse, see {@link FusedTrainer#whyNot}). */
    FusedNetwork(List<ModelConfig> configs, NetworkShape shape) {
        models = configs.size();
        int layers = configs.get(0).units().size();
        units = new int[models][layers];
        offsets = new int[models][layers];
        totals = new int[layers];
        for (int r = 0; r < models; r++) {
            for (int l = 0; l < layers; l++) {
                units[r][l] = configs.get(r).units().get(l);
                offsets[r][l] = totals[l];
                totals[l] += units[r][l];
            }
        }
        List<Integer> fusedUnits = new ArrayList<>();
        for (int t : totals) {
            fusedUnits.add(t);
        }
        // Initial weights are overwritten block by block, so the fused net's own init may be the cheapest.
        ModelConfig fused = configs.get(0).toBuilder().units(fusedUnits)
                .weightInit(WeightInitKind.UNIFORM).recurrentInit(WeightInitKind.UNIFORM).build();
        NetworkShape fusedShape = new NetworkShape(shape.features(), shape.outputs() * models, shape.sequenceOutput());
        List<org.deeplearning4j.nn.api.layers.LayerConstraint> lstm = new ArrayList<>();
        for (int l = 0; l < layers; l++) {
            lstm.add(new BlockMaskConstraint(lstmMasks(l, shape.features())));
        }
        ILossFunction loss = configs.get(0).loss() == LossKind.MAE ? new LossL1() : new LossL2();
        network = NetworkFactory.build(fused, fusedShape, 0L,
                new NetworkFactory.Overrides(loss, lstm, new BlockMaskConstraint(Map.of("W", outputMask(shape.outputs())))));
    }

    MultiLayerNetwork network() {
        return network;
    }

    int models() {
        return models;
    }

    /** Zeroes the fused weights and copies each model's weights into its blocks. */
    void load(List<MultiLayerNetwork> separate) {
        network.params().assign(0);
        for (int r = 0; r < models; r++) {
            copy(r, separate.get(r), true);
        }
    }

    /** Copies model r's blocks out of the fused network into {@code target} (a network of model r's shape). */
    void extract(int r, MultiLayerNetwork target) {
        copy(r, target, false);
    }

    private void copy(int r, MultiLayerNetwork own, boolean intoFused) {
        int layers = totals.length;
        for (int l = 0; l < layers; l++) {
            Layer f = network.getLayer(l);
            Layer s = own.getLayer(l);
            int n = units[r][l];
            int o = offsets[r][l];
            for (int g = 0; g < 4; g++) {
                INDArrayIndex fCols = NDArrayIndex.interval(g * totals[l] + o, g * totals[l] + o + n);
                INDArrayIndex sCols = NDArrayIndex.interval(g * n, (g + 1) * n);
                INDArrayIndex fRows = l == 0 ? NDArrayIndex.all()
                        : NDArrayIndex.interval(offsets[r][l - 1], offsets[r][l - 1] + units[r][l - 1]);
                move(f.getParam("W").get(fRows, fCols), s.getParam("W").get(NDArrayIndex.all(), sCols), intoFused);
                move(f.getParam("RW").get(NDArrayIndex.interval(o, o + n), fCols),
                        s.getParam("RW").get(NDArrayIndex.all(), sCols), intoFused);
                move(vector(f.getParam("b"), g * totals[l] + o, n), vector(s.getParam("b"), g * n, n), intoFused);
            }
        }
        Layer f = network.getLayer(layers);
        Layer s = own.getLayer(layers);
        long outs = s.getParam("W").size(1);
        int last = layers - 1;
        move(f.getParam("W").get(NDArrayIndex.interval(offsets[r][last], offsets[r][last] + units[r][last]),
                NDArrayIndex.interval(r * outs, (r + 1) * outs)), s.getParam("W"), intoFused);
        move(vector(f.getParam("b"), r * outs, outs), vector(s.getParam("b"), 0, outs), intoFused);
    }

    private static void move(INDArray fused, INDArray own, boolean intoFused) {
        if (intoFused) {
            fused.assign(own);
        } else {
            own.assign(fused);
        }
    }

    /** A slice of a bias, which DL4J holds as rank 1 or as a row vector. */
    private static INDArray vector(INDArray b, long from, long length) {
        INDArrayIndex range = NDArrayIndex.interval(from, from + length);
        return b.rank() == 1 ? b.get(range) : b.get(NDArrayIndex.all(), range);
    }

    private Map<String, INDArray> lstmMasks(int l, int features) {
        int n = totals[l];
        Map<String, INDArray> masks = new HashMap<>();
        INDArray rw = Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.DOUBLE, n, 4L * n);
        INDArray w = l == 0 ? null : Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.DOUBLE, totals[l - 1], 4L * n);
        for (int r = 0; r < models; r++) {
            int o = offsets[r][l];
            for (int g = 0; g < 4; g++) {
                INDArrayIndex cols = NDArrayIndex.interval(g * n + o, g * n + o + units[r][l]);
                rw.get(NDArrayIndex.interval(o, o + units[r][l]), cols).assign(1);
                if (w != null) {
                    w.get(NDArrayIndex.interval(offsets[r][l - 1], offsets[r][l - 1] + units[r][l - 1]), cols).assign(1);
                }
            }
        }
        // Parameter views are 'f'-ordered; a mask in the same order keeps the multiply cheap.
        masks.put("RW", rw.dup('f'));
        if (w != null) {
            masks.put("W", w.dup('f'));
        }
        return masks;
    }

    private INDArray outputMask(int outputs) {
        int last = totals.length - 1;
        INDArray w = Nd4j.zeros(org.nd4j.linalg.api.buffer.DataType.DOUBLE, totals[last], (long) outputs * models);
        for (int r = 0; r < models; r++) {
            w.get(NDArrayIndex.interval(offsets[r][last], offsets[r][last] + units[r][last]),
                    NDArrayIndex.interval((long) r * outputs, (long) (r + 1) * outputs)).assign(1);
        }
        return w.dup('f');
    }
}
