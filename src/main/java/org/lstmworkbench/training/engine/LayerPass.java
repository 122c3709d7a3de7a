package org.lstmworkbench.training.engine;

import java.util.SplittableRandom;

/**
 * The training pass of one recurrent layer over a minibatch whose activations are column-major
 * {@code [rows, mb * T]} with column {@code b + mb * t}: an LSTM ({@link LstmLayerPass}) or a
 * bidirectional pair of them ({@link BidirectionalPass}).
 */
interface LayerPass extends AutoCloseable {

    /** Rows of the layer's output. */
    int width();

    /**
     * Forward over all steps, keeping what {@link #backward} needs; input dropout (if configured)
     * only when {@code training}.
     */
    void forward(NativeBuffer input, int mb, int steps, double[] mask, NativeBuffer paramBuf, double[] params,
                 SplittableRandom random, boolean training);

    /** The output {@code [width, mb * T]} of the last {@link #forward}. */
    NativeBuffer output();

    /**
     * Backpropagation through time after {@link #forward}; writes the layer's gradients into
     * {@code grad}.
     *
     * @param epsAbove dL/d(output) from the layer above, or null for the top layer
     * @param epsTop   for the top layer: dL/d(output) at each example's last step {@code [width * b + r]}
     * @param last     each example's last unmasked step
     */
    void backward(int mb, int steps, double[] mask, NativeBuffer epsAbove, double[] epsTop, int[] last,
                  NativeBuffer paramBuf, NativeBuffer gradBuf, double[] grad);

    /** dL/d(input) after {@link #backward} (layers above the first only). */
    NativeBuffer inputGradient();

    @Override
    void close();
}
