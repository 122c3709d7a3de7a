package org.lstmworkbench.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.lstmworkbench.Problem;

/**
 * Everything that defines one fit except the data and the seed's repeats: the task, the
 * architecture of the hidden layers, regularisation, learning, the training loop and early
 * stopping. Immutable; build with {@link #builder()}, which starts from {@link #DEFAULTS}, the one
 * place defaults are written. They follow the seed's Keras scripts: one LSTM layer of 10 cells,
 * Dense(1) linear output, MSE, Adam(lr 0.001, epsilon 1e-7), glorot-uniform kernel, orthogonal
 * recurrent weights, forget-gate bias 1 (Keras' {@code unit_forget_bias}), batch size 32,
 * 500 epochs, no shuffling (the seed fits with {@code shuffle=False}).
 *
 * <p>The parts do not check ranges, so a configuration read from JSON or typed into the window
 * can hold impossible values; {@link #validate()} lists them all as {@link Problem}s whose paths
 * are those of the JSON form ({@link ModelConfigJson}).
 *
 * <p>The one-field accessors ({@link #units()}, {@link #learningRate()}, {@link #epochs()}, ...)
 * are shorthands for the part that holds the field; the LSTM ones need an {@link LstmStack}.
 *
 * @param task           what the model learns (the output layer's activation and loss, the metrics)
 * @param architecture   the hidden layers
 * @param regularization dropout and weight penalties
 * @param learning       optimiser, learning rate and its schedule
 * @param training       minibatches, epochs, shuffling, clipping
 * @param earlyStopping  early stopping on validation loss
 * @param loss           training loss
 * @param seed           seed of weight initialisation, dropout and shuffling; repeats derive theirs from it
 */
@JsonSerialize(using = ModelConfigJson.Serializer.class)
@JsonDeserialize(using = ModelConfigJson.Deserializer.class)
public record ModelConfig(
        Task task,
        Architecture architecture,
        Regularization regularization,
        Learning learning,
        TrainingLoop training,
        EarlyStopping earlyStopping,
        LossKind loss,
        long seed) {

    /** Keras' Adam epsilon; DL4J's default (1e-8) differs, and the seed's numbers come from Keras. */
    public static final double KERAS_ADAM_EPSILON = 1e-7;

    /** The seed's defaults (see the class comment): the only place a default is written. */
    public static final ModelConfig DEFAULTS = new ModelConfig(
            Task.REGRESSION,
            new LstmStack(List.of(10), false, CellActivation.TANH, GateActivation.SIGMOID,
                    WeightInitKind.GLOROT_UNIFORM, WeightInitKind.ORTHOGONAL, 1.0),
            new Regularization(0, 0, 0, 0, 0),
            new Learning(OptimizerKind.ADAM, 0.001, 0.9, ScheduleKind.NONE, 0.5, 100),
            new TrainingLoop(32, 500, false, ClippingKind.NONE, 1.0),
            EarlyStopping.OFF,
            LossKind.MSE,
            1);

    public ModelConfig {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(architecture, "architecture");
        Objects.requireNonNull(regularization, "regularization");
        Objects.requireNonNull(learning, "learning");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(earlyStopping, "earlyStopping");
        Objects.requireNonNull(loss, "loss");
    }

    /** {@link #DEFAULTS}. */
    public static ModelConfig defaults() {
        return DEFAULTS;
    }

    /** A builder starting from {@link #DEFAULTS}. */
    public static ModelConfigBuilder builder() {
        return new ModelConfigBuilder(DEFAULTS);
    }

    public ModelConfigBuilder toBuilder() {
        return new ModelConfigBuilder(this);
    }

    /**
     * Every problem that makes this configuration impossible to train, each fit to show a user,
     * in form order; empty when it is valid. Checks that need the data (batch size against sample
     * count) are in {@link #validateFor(int)}.
     */
    public List<Problem> validate() {
        List<Problem> p = new ArrayList<>(architecture.problems());
        p.addAll(regularization.problems());
        p.addAll(learning.problems());
        p.addAll(training.problems());
        p.addAll(earlyStopping.problems());
        earlyStopping.monitorProblem(task.metrics()).ifPresent(p::add);
        if (task instanceof ClassificationTask && architecture instanceof EncoderDecoder) {
            p.add(new Problem("architecture", "an encoder-decoder forecasts a series several steps ahead; a "
                    + "classifier reads a sequence into one label (use lstm or cnn-lstm)"));
        }
        if (task instanceof ClassificationTask && loss != LossKind.CROSS_ENTROPY) {
            p.add(new Problem("loss", "a classification task trains with cross-entropy (softmax over "
                    + ((ClassificationTask) task).size() + " classes), not " + loss.name().toLowerCase()));
        }
        return p;
    }

    /** {@link #validate()} plus the checks that need the number of training samples. */
    public List<Problem> validateFor(int trainingSamples) {
        List<Problem> p = validate();
        p.addAll(training.problemsFor(trainingSamples));
        return p;
    }

    /**
     * {@link #validateFor(int)} plus the architecture's checks against the data's shape
     * ({@link Architecture#problemsFor}: a kernel longer than the window).
     */
    public List<Problem> validateFor(int trainingSamples, NetworkShape shape) {
        List<Problem> p = validateFor(trainingSamples);
        if (architecture.problems().isEmpty()) {
            p.addAll(architecture.problemsFor(shape));
        }
        return p;
    }

    /** Throws {@link InvalidConfigException} listing every problem, if any. */
    public ModelConfig requireValidFor(int trainingSamples) {
        List<Problem> p = validateFor(trainingSamples);
        if (!p.isEmpty()) {
            throw new InvalidConfigException(p);
        }
        return this;
    }

    /** Throws {@link InvalidConfigException} listing every problem of {@link #validateFor(int, NetworkShape)}, if any. */
    public ModelConfig requireValidFor(int trainingSamples, NetworkShape shape) {
        List<Problem> p = validateFor(trainingSamples, shape);
        if (!p.isEmpty()) {
            throw new InvalidConfigException(p);
        }
        return this;
    }

    /** One line for run lists: {@code LSTM(50,50) bi, adam lr=0.001, drop 0.2, 500 ep, batch 32}. */
    public String summary() {
        StringBuilder s = new StringBuilder(architecture.summary());
        s.append(", ").append(optimizer().name().toLowerCase()).append(" lr=").append(plain(learningRate()));
        if (architecture instanceof LstmStack l && !l.layerDropout().isEmpty()) {
            s.append(", drop ").append(l.layerDropout().stream().map(ModelConfig::plain)
                    .collect(java.util.stream.Collectors.joining("/")));
        } else if (dropout() > 0) {
            s.append(", drop ").append(plain(dropout()));
        }
        if (l1() > 0 || l2() > 0) {
            s.append(", l1=").append(plain(l1())).append(" l2=").append(plain(l2()));
        }
        s.append(", ").append(epochs()).append(" ep, batch ").append(batchSize());
        if (precision() != Precision.DOUBLE) {
            s.append(", ").append(precision().id());
        }
        if (earlyStopping.kind() != StoppingKind.OFF) {
            s.append(", early stop ").append(earlyStopping.kind().name().toLowerCase());
        }
        return s.toString();
    }

    /** A setting as typed: {@code 0} not {@code 0.0}, {@code 0.0001} not {@code 1.0E-4}. */
    private static String plain(double v) {
        return Double.isFinite(v) ? java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() : String.valueOf(v);
    }

    // Shorthands for the parts' fields (the names of the flat, version-1 JSON form)

    /** The architecture's LSTM layers ({@link Architectures#lstmPart}): all of an LSTM stack, the recurrent part of a CNN-LSTM. */
    public LstmStack lstm() {
        return Architectures.lstmPart(architecture);
    }

    /** Cells per LSTM layer, one entry per layer. */
    public List<Integer> units() {
        return lstm().units();
    }

    /** Number of LSTM layers. */
    public int layers() {
        return units().size();
    }

    public boolean bidirectional() {
        return lstm().bidirectional();
    }

    public CellActivation activation() {
        return lstm().activation();
    }

    public GateActivation gateActivation() {
        return lstm().gateActivation();
    }

    public WeightInitKind weightInit() {
        return architecture.weightInit();
    }

    public WeightInitKind recurrentInit() {
        return lstm().recurrentInit();
    }

    public double forgetGateBias() {
        return lstm().forgetGateBias();
    }

    /** Cell activation per layer; empty when every layer has {@link #activation()}. */
    public List<CellActivation> layerActivations() {
        return lstm().layerActivations();
    }

    /** Drop rate per layer; empty when every layer has {@link #dropout()}. */
    public List<Double> layerDropout() {
        return lstm().layerDropout();
    }

    /** Recurrent weight drop (0 = off). */
    public double recurrentDrop() {
        return lstm().recurrentDrop();
    }

    /** The drop rate of every LSTM layer's input, unless the layers have their own ({@link LstmStack#layerDropout()}). */
    public double dropout() {
        return regularization.dropout();
    }

    /**
     * Whether training drops anything: any layer's inputs (the uniform dropout or a layer's own) or
     * recurrent weights ({@link LstmStack#recurrentDrop()}), which makes training losses noisier than
     * validation ones.
     */
    public boolean usesDropout() {
        return architecture instanceof LstmStack l ? l.usesDropout(dropout()) || l.recurrentDrop() > 0 : dropout() > 0;
    }

    public double l1() {
        return regularization.l1();
    }

    public double l2() {
        return regularization.l2();
    }

    public double l1Bias() {
        return regularization.l1Bias();
    }

    public double l2Bias() {
        return regularization.l2Bias();
    }

    public OptimizerKind optimizer() {
        return learning.optimizer();
    }

    public double learningRate() {
        return learning.learningRate();
    }

    public double momentum() {
        return learning.momentum();
    }

    public ScheduleKind schedule() {
        return learning.schedule();
    }

    public double scheduleGamma() {
        return learning.scheduleGamma();
    }

    public int scheduleStep() {
        return learning.scheduleStep();
    }

    public int batchSize() {
        return training.batchSize();
    }

    public int epochs() {
        return training.epochs();
    }

    public boolean shuffle() {
        return training.shuffle();
    }

    public ClippingKind clipping() {
        return training.clipping();
    }

    public double clipThreshold() {
        return training.clipThreshold();
    }

    /** The fast engine's arithmetic. */
    public Precision precision() {
        return training.precision();
    }
}
