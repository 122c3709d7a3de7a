package org.lstmworkbench.model;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.api.layers.LayerConstraint;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.deeplearning4j.nn.weights.WeightInit;
import org.lstmworkbench.Problem;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.FixedSchedule;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;

/**
 * Builds the DL4J network of a {@link ModelConfig}: the network-wide settings (updater, weight
 * init, penalties, clipping), the architecture's hidden layers ({@link Architecture#addLayers}),
 * then the task's output layer ({@link Task#outputActivation}, {@link Task#lossFunction}): dense
 * on the last time step (many-to-one) or an {@link RnnOutputLayer} per step (many-to-many).
 * Input layout is DL4J's NCW {@code [samples, features, timesteps]}. Networks compute in double
 * precision so that losses of 1e-6 stay meaningful.
 */
public final class NetworkFactory {

    private NetworkFactory() {
    }

    /** A freshly initialised network whose weights are fixed by {@code seed}. */
    public static MultiLayerNetwork build(ModelConfig config, NetworkShape shape, long seed) {
        List<Problem> problems = new ArrayList<>(config.validate());
        if (problems.isEmpty()) {
            problems.addAll(config.architecture().problemsFor(shape));
        }
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
        int nIn = config.architecture().addLayers(list, config, shape);
        list.layer(outputLayer(config, nIn, config.architecture().outputShape(shape)));
        MultiLayerConfiguration conf = list.build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    /** Trainable parameters of the network {@link #build} would make (see {@link Architecture#parameterCount}). */
    public static long parameterCount(ModelConfig config, NetworkShape shape) {
        return config.architecture().parameterCount(shape);
    }

    /** The task's output layer: dense on the last step's vector, or one output per step. */
    private static Layer outputLayer(ModelConfig c, int nIn, NetworkShape shape) {
        Activation act = c.task().outputActivation(c.loss());
        ILossFunction loss = c.task().lossFunction(c.loss());
        return shape.sequenceOutput()
                ? new RnnOutputLayer.Builder(loss).nIn(nIn).nOut(shape.outputs())
                        .activation(act).dataFormat(RNNFormat.NCW).build()
                : new OutputLayer.Builder(loss).nIn(nIn).nOut(shape.outputs()).activation(act).build();
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
            // a fixed rate needs no schedule; a schedule needs the subclass whose clone keeps it
            case ADAGRAD -> c.schedule() == ScheduleKind.NONE
                    ? new AdaGrad(c.learningRate(), ModelConfig.KERAS_ADAM_EPSILON)
                    : new ScheduledAdaGrad(lr, ModelConfig.KERAS_ADAM_EPSILON);
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
