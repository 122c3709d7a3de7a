package org.lstmworkbench.training.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.TrainingConfig;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.updater.BaseMultiLayerUpdater;
import org.deeplearning4j.nn.updater.UpdaterBlock;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.regularization.L1Regularization;
import org.nd4j.linalg.learning.regularization.L2Regularization;
import org.nd4j.linalg.learning.regularization.Regularization;
import org.nd4j.linalg.schedule.ISchedule;

/**
 * The parameter update of {@code MultiLayerNetwork.fit(DataSet)} on flat {@code double[]}
 * vectors in {@link ParamLayout} order: given DL4J's raw data gradient (what
 * {@code computeGradientAndScore()} leaves in {@code net.gradient()}: summed over the minibatch,
 * without regularisation), {@link #step} changes the parameters exactly as DL4J 1.0.0-M2.1 does:
 * <ol>
 * <li>divide the gradient by the minibatch size ({@code BaseMultiLayerUpdater.divideByMinibatch});</li>
 * <li>per layer, gradient normalisation ({@code preApply}): {@code ClipElementWiseAbsoluteValue}
 * clamps each value to [-t, t]; {@code ClipL2PerLayer} scales the layer's whole gradient (all its
 * parameters) by t / ||g||_2 when that norm exceeds t;</li>
 * <li>per parameter, the regularisation applied before the updater, in DL4J's list order:
 * {@code L1Regularization} adds {@code l1 * sign(w)}, {@code L2Regularization} adds
 * {@code l2 * w} (weights get {@code l1/l2}, biases {@code l1Bias/l2Bias});</li>
 * <li>the updater ({@link UpdaterRule}) turns the gradient into the update, with the learning rate
 * of its schedule at (iteration, epoch);</li>
 * <li>{@code params -= update} (the default step function of stochastic gradient descent).</li>
 * </ol>
 * Everything is read from the built network's own configuration (each layer's
 * {@code TrainingConfig}), so it is what {@code NetworkFactory} configured, by construction.
 *
 * <p>Iteration and epoch are DL4J's counters: {@code net.getIterationCount()} (updates so far,
 * 0 for the first, never reset between epochs) and {@code net.getEpochCount()} (set by the
 * trainer per epoch, 0 for the first). Adam's bias correction uses {@code iteration + 1}.
 *
 * <p>Measured against {@code fit} on DL4J's own gradient (EngineUpdaterTest): the parameters
 * agree bit for bit over 500 updates for every optimiser, schedule, penalty and clipping, with
 * ND4J on one thread. The only sum is the norm of per-layer clipping, taken in element order as
 * ND4J's single-threaded {@code norm2} does; with several ND4J threads DL4J's own order may
 * differ by rounding (about 1e-16 relative per update).
 *
 * @implNote One instance per training run (it holds the optimiser state); not thread-safe.
 * No allocation per step: the state arrays are sized once.
 */
public final class EngineUpdater {

    /** One parameter block with what applies to it. */
    private record Part(int from, int to, boolean divide, UpdaterRule rule,
                        ISchedule l1, ISchedule l2, boolean l2First) {
    }

    /** One layer: its parameter blocks and its gradient normalisation. */
    private record LayerParts(Part[] parts, GradientNormalization clipping, double threshold) {
    }

    private final LayerParts[] layers;
    private final Part[] all;
    private final int size;
    private final double[] state1;
    private final double[] state2;

    private EngineUpdater(LayerParts[] layers, int size) {
        this.layers = layers;
        this.all = Arrays.stream(layers).flatMap(l -> Arrays.stream(l.parts())).toArray(Part[]::new);
        this.size = size;
        int states = Arrays.stream(all).mapToInt(p -> p.rule().kind.states).max().orElse(0);
        this.state1 = new double[states >= 1 ? size : 0];
        this.state2 = new double[states >= 2 ? size : 0];
        reset();
    }

    /** The updater of {@code net} (see {@link #of(MultiLayerNetwork, ParamLayout)}). */
    public static EngineUpdater of(MultiLayerNetwork net) {
        return of(net, ParamLayout.of(net));
    }

    /**
     * The updater that reproduces {@code net}'s configuration on vectors laid out as {@code layout}.
     *
     * @throws UnsupportedOperationException when the configuration has something the engine does
     *                                       not reproduce ({@link #unsupported} says what)
     */
    public static EngineUpdater of(MultiLayerNetwork net, ParamLayout layout) {
        unsupported(net).ifPresent(reason -> {
            throw new UnsupportedOperationException(reason);
        });
        LayerParts[] layers = new LayerParts[layout.layers()];
        for (int i = 0; i < layers.length; i++) {
            Layer layer = net.getLayer(i);
            TrainingConfig conf = layer.getConfig();
            List<ParamLayout.Block> blocks = layout.layer(i);
            Part[] parts = new Part[blocks.size()];
            for (int j = 0; j < parts.length; j++) {
                parts[j] = part(layer, conf, blocks.get(j));
            }
            GradientNormalization clip = conf.getGradientNormalization() == null
                    ? GradientNormalization.None : conf.getGradientNormalization();
            layers[i] = new LayerParts(parts, clip, conf.getGradientNormalizationThreshold());
        }
        return new EngineUpdater(layers, layout.size());
    }

    private static Part part(Layer layer, TrainingConfig conf, ParamLayout.Block b) {
        ISchedule l1 = null;
        ISchedule l2 = null;
        boolean l2First = false;
        List<Regularization> regs = conf.getRegularizationByParam(b.name());
        for (Regularization r : regs == null ? List.<Regularization>of() : regs) {
            if (r instanceof L1Regularization l) {
                l1 = l.getL1();
            } else if (r instanceof L2Regularization l) {
                l2 = l.getL2();
                l2First = l1 == null;
            }
        }
        return new Part(b.offset(), b.offset() + b.length(), layer.updaterDivideByMinibatch(b.name()),
                UpdaterRule.of(conf.getUpdaterByParam(b.name())), l1, l2, l2First);
    }

    /**
     * Why the engine cannot reproduce {@code net}'s update, or empty when it can: the updaters
     * Adam, RmsProp, AdaGrad, Sgd, Nesterovs; L1/L2 regularisation; no, element-wise or per-layer
     * L2 clipping; stochastic gradient descent with its default step; no layer constraints.
     * The caller falls back to DL4J's {@code fit} when it is present.
     */
    public static Optional<String> unsupported(MultiLayerNetwork net) {
        return UpdaterSupport.unsupported(net);
    }

    /** The length of the flat vectors this updater works on. */
    public int size() {
        return size;
    }

    /** Back to the state of a freshly created DL4J updater (before the first {@code fit}). */
    public void reset() {
        for (Part p : all) {
            double init = p.rule().initialState();
            if (state1.length > 0) {
                Arrays.fill(state1, p.from(), p.to(), init);
            }
            if (state2.length > 0) {
                Arrays.fill(state2, p.from(), p.to(), 0.0);
            }
        }
    }

    /**
     * One update, as {@code fit} makes it after computing the gradient.
     *
     * @param params    the flat parameters, changed in place
     * @param grad      DL4J's raw gradient of this minibatch (summed over its examples, no
     *                  regularisation); used as scratch: on return it holds the update that was
     *                  subtracted from {@code params}
     * @param iteration DL4J's iteration count before this update (0 for the first)
     * @param epoch     DL4J's epoch count (0 for the first epoch)
     * @param batchSize number of examples in this minibatch, masked steps or not (DL4J divides by
     *                  {@code features.size(0)})
     */
    public void step(double[] params, double[] grad, int iteration, int epoch, int batchSize) {
        if (params.length != size || grad.length != size) {
            throw new IllegalArgumentException("expected vectors of " + size + ", got " + params.length
                    + " and " + grad.length);
        }
        double bs = batchSize;
        for (LayerParts layer : layers) {
            double scale = 1.0;
            double clip = Double.POSITIVE_INFINITY;
            if (layer.clipping() == GradientNormalization.ClipL2PerLayer) {
                double norm = Math.sqrt(sumOfSquares(grad, layer.parts(), bs));
                if (norm > layer.threshold()) {
                    scale = layer.threshold() / norm;
                }
            } else if (layer.clipping() == GradientNormalization.ClipElementWiseAbsoluteValue) {
                clip = layer.threshold();
            }
            for (Part p : layer.parts()) {
                double l1 = p.l1() == null ? 0.0 : p.l1().valueAt(iteration, epoch);
                double l2 = p.l2() == null ? 0.0 : p.l2().valueAt(iteration, epoch);
                prepare(params, grad, p, p.divide() ? bs : 1.0, scale, clip, l1, l2);
                double lr = p.rule().learningRate(iteration, epoch);
                p.rule().apply(params, grad, p.from(), p.to(), state1, state2, lr, iteration, epoch);
            }
        }
    }

    /**
     * The squared L2 norm of a layer's gradient after the minibatch division, summed in element
     * order as ND4J's single-threaded {@code norm2} does: partial sums (4x faster) moved the
     * results by up to 1e-11 over 500 updates, this order keeps them bit for bit.
     */
    private static double sumOfSquares(double[] grad, Part[] parts, double bs) {
        double sum = 0;
        for (Part p : parts) {
            double div = p.divide() ? bs : 1.0;
            for (int i = p.from(); i < p.to(); i++) {
                double g = grad[i] / div;
                sum += g * g;
            }
        }
        return sum;
    }

    /**
     * Division, clipping and the before-updater regularisation of one block. Each element sees
     * DL4J's operations in DL4J's order; x * 1.0 and x / 1.0 are exact, so an unused scale or
     * division changes nothing. The common case (no L1, no clipping by value) has its own loop,
     * which the JIT vectorises.
     */
    private static void prepare(double[] params, double[] grad, Part p, double div, double scale, double clip,
                                double l1, double l2) {
        int from = p.from();
        int to = p.to();
        if (l1 == 0 && clip == Double.POSITIVE_INFINITY) {
            if (l2 == 0) {
                for (int i = from; i < to; i++) {
                    grad[i] = (grad[i] / div) * scale;
                }
            } else {
                for (int i = from; i < to; i++) {
                    grad[i] = (grad[i] / div) * scale + l2 * params[i];
                }
            }
            return;
        }
        if (l1 == 0) {
            double low = -clip;
            for (int i = from; i < to; i++) {
                // clipbyvalue's "x > t ? t : x < -t ? -t : x" (same results, NaN included)
                grad[i] = Math.max(low, Math.min(clip, (grad[i] / div) * scale)) + l2 * params[i];
            }
            return;
        }
        double lo = -clip;
        boolean l2First = p.l2First();
        for (int i = from; i < to; i++) {
            double g = Math.max(lo, Math.min(clip, (grad[i] / div) * scale));
            double w = params[i];
            if (l2First) {
                g = g + l2 * w;
                g = g + l1 * Math.signum(w);
            } else {
                g = g + l1 * Math.signum(w);
                g = g + l2 * w;
            }
            grad[i] = g;
        }
    }

    /**
     * The regularisation term DL4J adds to {@code score()} ({@code calcRegularizationScore}):
     * per layer and parameter, {@code l1 * sum|w|} and {@code 0.5 * l2 * ||w||^2}. DL4J's score
     * of a minibatch is its mean data loss plus this term at the parameters before the update.
     */
    public double regularizationScore(double[] params, int iteration, int epoch) {
        double total = 0;
        for (LayerParts layer : layers) {
            double layerSum = 0;
            for (Part p : layer.parts()) {
                double a = 0;
                double s = 0;
                for (int i = p.from(); i < p.to(); i++) {
                    a += Math.abs(params[i]);
                    s += params[i] * params[i];
                }
                double norm = Math.sqrt(s);
                double l1 = p.l1() == null ? 0.0 : p.l1().valueAt(iteration, epoch) * a;
                double l2 = p.l2() == null ? 0.0 : p.l2().valueAt(iteration, epoch) * 0.5 * norm * norm;
                // DL4J adds each regularisation's score in turn, in its list order
                if (p.l2First()) {
                    layerSum += l2;
                    layerSum += l1;
                } else {
                    layerSum += l1;
                    layerSum += l2;
                }
            }
            total += layerSum;
        }
        return total;
    }

    /**
     * Copies the optimiser state (Adam's moments, RMSprop's and AdaGrad's sums, Nesterov's
     * velocity) into {@code net}'s DL4J updater, so that {@code fit} continues exactly where the
     * engine stopped. The caller sets the parameters and DL4J's counters
     * ({@code setIterationCount}, {@code setEpochCount}).
     */
    public void writeState(MultiLayerNetwork net) {
        transferState(net, true);
    }

    /** Takes the optimiser state of {@code net}'s DL4J updater (the reverse of {@link #writeState}). */
    public void readState(MultiLayerNetwork net) {
        transferState(net, false);
    }

    /**
     * DL4J keeps one state vector for the network, cut into its updater blocks (contiguous
     * parameters with equal updater settings); inside a block of n parameters, state s of
     * parameter k sits at {@code blockStart + s * n + k} (Adam: m, then v).
     */
    private void transferState(MultiLayerNetwork net, boolean toNet) {
        if (!(net.getUpdater() instanceof BaseMultiLayerUpdater<?> updater)) {
            throw new IllegalStateException("not a multi-layer updater: " + net.getUpdater());
        }
        INDArray view = updater.getStateViewArray();
        if (view == null) {
            return;
        }
        double[] flat = view.toDoubleVector();
        for (UpdaterBlock b : updater.getUpdaterBlocks()) {
            int from = b.getParamOffsetStart();
            int n = b.getParamOffsetEnd() - from;
            int states = n == 0 ? 0 : (b.getUpdaterViewOffsetEnd() - b.getUpdaterViewOffsetStart()) / n;
            for (int s = 0; s < states; s++) {
                double[] mine = s == 0 ? state1 : state2;
                if (s > 1 || mine.length == 0) {
                    throw new IllegalStateException("DL4J keeps " + states + " states for parameters " + from
                            + ".." + (from + n) + ", the engine fewer");
                }
                int at = b.getUpdaterViewOffsetStart() + s * n;
                if (toNet) {
                    System.arraycopy(mine, from, flat, at, n);
                } else {
                    System.arraycopy(flat, at, mine, from, n);
                }
            }
        }
        if (toNet) {
            view.assign(Nd4j.createFromArray(flat).reshape(view.shape()));
        }
    }

    /** The learning rate of the first parameter block at (iteration, epoch), as {@code net.getLearningRate(0)}. */
    public double learningRate(int iteration, int epoch) {
        return all.length == 0 ? 0.0 : all[0].rule().learningRate(iteration, epoch);
    }
}
