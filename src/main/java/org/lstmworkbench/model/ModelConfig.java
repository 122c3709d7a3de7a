package org.lstmworkbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Everything that defines one LSTM fit except the data and the seed's repeats: architecture,
 * regularisation, learning and early stopping. Immutable; build with {@link #builder()}.
 * Defaults follow the seed's Keras scripts: one LSTM layer of 10 cells, Dense(1) linear output,
 * MSE, Adam(lr 0.001, epsilon 1e-7), glorot-uniform kernel, orthogonal recurrent weights,
 * forget-gate bias 1 (Keras' {@code unit_forget_bias}), batch size 32, no shuffling (the seed
 * fits with {@code shuffle=False}).
 *
 * <p>The compact constructor only fills nulls with defaults, so a configuration read from JSON
 * or typed into the window can hold impossible values; {@link #validate()} lists them all.
 *
 * @param units          cells per LSTM layer, one entry per layer (stacked when more than one)
 * @param bidirectional  wrap every LSTM layer in a bidirectional layer (outputs concatenated)
 * @param activation     cell activation
 * @param gateActivation gate activation
 * @param weightInit     initialisation of input weights (and the dense output layer)
 * @param recurrentInit  initialisation of recurrent weights
 * @param forgetGateBias initial forget-gate bias
 * @param dropout        probability of <em>dropping</em> an LSTM input (0 = off); not DL4J's retain probability
 * @param l1             L1 penalty on input and recurrent weights
 * @param l2             L2 penalty on input and recurrent weights
 * @param l1Bias         L1 penalty on biases
 * @param l2Bias         L2 penalty on biases
 * @param optimizer      optimiser
 * @param learningRate   initial learning rate
 * @param momentum       momentum of the Nesterov optimiser (ignored by the others)
 * @param schedule       learning-rate schedule per epoch
 * @param scheduleGamma  decay factor of STEP and EXPONENTIAL schedules
 * @param scheduleStep   epochs per step of the STEP schedule
 * @param batchSize      samples per minibatch
 * @param epochs         passes over the training set
 * @param shuffle        shuffle the training samples each epoch (seeded); off keeps time order like the seed
 * @param clipping       gradient clipping
 * @param clipThreshold  clipping threshold (value, or L2 norm)
 * @param earlyStopping  early stopping on validation loss
 * @param loss           training loss
 * @param seed           seed of weight initialisation, dropout and shuffling; repeats derive theirs from it
 */
public record ModelConfig(
        List<Integer> units,
        boolean bidirectional,
        CellActivation activation,
        GateActivation gateActivation,
        WeightInitKind weightInit,
        WeightInitKind recurrentInit,
        double forgetGateBias,
        double dropout,
        double l1,
        double l2,
        double l1Bias,
        double l2Bias,
        OptimizerKind optimizer,
        double learningRate,
        double momentum,
        ScheduleKind schedule,
        double scheduleGamma,
        int scheduleStep,
        int batchSize,
        int epochs,
        boolean shuffle,
        ClippingKind clipping,
        double clipThreshold,
        EarlyStopping earlyStopping,
        LossKind loss,
        long seed) {

    /** Keras' Adam epsilon; DL4J's default (1e-8) differs, and the seed's numbers come from Keras. */
    public static final double KERAS_ADAM_EPSILON = 1e-7;

    public ModelConfig {
        units = units == null ? List.of(10) : List.copyOf(units);
        activation = activation == null ? CellActivation.TANH : activation;
        gateActivation = gateActivation == null ? GateActivation.SIGMOID : gateActivation;
        weightInit = weightInit == null ? WeightInitKind.GLOROT_UNIFORM : weightInit;
        recurrentInit = recurrentInit == null ? WeightInitKind.ORTHOGONAL : recurrentInit;
        optimizer = optimizer == null ? OptimizerKind.ADAM : optimizer;
        schedule = schedule == null ? ScheduleKind.NONE : schedule;
        clipping = clipping == null ? ClippingKind.NONE : clipping;
        earlyStopping = earlyStopping == null ? EarlyStopping.OFF : earlyStopping;
        loss = loss == null ? LossKind.MSE : loss;
    }

    /** The seed's defaults: see the class comment. */
    public static ModelConfig defaults() {
        return builder().build();
    }

    public static ModelConfigBuilder builder() {
        return new ModelConfigBuilder();
    }

    public ModelConfigBuilder toBuilder() {
        return new ModelConfigBuilder(this);
    }

    /** Number of LSTM layers. */
    public int layers() {
        return units.size();
    }

    /**
     * Every problem that makes this configuration impossible to train, each fit to show a user;
     * empty when it is valid. Checks that need the data (batch size against sample count) are
     * in {@link #validateFor(int)}.
     */
    public List<String> validate() {
        List<String> p = new ArrayList<>();
        if (units.isEmpty()) {
            p.add("the model needs at least one LSTM layer");
        }
        for (int i = 0; i < units.size(); i++) {
            Integer u = units.get(i);
            if (u == null || u < 1) {
                p.add("cells in layer " + (i + 1) + " must be at least 1, was " + u);
            } else if (u > 4096) {
                p.add("cells in layer " + (i + 1) + " must be at most 4096, was " + u);
            }
        }
        if (!(dropout >= 0 && dropout < 1)) {
            p.add("dropout is a drop rate and must be in [0, 1), was " + dropout);
        }
        nonNegative(p, "L1", l1);
        nonNegative(p, "L2", l2);
        nonNegative(p, "L1 on biases", l1Bias);
        nonNegative(p, "L2 on biases", l2Bias);
        if (!Double.isFinite(forgetGateBias)) {
            p.add("forget-gate bias must be a finite number, was " + forgetGateBias);
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            p.add("learning rate must be above 0, was " + learningRate);
        } else if (learningRate > 10) {
            p.add("learning rate must be at most 10, was " + learningRate);
        }
        if (!(momentum >= 0 && momentum < 1)) {
            p.add("momentum must be in [0, 1), was " + momentum);
        }
        if (schedule == ScheduleKind.STEP || schedule == ScheduleKind.EXPONENTIAL) {
            if (!(scheduleGamma > 0 && scheduleGamma <= 1)) {
                p.add("schedule decay gamma must be in (0, 1], was " + scheduleGamma);
            }
        }
        if (schedule == ScheduleKind.STEP && scheduleStep < 1) {
            p.add("schedule step must be at least 1 epoch, was " + scheduleStep);
        }
        if (batchSize < 1) {
            p.add("batch size must be at least 1, was " + batchSize);
        }
        if (epochs < 1) {
            p.add("epochs must be at least 1, was " + epochs);
        } else if (epochs > 1_000_000) {
            p.add("epochs must be at most 1000000, was " + epochs);
        }
        if (clipping != ClippingKind.NONE && (!(clipThreshold > 0) || !Double.isFinite(clipThreshold))) {
            p.add("gradient clipping threshold must be above 0, was " + clipThreshold);
        }
        p.addAll(earlyStopping.problems());
        return p;
    }

    /** {@link #validate()} plus the checks that need the number of training samples. */
    public List<String> validateFor(int trainingSamples) {
        List<String> p = validate();
        if (batchSize > trainingSamples) {
            p.add("batch size " + batchSize + " is larger than the " + trainingSamples
                    + " training samples: use at most " + trainingSamples);
        }
        return p;
    }

    /** Throws {@link InvalidConfigException} listing every problem, if any. */
    public ModelConfig requireValidFor(int trainingSamples) {
        List<String> p = validateFor(trainingSamples);
        if (!p.isEmpty()) {
            throw new InvalidConfigException(p);
        }
        return this;
    }

    /** One line for run lists: {@code LSTM(50,50) bi, adam lr=0.001, drop 0.2, 500 ep, batch 32}. */
    public String summary() {
        StringBuilder s = new StringBuilder("LSTM(")
                .append(units.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .append(')');
        if (bidirectional) {
            s.append(" bi");
        }
        s.append(", ").append(optimizer.name().toLowerCase()).append(" lr=").append(learningRate);
        if (dropout > 0) {
            s.append(", drop ").append(dropout);
        }
        if (l1 > 0 || l2 > 0) {
            s.append(", l1=").append(l1).append(" l2=").append(l2);
        }
        s.append(", ").append(epochs).append(" ep, batch ").append(batchSize);
        if (earlyStopping.kind() != StoppingKind.OFF) {
            s.append(", early stop ").append(earlyStopping.kind().name().toLowerCase());
        }
        return s.toString();
    }

    private static void nonNegative(List<String> p, String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            p.add(name + " must be 0 or more, was " + v);
        }
    }
}
