package org.lstmworkbench.training.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Where each parameter of a DL4J {@link MultiLayerNetwork} sits in its flat parameter vector
 * ({@code net.params()}), so the engine can work on one {@code double[]} and hand it back with
 * {@code net.setParams}. Layers follow each other in network order and, inside a layer, its
 * parameters in {@code paramTable()} order (LSTM: {@code W [nIn,4N]}, {@code RW [N,4N]},
 * {@code b [4N]}; dense/output: {@code W [nIn,nOut]}, {@code b [nOut]}); every view is
 * column-major ('f'), so element (r, c) of a block is at {@code offset + r + c * rows}.
 *
 * @param blocks every parameter block in flat order
 * @param size   the length of the flat vector
 */
public record ParamLayout(List<Block> blocks, int size) {

    /**
     * One parameter of one layer.
     *
     * @param layer  index of the layer in the network
     * @param name   DL4J's parameter key ({@code W}, {@code RW}, {@code b}; bidirectional: {@code fW}...)
     * @param offset first index in the flat vector
     * @param rows   rows of the view (1 for a bias)
     * @param cols   columns of the view
     */
    public record Block(int layer, String name, int offset, int rows, int cols) {

        public int length() {
            return rows * cols;
        }

        /** Flat index of element (r, c). */
        public int index(int r, int c) {
            return offset + r + c * rows;
        }

        /** True for a bias vector (DL4J's l1Bias/l2Bias apply to these, not l1/l2). */
        public boolean isBias() {
            return name.endsWith("b");
        }
    }

    public ParamLayout {
        blocks = List.copyOf(blocks);
    }

    /** The layout of a built and initialised network. */
    public static ParamLayout of(MultiLayerNetwork net) {
        List<Block> blocks = new ArrayList<>();
        int offset = 0;
        Layer[] layers = net.getLayers();
        for (int i = 0; i < layers.length; i++) {
            for (Map.Entry<String, INDArray> e : layers[i].paramTable().entrySet()) {
                long[] shape = e.getValue().shape();
                int rows = shape.length == 1 ? 1 : (int) shape[0];
                int cols = shape.length == 1 ? (int) shape[0] : (int) shape[1];
                blocks.add(new Block(i, e.getKey(), offset, rows, cols));
                offset += rows * cols;
            }
        }
        if (offset != net.numParams()) {
            throw new IllegalStateException("parameter blocks cover " + offset + " of " + net.numParams());
        }
        return new ParamLayout(blocks, offset);
    }

    /** The blocks of one layer, in flat order. */
    public List<Block> layer(int layer) {
        return blocks.stream().filter(b -> b.layer() == layer).toList();
    }

    /** The block of a layer by DL4J's key. */
    public Block block(int layer, String name) {
        return blocks.stream().filter(b -> b.layer() == layer && b.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("layer " + layer + " has no parameter " + name));
    }

    /** Number of layers with parameters blocks (the highest layer index + 1). */
    public int layers() {
        return blocks.isEmpty() ? 0 : blocks.get(blocks.size() - 1).layer() + 1;
    }
}
