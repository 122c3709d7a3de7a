package org.lstmworkbench.training.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkShape;

/**
 * {@link LstmEngine}'s network in single precision: the LSTM layers' parameters, activations and
 * gradients in float, products by OpenBLAS's {@code cblas_sgemm}, element-wise work by
 * {@link FloatKernels}, as DL4J computes the network built in {@code DataType.FLOAT}. The run
 * keeps its parameters and the updater in double (the updater, {@link EngineUpdater}, is shared
 * with the double engine): each minibatch's parameters are rounded to float once, the float
 * gradient widened back; the dense output layer and its loss (a few values per example) run in
 * double on the float layer outputs.
 *
 * <p>Covered: stacked unidirectional LSTMs, many-to-one, MSE / MAE / softmax cross-entropy, masks.
 * Not covered ({@link #whyNot}): bidirectional layers and input dropout (then the double engine
 * trains). Not DL4J's bits: its losses differ from those of DL4J's float network by rounding, up
 * to about 2e-6 relative over the tests' runs of 30 to 100 epochs (see {@code FloatEngineTest}).
 */
public final class FloatLstmEngine implements TrainingEngine {

    private final ParamLayout layout;
    private final List<LstmEngine.LayerSpec> specs;
    private final List<FloatLayerPass> passes = new ArrayList<>();
    private final OutputHead head;
    private final NativeFloats paramBuf;
    private final NativeFloats gradBuf;
    private final FloatInference inference;
    private final float[] fparams;
    private final float[] fgrad;
    private double[] hl = new double[0];
    private double[] y = new double[0];
    private double[] dy = new double[0];
    private double[] dhl = new double[0];
    private float[] epsTop = new float[0];
    private float[] hTop = new float[0];

    private FloatLstmEngine(ParamLayout layout, List<LstmEngine.LayerSpec> specs, OutputHead.Kind kind, int outputs) {
        this.layout = layout;
        this.specs = List.copyOf(specs);
        for (int l = 0; l < specs.size(); l++) {
            passes.add(new FloatLayerPass(specs.get(l), layout, l));
        }
        head = new OutputHead(kind, specs.get(specs.size() - 1).hidden(), outputs, layout, specs.size());
        paramBuf = new NativeFloats(layout.size());
        gradBuf = new NativeFloats(layout.size());
        fparams = new float[layout.size()];
        fgrad = new float[layout.size()];
        inference = new FloatInference(this.specs, layout);
    }

    /**
     * Why the float engine cannot compute this network, or empty when it can: {@link LstmEngine}'s
     * reasons, plus bidirectional layers and input dropout.
     */
    public static Optional<String> whyNot(ModelConfig config, NetworkShape shape, boolean masked) {
        Optional<String> reason = LstmEngine.whyNot(config, shape, masked);
        if (reason.isPresent()) {
            return reason;
        }
        if (config.bidirectional()) {
            return Optional.of("bidirectional layers in float precision");
        }
        if (LstmEngine.usesDropout(config)) {
            return Optional.of("input dropout in float precision");
        }
        return Optional.empty();
    }

    /**
     * A float engine for {@code net}, the network {@code NetworkFactory.build(config, shape, seed)} made.
     *
     * @throws IllegalArgumentException when {@link #whyNot} gives a reason, or the shapes differ
     */
    public static FloatLstmEngine of(ModelConfig config, NetworkShape shape, MultiLayerNetwork net) {
        // masks change nothing here: the only masked case the double engine refuses, bidirectional, is refused anyway
        whyNot(config, shape, false).ifPresent(r -> {
            throw new IllegalArgumentException("the float engine cannot train " + r);
        });
        ParamLayout layout = ParamLayout.of(net);
        List<LstmEngine.LayerSpec> specs = LstmEngine.specs(config, shape);
        NetworkChecks.checkShapes(layout, specs, shape.outputs());
        org.nd4j.linalg.factory.Nd4j.factory().blas().setMaxThreads(1);
        return new FloatLstmEngine(layout, specs, NetworkChecks.outputKind(config).orElseThrow(), shape.outputs());
    }

    @Override
    public ParamLayout layout() {
        return layout;
    }

    @Override
    public double gradient(EngineBatch batch, double[] params, double[] grad) {
        check(batch, params);
        load(params);
        int mb = batch.examples();
        forwardLayers(batch);
        head.forward(params, hl, mb, y);
        double loss = head.loss(y, batch.labels(), 0, mb, dy) / mb;
        head.backward(params, hl, dy, mb, grad, dhl);
        int width = head.inputs();
        for (int i = 0; i < width * mb; i++) {
            epsTop[i] = (float) dhl[i];
        }
        for (int l = passes.size() - 1; l >= 0; l--) {
            NativeFloats above = l == passes.size() - 1 ? null : passes.get(l + 1).inputGradient();
            passes.get(l).backward(mb, batch.steps(), batch.maskArray(), above, epsTop, batch.lastSteps(), paramBuf,
                    gradBuf, fgrad);
        }
        int headFrom = layout.block(specs.size(), "W").offset();
        for (int i = 0; i < headFrom; i++) {
            grad[i] = fgrad[i];
        }
        return loss;
    }

    /** Rounds the parameters to float, on the heap (biases) and off it (the products' operands). */
    private void load(double[] params) {
        for (int i = 0; i < params.length; i++) {
            fparams[i] = (float) params[i];
        }
        paramBuf.put(0, fparams, 0, fparams.length);
    }

    /** The layers over {@code batch}, leaving each example's last unmasked top output in {@code hl}. */
    private void forwardLayers(EngineBatch batch) {
        int mb = batch.examples();
        NativeFloats input = batch.xFloat();
        for (FloatLayerPass pass : passes) {
            pass.forward(input, mb, batch.steps(), batch.maskArray(), paramBuf, fparams);
            input = pass.output();
        }
        int width = head.inputs();
        ensureHead(mb, width);
        int[] last = batch.lastSteps();
        for (int b = 0; b < mb; b++) {
            input.get(width * (b + mb * last[b]), hTop, width * b, width);
        }
        for (int i = 0; i < width * mb; i++) {
            hl[i] = hTop[i];
        }
    }

    @Override
    public double[] output(EngineBatch batch, double[] params) {
        check(batch, params);
        load(params);
        int nOut = head.outputs();
        double[] all = new double[nOut * batch.examples()];
        double[] chunk = new double[nOut * FloatInference.CHUNK];
        for (int from = 0; from < batch.examples(); from += FloatInference.CHUNK) {
            int n = Math.min(FloatInference.CHUNK, batch.examples() - from);
            inference.run(batch, from, n, paramBuf, fparams, params, head, chunk);
            System.arraycopy(chunk, 0, all, nOut * from, nOut * n);
        }
        return all;
    }

    @Override
    public double loss(EngineBatch batch, double[] params) {
        double[] out = output(batch, params);
        return head.loss(out, batch.labels(), 0, batch.examples(), null) / batch.examples();
    }

    @Override
    public void close() {
        passes.forEach(FloatLayerPass::close);
        inference.close();
        paramBuf.close();
        gradBuf.close();
    }

    private void ensureHead(int mb, int width) {
        if (hl.length < width * mb) {
            hl = new double[width * mb];
            dhl = new double[width * mb];
            hTop = new float[width * mb];
            epsTop = new float[width * mb];
        }
        if (y.length < head.outputs() * mb) {
            y = new double[head.outputs() * mb];
            dy = new double[head.outputs() * mb];
        }
    }

    private void check(EngineBatch batch, double[] params) {
        if (params.length != layout.size()) {
            throw new IllegalArgumentException("expected " + layout.size() + " parameters, got " + params.length);
        }
        if (batch.features() != specs.get(0).nIn() || batch.outputs() != head.outputs()) {
            throw new IllegalArgumentException("batch has " + batch.features() + " features and " + batch.outputs()
                    + " outputs; the network " + specs.get(0).nIn() + " and " + head.outputs());
        }
    }
}
