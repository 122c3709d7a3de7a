package org.lstmworkbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.layers.Convolution1DLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer.PoolingType;
import org.deeplearning4j.nn.conf.layers.Subsampling1DLayer;
import org.lstmworkbench.Problem;
import org.nd4j.linalg.activations.Activation;

/**
 * 1-D convolutions read the input window before LSTM layers do (Brownlee's CNN-LSTM): 1 to 3
 * {@link ConvLayer}s, an optional max-pooling, then the {@link LstmStack}, whose last step the task's
 * dense output reads. Convolutions slide along time without padding, so each shortens the
 * sequence the LSTM sees; the input layout stays DL4J's NCW {@code [samples, channels, steps]}
 * throughout.
 *
 * <p>With {@code subsequences} S above 1 (Brownlee's subsequence variant) the window of S*M steps is
 * cut into S subsequences of M steps ({@link SubsequenceSplit}); the convolutions and pooling read
 * each subsequence on its own, and their output, flattened per subsequence
 * ({@link SubsequenceMerge}), is a sequence of S steps for the LSTM.
 *
 * @param conv         the convolution layers, in order
 * @param pool         max-pooling window and stride after the convolutions; 0 or 1 for none
 * @param subsequences subsequences per window (1: the convolutions read the whole window)
 * @param lstm         the LSTM layers after the convolutions (their {@code weightInit} is the network's)
 */
public record CnnLstm(List<ConvLayer> conv, int pool, int subsequences, LstmStack lstm) implements Architecture {

    static final String TYPE = "cnn-lstm";

    /** The most convolution layers. */
    public static final int MAX_CONV_LAYERS = 3;

    /** The longest pooling window and the most subsequences. */
    public static final int MAX_STEPS = 1000;

    public CnnLstm {
        conv = List.copyOf(conv);
        Objects.requireNonNull(lstm, "lstm");
    }

    /** Brownlee's layout around {@code lstm}: one convolution of 64 filters of 3 steps, ReLU, pooling 2. */
    public static CnnLstm around(LstmStack lstm) {
        return new CnnLstm(List.of(ConvLayer.DEFAULT), 2, 1, lstm);
    }

    public CnnLstm withConv(List<ConvLayer> v) {
        return new CnnLstm(v, pool, subsequences, lstm);
    }

    public CnnLstm withPool(int v) {
        return new CnnLstm(conv, v, subsequences, lstm);
    }

    public CnnLstm withSubsequences(int v) {
        return new CnnLstm(conv, pool, v, lstm);
    }

    public CnnLstm withLstm(LstmStack v) {
        return new CnnLstm(conv, pool, subsequences, v);
    }

    /**
     * One convolution layer per entry with that many filters; a layer beyond the present ones
     * copies the last one's other settings.
     */
    public CnnLstm withFilters(List<Integer> filters) {
        List<ConvLayer> layers = new ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            ConvLayer like = conv.isEmpty() ? ConvLayer.DEFAULT : conv.get(Math.min(i, conv.size() - 1));
            layers.add(like.withFilters(filters.get(i)));
        }
        return withConv(layers);
    }

    /**
     * Kernel sizes: one for every convolution layer, or one per layer.
     *
     * @throws InvalidConfigException naming {@code architecture.conv} when the count is neither
     */
    public CnnLstm withKernelSizes(List<Integer> sizes) {
        if (sizes.size() != 1 && sizes.size() != conv.size()) {
            throw new InvalidConfigException(List.of(new Problem("architecture.conv", "give one kernel size for all "
                    + conv.size() + " convolution layers or one per layer, not " + sizes.size())));
        }
        List<ConvLayer> layers = new ArrayList<>();
        for (int i = 0; i < conv.size(); i++) {
            layers.add(conv.get(i).withKernelSize(sizes.get(sizes.size() == 1 ? 0 : i)));
        }
        return withConv(layers);
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public WeightInitKind weightInit() {
        return lstm.weightInit();
    }

    /** {@code Conv1D 64x3 -> MaxPool 2 -> LSTM 50}, after {@code 4 subsequences: } when split. */
    @Override
    public String summary() {
        StringBuilder s = new StringBuilder(subsequences > 1 ? subsequences + " subsequences: " : "");
        s.append(conv.stream().map(CnnLstm::convText).collect(Collectors.joining(" -> ")));
        if (pool > 1) {
            s.append(" -> MaxPool ").append(pool);
        }
        return s.append(" -> ").append(lstmText()).toString();
    }

    /** {@code LSTM 50,50} or {@code BiLSTM 50}. */
    private String lstmText() {
        return (lstm.bidirectional() ? "BiLSTM " : "LSTM ")
                + lstm.units().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** As {@link Architecture#layerSummary}; without the shapes when the window length is unknown or does not fit. */
    @Override
    public String layerSummary(NetworkShape shape) {
        if (shape.steps() == 0 || !problems().isEmpty() || !problemsFor(shape).isEmpty()) {
            return summary() + " -> Dense " + shape.outputs();
        }
        List<String> parts = new ArrayList<>();
        int[] steps = steps(shape);
        int channels = shape.features();
        if (subsequences > 1) {
            parts.add("Split " + subsequences + "x" + steps[0] + " (" + channels + "x" + steps[0] + ")");
        }
        for (int i = 0; i < conv.size(); i++) {
            channels = conv.get(i).filters();
            parts.add(convText(conv.get(i)) + " (" + channels + "x" + steps[i + 1] + ")");
        }
        int last = steps[conv.size()];
        if (pool > 1) {
            last = steps[conv.size() + 1];
            parts.add("MaxPool " + pool + " (" + channels + "x" + last + ")");
        }
        if (subsequences > 1) {
            parts.add("Flatten (" + (long) channels * last + "x" + subsequences + ")");
        }
        int width = lstm.units().isEmpty() ? 0 : lstm.units().get(lstm.units().size() - 1) * (lstm.bidirectional() ? 2 : 1);
        parts.add(lstmText() + " (" + width + ")");
        parts.add("Dense " + shape.outputs());
        return String.join(" -> ", parts);
    }

    private static String convText(ConvLayer c) {
        return "Conv1D " + c.filters() + "x" + c.kernelSize() + (c.stride() > 1 ? " stride " + c.stride() : "")
                + (c.dilation() > 1 ? " dilation " + c.dilation() : "");
    }

    @Override
    public List<Problem> problems() {
        List<Problem> p = new ArrayList<>();
        if (conv.isEmpty() || conv.size() > MAX_CONV_LAYERS) {
            p.add(new Problem("architecture.conv", "a CNN-LSTM needs 1 to " + MAX_CONV_LAYERS
                    + " convolution layers, had " + conv.size()));
        }
        for (int i = 0; i < conv.size(); i++) {
            p.addAll(conv.get(i).problems("architecture.conv[" + i + "]", i + 1));
        }
        if (pool < 0 || pool > MAX_STEPS) {
            p.add(new Problem("architecture.pool", "pooling must be 0 or 1 (none) to " + MAX_STEPS + " steps, was " + pool));
        }
        if (subsequences < 1 || subsequences > MAX_STEPS) {
            p.add(new Problem("architecture.subsequences", "subsequences must be 1 to " + MAX_STEPS + ", was "
                    + subsequences));
        }
        for (Problem q : lstm.problems()) {
            p.add(new Problem(q.path().replaceFirst("^architecture\\.", "architecture.lstm."), q.message()));
        }
        return p;
    }

    @Override
    public List<Problem> problemsFor(NetworkShape shape) {
        List<Problem> p = new ArrayList<>();
        if (shape.sequenceOutput()) {
            p.add(new Problem("architecture", "a CNN-LSTM forecasts from the end of its window (many-to-one): "
                    + "convolutions shorten the sequence, so there is no output per input step; use the lstm architecture"));
        }
        if (shape.steps() == 0) {
            // DL4J 1.0.0-M2.1's Conv1D fails reducing a double-precision feature mask (maxpool2d output type)
            p.add(new Problem("architecture", "a CNN-LSTM reads windows of one known length (forecasting); "
                    + "sequences of varying length, with their masks, are not supported"));
            return p;
        }
        if (subsequences < 1 || !problems().isEmpty()) {
            return p;
        }
        if (shape.steps() % subsequences != 0) {
            p.add(new Problem("architecture.subsequences", "a window of " + shape.steps() + " steps does not split into "
                    + subsequences + " subsequences of equal length; choose a divisor of " + shape.steps()
                    + " (" + divisors(shape.steps()) + ")"));
            return p;
        }
        int length = shape.steps() / subsequences;
        String input = subsequences > 1 ? "a subsequence of " + length + " steps" : "the window of " + length + " steps";
        for (int i = 0; i < conv.size(); i++) {
            ConvLayer c = conv.get(i);
            if (c.span() > length) {
                p.add(new Problem("architecture.conv[" + i + "].kernelSize", "the kernel of convolution layer " + (i + 1)
                        + " spans " + c.span() + " steps" + (c.dilation() > 1 ? " (dilation " + c.dilation() + ")" : "")
                        + ", longer than " + (i == 0 ? input : "the " + length + " steps left of " + input
                        + " after convolution layer " + i)));
                return p;
            }
            length = c.outputSteps(length);
        }
        if (pool > length) {
            p.add(new Problem("architecture.pool", "pooling of " + pool + " steps leaves no steps: only " + length
                    + " steps of " + input + " are left after the convolutions"));
        }
        return p;
    }

    private static String divisors(int n) {
        List<String> d = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            if (n % i == 0) {
                d.add(String.valueOf(i));
            }
        }
        return String.join(", ", d);
    }

    /**
     * Steps of the sequence the layers read: entry 0 what the first convolution reads (a
     * subsequence's steps when split), entry i+1 after convolution i, then after pooling.
     */
    private int[] steps(NetworkShape shape) {
        if (shape.steps() == 0 || !problemsFor(shape).isEmpty() || !problems().isEmpty()) {
            throw new IllegalArgumentException("the layers of " + summary() + " do not fit windows of "
                    + shape.steps() + " steps: " + problemsFor(shape));
        }
        int[] steps = new int[conv.size() + 2];
        steps[0] = shape.steps() / subsequences;
        for (int i = 0; i < conv.size(); i++) {
            steps[i + 1] = conv.get(i).outputSteps(steps[i]);
        }
        steps[conv.size() + 1] = pool > 1 ? (steps[conv.size()] - pool) / pool + 1 : steps[conv.size()];
        return steps;
    }

    /** The shape the LSTM layers see: the last filters (times the steps left, when split) per step. */
    private NetworkShape lstmShape(NetworkShape shape) {
        int channels = conv.get(conv.size() - 1).filters();
        if (subsequences == 1) {
            int steps = shape.steps() == 0 ? 0 : steps(shape)[conv.size() + 1];
            return new NetworkShape(channels, shape.outputs(), shape.sequenceOutput(), steps);
        }
        int left = steps(shape)[conv.size() + 1];
        return new NetworkShape(Math.multiplyExact(channels, left), shape.outputs(), shape.sequenceOutput(), subsequences);
    }

    @Override
    public int addLayers(NeuralNetConfiguration.ListBuilder list, ModelConfig config, NetworkShape shape) {
        int index = list.getLayerwise().size();
        if (subsequences > 1) {
            list.inputPreProcessor(index, new SubsequenceSplit(subsequences));
        }
        int nIn = shape.features();
        for (ConvLayer c : conv) {
            list.layer(new Convolution1DLayer.Builder()
                    .nIn(nIn).nOut(c.filters())
                    .kernelSize(c.kernelSize()).stride(c.stride()).dilation(c.dilation())
                    .convolutionMode(ConvolutionMode.Truncate)
                    .rnnDataFormat(RNNFormat.NCW)
                    .activation(activation(c.activation()))
                    .build());
            nIn = c.filters();
            index++;
        }
        if (pool > 1) {
            list.layer((Layer) new Subsampling1DLayer.Builder(PoolingType.MAX, pool, pool)
                    .convolutionMode(ConvolutionMode.Truncate).build());
            index++;
        }
        NetworkShape inner = lstmShape(shape);
        if (subsequences > 1) {
            list.inputPreProcessor(index, new SubsequenceMerge(subsequences, nIn, steps(shape)[conv.size() + 1]));
        }
        return lstm.addLayers(list, config, inner);
    }

    private static Activation activation(CellActivation a) {
        return switch (a) {
            case TANH -> Activation.TANH;
            case SOFTSIGN -> Activation.SOFTSIGN;
            case SIGMOID -> Activation.SIGMOID;
            case RELU -> Activation.RELU;
        };
    }

    /**
     * The convolutions' kernels and biases ({@link ConvLayer#parameterCount}; pooling has none), plus
     * the LSTM layers and the dense output on the shape they see ({@link LstmStack#parameterCount}).
     *
     * @throws IllegalArgumentException when subsequences are used and the layers do not fit the window
     */
    @Override
    public long parameterCount(NetworkShape shape) {
        long total = 0;
        long nIn = shape.features();
        for (ConvLayer c : conv) {
            total += c.parameterCount(nIn);
            nIn = c.filters();
        }
        return total + lstm.parameterCount(lstmShape(shape));
    }
}
