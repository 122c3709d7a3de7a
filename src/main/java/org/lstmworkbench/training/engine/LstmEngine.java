package org.lstmworkbench.training.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.lstmworkbench.model.CellActivation;
import org.lstmworkbench.model.GateActivation;
import org.lstmworkbench.model.LstmStack;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkShape;

/**
 * Forward and backward passes of the networks {@code NetworkFactory} builds for stacked
 * LSTM layers (unidirectional or bidirectional), many-to-one through {@code LastTimeStep}, and a dense output layer
 * (identity with MSE or MAE, softmax with multi-class cross-entropy), on the flat parameter
 * vector of {@link ParamLayout}, with DL4J's math: the same gradient and data loss as
 * {@code MultiLayerNetwork.computeGradientAndScore} to about 1e-12 relative.
 *
 * <p>What it computes, precisely:
 * <ul>
 *   <li>{@link #gradient}: the data loss (mean over examples, as DL4J's score without its
 *       L1/L2 term) and the raw data gradient (summed over examples, as {@code net.gradient()}
 *       holds it before the updater divides by the minibatch size and adds regularisation).</li>
 *   <li>{@link #output} and {@link #loss}: inference, chunked, keeping no per-step activations.</li>
 * </ul>
 * Input dropout, when configured, uses masks from a {@link SplittableRandom} seeded at
 * construction (see {@link InputDropout}): same distribution as DL4J's, other values.
 *
 * <p>Feature masks follow DL4J's traits, kept on purpose: the forward pass multiplies each step's
 * h and c by the mask, the backward pass ignores the mask (so with pre-padding the bias gradient
 * includes the masked leading steps, as DL4J's does), and the output layer reads the last
 * unmasked step rounded to ND4J's default float type ({@link #roundsMaskedLastStep()}).
 *
 * <p>Bidirectional layers (DL4J's CONCAT mode, see {@link BidirectionalPass}) are covered on
 * data without feature masks; their inference keeps each chunk's per-step activations, which a
 * backward direction needs. Not covered ({@link #whyNot}): outputs per time step, other losses,
 * bidirectional layers on masked data.
 *
 * <p>One engine per thread (it owns its buffers). It sets OpenBLAS to one thread, process-wide:
 * engines run in parallel as one per core.
 */
public final class LstmEngine implements TrainingEngine {

    /** One LSTM layer's sizes and activations. */
    record LayerSpec(int nIn, int hidden, CellActivation cell, GateActivation gate, double retain,
                     boolean bidirectional) {
        /** Rows of the layer's output (both directions concatenated when bidirectional). */
        int width() {
            return bidirectional ? 2 * hidden : hidden;
        }
    }

    private final ParamLayout layout;
    private final List<LayerSpec> specs;
    private final List<LayerPass> passes = new ArrayList<>();
    private final OutputHead head;
    private final ForwardPass inference;
    private final SplittableRandom random;
    private final NativeBuffer paramBuf;
    private final NativeBuffer gradBuf;
    private boolean roundsMaskedLastStep;
    private double[] hl = new double[0];
    private double[] y = new double[0];
    private double[] dy = new double[0];
    private double[] dhl = new double[0];

    private LstmEngine(ParamLayout layout, List<LayerSpec> specs, OutputHead.Kind kind, int outputs, long seed) {
        this.layout = layout;
        this.specs = List.copyOf(specs);
        for (int l = 0; l < specs.size(); l++) {
            LayerSpec s = specs.get(l);
            passes.add(s.bidirectional()
                    ? new BidirectionalPass(s.nIn(), s.hidden(), layout, l, s.cell(), s.gate(), s.retain(), l > 0)
                    : new LstmLayerPass(s.nIn(), s.hidden(), layout, l, s.cell(), s.gate(), s.retain(), l > 0));
        }
        head = new OutputHead(kind, specs.get(specs.size() - 1).width(), outputs, layout, specs.size());
        // a bidirectional layer needs whole sequences: its inference runs the training passes chunk by chunk
        inference = specs.get(0).bidirectional() ? null : new ForwardPass(this.specs, layout, roundsMaskedLastStep());
        random = new SplittableRandom(seed);
        paramBuf = new NativeBuffer(layout.size());
        gradBuf = new NativeBuffer(layout.size());
        roundsMaskedLastStep = roundsMaskedLastStep();
    }

    /**
     * With a feature mask DL4J's {@code LastTimeStep} gathers each example's last unmasked step
     * into an array of ND4J's default floating type ({@code TimeSeriesUtils.pullLastTimeSteps}
     * calls {@code Nd4j.create(shape)}), FLOAT unless changed: the output layer then sees h rounded
     * to float. The engine does the same, or its outputs would differ by ~1e-8 relative.
     */
    static boolean roundsMaskedLastStep() {
        return org.nd4j.linalg.factory.Nd4j.defaultFloatingPointType() == org.nd4j.linalg.api.buffer.DataType.FLOAT;
    }

    /**
     * Keeps the masked last step in double (the mathematically smooth loss), for finite-difference
     * checks: float rounding would swamp a difference quotient with noise.
     */
    void keepMaskedLastStepInDouble() {
        roundsMaskedLastStep = false;
        if (inference != null) {
            inference.keepMaskedLastStepInDouble();
        }
    }

    static void roundToFloat(double[] v, int n) {
        for (int i = 0; i < n; i++) {
            v[i] = (float) v[i];
        }
    }

    /**
     * Why the engine cannot compute this configuration's network on data of {@code shape}, or
     * empty when it can. Only the network's math is judged here (layers, output, loss); the
     * parameter update (optimiser, schedule, L1/L2, clipping) is not this class's concern.
     */
    public static Optional<String> whyNot(ModelConfig config, NetworkShape shape) {
        if (!(config.architecture() instanceof LstmStack)) {
            return Optional.of("architecture " + config.architecture().typeName() + " is not an LSTM stack");
        }
        if (((LstmStack) config.architecture()).recurrentDrop() > 0) {
            return Optional.of(RECURRENT_DROP);
        }
        if (shape.sequenceOutput()) {
            return Optional.of("an output per time step (only many-to-one networks)");
        }
        if (NetworkChecks.outputKind(config).isEmpty()) {
            return Optional.of("the " + config.loss().name().toLowerCase() + " loss with "
                    + config.task().outputActivation(config.loss()).name().toLowerCase() + " output");
        }
        return Optional.empty();
    }

    /**
     * As {@link #whyNot(ModelConfig, NetworkShape)}, for data with ({@code masked}) or without
     * feature masks (variable-length sequences): bidirectional networks are refused on masked data,
     * where DL4J M2.1's bidirectional layer leaves its forward direction unmasked.
     */
    public static Optional<String> whyNot(ModelConfig config, NetworkShape shape, boolean masked) {
        Optional<String> reason = whyNot(config, shape);
        if (reason.isPresent() || !masked || !config.bidirectional()) {
            return reason;
        }
        return Optional.of(MASKED_BIDIRECTIONAL);
    }

    /** Why recurrent weight drop trains on DL4J's fit: the engine's passes read the recurrent weights unmasked. */
    static final String RECURRENT_DROP = "recurrent weight drop (DropConnect on the recurrent weights) is not in the"
            + " fast engine";

    private static final String MASKED_BIDIRECTIONAL = "bidirectional layers on variable-length sequences (feature masks)";

    /** Whether this JVM has the Vector API for the activations (see {@code ElementKernels.VECTOR}). */
    public static boolean vectorApiAvailable() {
        return ElementKernels.VECTOR;
    }

    /**
     * Whether a run of {@code config} computes some activations on the Vector API: where it is
     * available and a layer's gate block (three times its cells, per example) is long enough.
     */
    public static boolean usesVectorActivations(ModelConfig config) {
        return ElementKernels.VECTOR && config.units().stream()
                .anyMatch(u -> 3 * u >= ElementKernels.VECTOR_MIN_LENGTH);
    }

    /** Whether the configuration trains with input dropout on any layer (then runs are not equal to DL4J's fit). */
    public static boolean usesDropout(ModelConfig config) {
        return config.lstm().usesDropout(config.dropout());
    }

    /**
     * An engine for {@code net}, the network {@code NetworkFactory.build(config, shape, seed)} made.
     *
     * @param dropoutSeed seed of the dropout masks (the run's seed)
     * @throws IllegalArgumentException when {@link #whyNot} gives a reason, or the network's
     *     parameters do not have the configuration's shapes
     */
    public static LstmEngine of(ModelConfig config, NetworkShape shape, MultiLayerNetwork net, long dropoutSeed) {
        whyNot(config, shape).ifPresent(r -> {
            throw new IllegalArgumentException("the engine cannot train " + r);
        });
        ParamLayout layout = ParamLayout.of(net);
        List<LayerSpec> specs = specs(config, shape);
        NetworkChecks.checkShapes(layout, specs, shape.outputs());
        // one BLAS thread: ND4J's setter reaches the OpenBLAS that nd4j-native and this engine share
        org.nd4j.linalg.factory.Nd4j.factory().blas().setMaxThreads(1);
        return new LstmEngine(layout, specs, NetworkChecks.outputKind(config).orElseThrow(), shape.outputs(), dropoutSeed);
    }

    /** The LSTM layers of {@code config} on data of {@code shape}, bottom first. */
    static List<LayerSpec> specs(ModelConfig config, NetworkShape shape) {
        List<LayerSpec> specs = new ArrayList<>();
        int nIn = shape.features();
        LstmStack stack = config.lstm();
        for (int l = 0; l < stack.units().size(); l++) {
            // each layer its own activation and drop rate: the passes take them per layer already
            double retain = 1.0 - stack.dropoutOf(l, config.dropout());
            LayerSpec spec = new LayerSpec(nIn, stack.units().get(l), stack.activationOf(l), config.gateActivation(),
                    retain, config.bidirectional());
            specs.add(spec);
            nIn = spec.width();
        }
        return specs;
    }

    /** The flat parameter layout the engine reads and writes. */
    @Override
    public ParamLayout layout() {
        return layout;
    }

    /** Whether this engine applies input dropout (on any layer) in {@link #gradient}. */
    public boolean usesDropout() {
        return specs.stream().anyMatch(s -> s.retain() < 1.0);
    }

    /**
     * The training pass on one minibatch: fills {@code grad} (length {@code layout().size()})
     * with the data gradient summed over the examples and returns the data loss averaged over
     * them, both as DL4J's {@code computeGradientAndScore} without regularisation. Draws new
     * dropout masks when the network has dropout.
     */
    @Override
    public double gradient(EngineBatch batch, double[] params, double[] grad) {
        check(batch, params);
        int mb = batch.examples();
        paramBuf.put(0, params, 0, params.length);
        forwardLayers(batch, params, true);
        head.forward(params, hl, mb, y);
        double loss = head.loss(y, batch.labels(), 0, mb, dy) / mb;
        head.backward(params, hl, dy, mb, grad, dhl);
        for (int l = passes.size() - 1; l >= 0; l--) {
            NativeBuffer above = l == passes.size() - 1 ? null : passes.get(l + 1).inputGradient();
            passes.get(l).backward(mb, batch.steps(), batch.maskArray(), above, dhl, batch.lastSteps(), paramBuf,
                    gradBuf, grad);
        }
        return loss;
    }

    /** The layer passes over {@code batch}, leaving each example's last unmasked top output in {@code hl}. */
    private void forwardLayers(EngineBatch batch, double[] params, boolean training) {
        int mb = batch.examples();
        NativeBuffer input = batch.x();
        for (LayerPass pass : passes) {
            pass.forward(input, mb, batch.steps(), batch.maskArray(), paramBuf, params, random, training);
            input = pass.output();
        }
        int width = passes.get(passes.size() - 1).width();
        ensureHead(mb, width);
        int[] last = batch.lastSteps();
        for (int b = 0; b < mb; b++) {
            input.get(width * (b + mb * last[b]), hl, width * b, width);
        }
        if (batch.masked() && roundsMaskedLastStep) {
            roundToFloat(hl, width * mb);
        }
    }

    /** Outputs of examples {@code [from, from + n)} into {@code out}, forward only. */
    private void infer(EngineBatch batch, int from, int n, double[] params, double[] out) {
        if (inference != null) {
            inference.run(batch, from, n, paramBuf, params, head, out);
            return;
        }
        if (from == 0 && n == batch.examples()) {
            forwardLayers(batch, params, false);
        } else {
            try (EngineBatch part = batch.slice(from, n)) {
                forwardLayers(part, params, false);
            }
        }
        head.forward(params, hl, n, out);
    }

    /** Network outputs for every example of {@code batch}, {@code [nOut * b + k]}, as DL4J's {@code output}. */
    @Override
    public double[] output(EngineBatch batch, double[] params) {
        check(batch, params);
        paramBuf.put(0, params, 0, params.length);
        int nOut = head.outputs();
        double[] all = new double[nOut * batch.examples()];
        double[] chunk = new double[nOut * ForwardPass.CHUNK];
        for (int from = 0; from < batch.examples(); from += ForwardPass.CHUNK) {
            int n = Math.min(ForwardPass.CHUNK, batch.examples() - from);
            infer(batch, from, n, params, chunk);
            System.arraycopy(chunk, 0, all, nOut * from, nOut * n);
        }
        return all;
    }

    /** The data loss over all of {@code batch} (mean over examples, no regularisation, no dropout). */
    @Override
    public double loss(EngineBatch batch, double[] params) {
        check(batch, params);
        paramBuf.put(0, params, 0, params.length);
        int nOut = head.outputs();
        double[] chunk = new double[nOut * ForwardPass.CHUNK];
        double sum = 0.0;
        for (int from = 0; from < batch.examples(); from += ForwardPass.CHUNK) {
            int n = Math.min(ForwardPass.CHUNK, batch.examples() - from);
            infer(batch, from, n, params, chunk);
            sum += head.loss(chunk, batch.labels(), nOut * from, n, null);
        }
        return sum / batch.examples();
    }

    @Override
    public void close() {
        passes.forEach(LayerPass::close);
        if (inference != null) {
            inference.close();
        }
        paramBuf.close();
        gradBuf.close();
    }

    private void ensureHead(int mb, int hidden) {
        if (hl.length < hidden * mb) {
            hl = new double[hidden * mb];
            dhl = new double[hidden * mb];
        }
        if (y.length < head.outputs() * mb) {
            y = new double[head.outputs() * mb];
            dy = new double[head.outputs() * mb];
        }
    }

    private void check(EngineBatch batch, double[] params) {
        if (batch.masked() && specs.get(0).bidirectional()) {
            throw new IllegalArgumentException("the engine cannot train " + MASKED_BIDIRECTIONAL);
        }
        if (params.length != layout.size()) {
            throw new IllegalArgumentException("expected " + layout.size() + " parameters, got " + params.length);
        }
        if (batch.features() != specs.get(0).nIn() || batch.outputs() != head.outputs()) {
            throw new IllegalArgumentException("batch has " + batch.features() + " features and " + batch.outputs()
                    + " outputs; the network " + specs.get(0).nIn() + " and " + head.outputs());
        }
    }
}
