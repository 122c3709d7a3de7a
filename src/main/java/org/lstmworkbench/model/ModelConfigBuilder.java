package org.lstmworkbench.model;

import java.util.List;

/**
 * Builder of {@link ModelConfig}; starts from the seed's Keras defaults (see {@link ModelConfig}).
 * Setters do not validate: {@link #build()} returns the configuration as set, and
 * {@link ModelConfig#validate()} names every problem.
 */
public final class ModelConfigBuilder {

    private List<Integer> units = List.of(10);
    private boolean bidirectional;
    private CellActivation activation = CellActivation.TANH;
    private GateActivation gateActivation = GateActivation.SIGMOID;
    private WeightInitKind weightInit = WeightInitKind.GLOROT_UNIFORM;
    private WeightInitKind recurrentInit = WeightInitKind.ORTHOGONAL;
    private double forgetGateBias = 1.0;
    private double dropout;
    private double l1;
    private double l2;
    private double l1Bias;
    private double l2Bias;
    private OptimizerKind optimizer = OptimizerKind.ADAM;
    private double learningRate = 0.001;
    private double momentum = 0.9;
    private ScheduleKind schedule = ScheduleKind.NONE;
    private double scheduleGamma = 0.5;
    private int scheduleStep = 100;
    private int batchSize = 32;
    private int epochs = 500;
    private boolean shuffle;
    private ClippingKind clipping = ClippingKind.NONE;
    private double clipThreshold = 1.0;
    private EarlyStopping earlyStopping = EarlyStopping.OFF;
    private LossKind loss = LossKind.MSE;
    private long seed = 1;

    ModelConfigBuilder() {
    }

    ModelConfigBuilder(ModelConfig c) {
        units = c.units();
        bidirectional = c.bidirectional();
        activation = c.activation();
        gateActivation = c.gateActivation();
        weightInit = c.weightInit();
        recurrentInit = c.recurrentInit();
        forgetGateBias = c.forgetGateBias();
        dropout = c.dropout();
        l1 = c.l1();
        l2 = c.l2();
        l1Bias = c.l1Bias();
        l2Bias = c.l2Bias();
        optimizer = c.optimizer();
        learningRate = c.learningRate();
        momentum = c.momentum();
        schedule = c.schedule();
        scheduleGamma = c.scheduleGamma();
        scheduleStep = c.scheduleStep();
        batchSize = c.batchSize();
        epochs = c.epochs();
        shuffle = c.shuffle();
        clipping = c.clipping();
        clipThreshold = c.clipThreshold();
        earlyStopping = c.earlyStopping();
        loss = c.loss();
        seed = c.seed();
    }

    /** Cells per layer, one value per stacked LSTM layer (default: one layer of 10). */
    public ModelConfigBuilder units(Integer... units) {
        this.units = List.of(units);
        return this;
    }

    public ModelConfigBuilder units(List<Integer> units) {
        this.units = List.copyOf(units);
        return this;
    }

    public ModelConfigBuilder bidirectional(boolean v) {
        this.bidirectional = v;
        return this;
    }

    public ModelConfigBuilder activation(CellActivation v) {
        this.activation = v;
        return this;
    }

    public ModelConfigBuilder gateActivation(GateActivation v) {
        this.gateActivation = v;
        return this;
    }

    public ModelConfigBuilder weightInit(WeightInitKind v) {
        this.weightInit = v;
        return this;
    }

    public ModelConfigBuilder recurrentInit(WeightInitKind v) {
        this.recurrentInit = v;
        return this;
    }

    public ModelConfigBuilder forgetGateBias(double v) {
        this.forgetGateBias = v;
        return this;
    }

    /** Drop rate in [0, 1) (default 0). */
    public ModelConfigBuilder dropout(double v) {
        this.dropout = v;
        return this;
    }

    public ModelConfigBuilder l1(double v) {
        this.l1 = v;
        return this;
    }

    public ModelConfigBuilder l2(double v) {
        this.l2 = v;
        return this;
    }

    public ModelConfigBuilder l1Bias(double v) {
        this.l1Bias = v;
        return this;
    }

    public ModelConfigBuilder l2Bias(double v) {
        this.l2Bias = v;
        return this;
    }

    public ModelConfigBuilder optimizer(OptimizerKind v) {
        this.optimizer = v;
        return this;
    }

    /** Default 0.001 (Keras' Adam default). */
    public ModelConfigBuilder learningRate(double v) {
        this.learningRate = v;
        return this;
    }

    /** Default 0.9, used by SGD and Nesterov only. */
    public ModelConfigBuilder momentum(double v) {
        this.momentum = v;
        return this;
    }

    /** Schedule with its decay factor and step (defaults gamma 0.5, step 100 epochs). */
    public ModelConfigBuilder schedule(ScheduleKind kind, double gamma, int step) {
        this.schedule = kind;
        this.scheduleGamma = gamma;
        this.scheduleStep = step;
        return this;
    }

    /** Default 32 (Keras' default). */
    public ModelConfigBuilder batchSize(int v) {
        this.batchSize = v;
        return this;
    }

    /** Default 500 (the seed's tuning scripts). */
    public ModelConfigBuilder epochs(int v) {
        this.epochs = v;
        return this;
    }

    public ModelConfigBuilder shuffle(boolean v) {
        this.shuffle = v;
        return this;
    }

    public ModelConfigBuilder clipping(ClippingKind kind, double threshold) {
        this.clipping = kind;
        this.clipThreshold = threshold;
        return this;
    }

    public ModelConfigBuilder earlyStopping(EarlyStopping v) {
        this.earlyStopping = v;
        return this;
    }

    public ModelConfigBuilder loss(LossKind v) {
        this.loss = v;
        return this;
    }

    /** Default 1. */
    public ModelConfigBuilder seed(long v) {
        this.seed = v;
        return this;
    }

    public ModelConfig build() {
        return new ModelConfig(units, bidirectional, activation, gateActivation, weightInit, recurrentInit,
                forgetGateBias, dropout, l1, l2, l1Bias, l2Bias, optimizer, learningRate, momentum, schedule,
                scheduleGamma, scheduleStep, batchSize, epochs, shuffle, clipping, clipThreshold, earlyStopping,
                loss, seed);
    }
}
