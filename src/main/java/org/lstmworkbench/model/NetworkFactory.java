package org.lstmworkbench.model;

import java.util.List;
import org.deeplearning4j.nn.api.layers.LayerConstraint;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossBinaryXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMAE;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.FixedSchedule;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;

/**
 * Builds the DL4J network of a {@link ModelConfig}: LSTM layers (stacked, optionally
 * bidirectional with concatenated outputs), then a dense output layer on the last time step
 * (many-to-one via {@link LastTimeStep}) or an {@link RnnOutputLayer} per step (many-to-many).
 * Input layout is DL4J's NCW {@code [samples, features, timesteps]}. Networks compute in double
 * precision so that losses of 1e-6 stay meaningful.
 */
public final class NetworkFactory {

    private NetworkFactory() {
    }

    /** A freshly initialised network whose weights are fixed by {@code seed}. */
    public static MultiLayerNetwork build(ModelConfig config, NetworkShape shape, long seed) {
        return build(config, shape, seed, null);
    }

    /**
     * Changes to the layers {@link #build} makes, for training several independent models as one
     * wide network (see {@code training.FusedTrainer}).
     *
     * @param loss               the output layer's loss instead of the configuration's
     * @param lstmConstraints    one constraint per LSTM layer on its weights ({@code W}, {@code RW})
     * @param outputConstraint   a constraint on the output layer's weights
     */
    public record Overrides(ILossFunction loss, List<LayerConstraint> lstmConstraints,
                            LayerConstraint outputConstraint) {
    }

    /** As {@link #build(ModelConfig, NetworkShape, long)}, with the given overrides (null for none). */
    public static MultiLayerNetwork build(ModelConfig config, NetworkShape shape, long seed, Overrides overrides) {
        List<String> problems = config.validate();
        if (!problems.isEmpty()) {
            throw new InvalidConfigException(problems);
        }
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .dataType(DataType.DOUBLE)
                .updater(updater(config))
                .weightInit(weightInit(config.weightInit()))
                .l1(config.l1()).l2(config.l2())
                .l1Bias(config.l1Bias()).l2Bias(config.l2Bias())
                .gradientNormalization(clipping(config.clipping()))
                .gradientNormalizationThreshold(config.clipThreshold())
                .list();
        int nIn = shape.features();
        List<Integer> units = config.units();
        for (int i = 0; i < units.size(); i++) {
            LSTM lstm = lstm(config, nIn, units.get(i));
            if (overrides != null) {
                lstm.setConstraints(List.of(overrides.lstmConstraints().get(i)));
            }
            Layer layer = lstm;
            if (config.bidirectional()) {
                layer = new Bidirectional(Bidirectional.Mode.CONCAT, layer);
            }
            boolean last = i == units.size() - 1;
            list.layer(last && !shape.sequenceOutput() ? new LastTimeStep(layer) : layer);
            nIn = units.get(i) * (config.bidirectional() ? 2 : 1);
        }
        list.layer(outputLayer(config, nIn, shape, overrides));
        MultiLayerConfiguration conf = list.build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /**
     * Trainable parameters of the network {@link #build} would make, computed without DL4J:
     * an LSTM layer of N cells on nIn inputs has 4 (nIn N + N N + N); a bidirectional one twice
     * that and feeds 2N inputs onwards; the dense output has nIn * outputs + outputs.
     */
    public static long parameterCount(ModelConfig config, NetworkShape shape) {
        long total = 0;
        long nIn = shape.features();
        for (int n : config.units()) {
            long lstm = 4L * (nIn * n + (long) n * n + n);
            total += config.bidirectional() ? 2 * lstm : lstm;
            nIn = (long) n * (config.bidirectional() ? 2 : 1);
        }
        return total + nIn * shape.outputs() + shape.outputs();
    }

    private static LSTM lstm(ModelConfig c, int nIn, int nOut) {
        LSTM.Builder b = new LSTM.Builder()
                .nIn(nIn).nOut(nOut)
                .activation(cellActivation(c.activation()))
                .gateActivationFunction(c.gateActivation() == GateActivation.SIGMOID
                        ? Activation.SIGMOID : Activation.HARDSIGMOID)
                .forgetGateBiasInit(c.forgetGateBias())
                .weightInitRecurrent(weightInit(c.recurrentInit()))
                .dataFormat(RNNFormat.NCW);
        if (c.dropout() > 0) {
            // DL4J's dropOut(p) takes the probability to RETAIN an input
            b.dropOut(1.0 - c.dropout());
        }
        return b.build();
    }

    private static Layer outputLayer(ModelConfig c, int nIn, NetworkShape shape, Overrides overrides) {
        Activation act = switch (c.loss()) {
            case MSE, MAE -> Activation.IDENTITY;
            case BINARY_CROSS_ENTROPY -> Activation.SIGMOID;
            case CROSS_ENTROPY -> Activation.SOFTMAX;
        };
        ILossFunction loss = overrides == null ? lossFunction(c.loss()) : overrides.loss();
        org.deeplearning4j.nn.conf.layers.BaseOutputLayer out = shape.sequenceOutput()
                ? new RnnOutputLayer.Builder(loss).nIn(nIn).nOut(shape.outputs())
                        .activation(act).dataFormat(RNNFormat.NCW).build()
                : new OutputLayer.Builder(loss).nIn(nIn).nOut(shape.outputs()).activation(act).build();
        if (overrides != null) {
            out.setConstraints(List.of(overrides.outputConstraint()));
        }
        return out;
    }

    private static ILossFunction lossFunction(LossKind loss) {
        return switch (loss) {
            case MSE -> new LossMSE();
            case MAE -> new LossMAE();
            case BINARY_CROSS_ENTROPY -> new LossBinaryXENT();
            case CROSS_ENTROPY -> new LossMCXENT();
        };
    }

    static IUpdater updater(ModelConfig c) {
        ISchedule lr = schedule(c);
        return switch (c.optimizer()) {
            case ADAM -> Adam.builder().learningRateSchedule(lr).epsilon(ModelConfig.KERAS_ADAM_EPSILON).build();
            case RMSPROP -> {
                RmsProp r = new RmsProp(lr);
                r.setRmsDecay(0.9);
                r.setEpsilon(ModelConfig.KERAS_ADAM_EPSILON);
                yield r;
            }
            case ADAGRAD -> AdaGrad.builder().learningRateSchedule(lr).epsilon(ModelConfig.KERAS_ADAM_EPSILON).build();
            case SGD -> new Sgd(lr);
            case NESTEROV -> new Nesterovs(lr, c.momentum());
        };
    }

    static ISchedule schedule(ModelConfig c) {
        return switch (c.schedule()) {
            case NONE -> new FixedSchedule(c.learningRate());
            case STEP -> new StepSchedule(ScheduleType.EPOCH, c.learningRate(), c.scheduleGamma(), c.scheduleStep());
            case EXPONENTIAL -> new ExponentialSchedule(ScheduleType.EPOCH, c.learningRate(), c.scheduleGamma());
            case COSINE -> new CosineSchedule(c.learningRate(), c.epochs());
        };
    }

    private static Activation cellActivation(CellActivation a) {
        return switch (a) {
            case TANH -> Activation.TANH;
            case SOFTSIGN -> Activation.SOFTSIGN;
            case SIGMOID -> Activation.SIGMOID;
            case RELU -> Activation.RELU;
        };
    }

    static IWeightInit weightInit(WeightInitKind kind) {
        return switch (kind) {
            case GLOROT_UNIFORM -> WeightInit.XAVIER_UNIFORM.getWeightInitFunction();
            case GLOROT_NORMAL -> WeightInit.XAVIER.getWeightInitFunction();
            case UNIFORM -> WeightInit.UNIFORM.getWeightInitFunction();
            case NORMAL -> WeightInit.NORMAL.getWeightInitFunction();
            case LECUN_UNIFORM -> WeightInit.LECUN_UNIFORM.getWeightInitFunction();
            case LECUN_NORMAL -> WeightInit.LECUN_NORMAL.getWeightInitFunction();
            case HE_UNIFORM -> WeightInit.RELU_UNIFORM.getWeightInitFunction();
            case HE_NORMAL -> WeightInit.RELU.getWeightInitFunction();
            case ORTHOGONAL -> new OrthogonalInit();
        };
    }

    private static GradientNormalization clipping(ClippingKind kind) {
        return switch (kind) {
            case NONE -> GradientNormalization.None;
            case VALUE -> GradientNormalization.ClipElementWiseAbsoluteValue;
            case L2_PER_LAYER -> GradientNormalization.ClipL2PerLayer;
        };
    }
}
