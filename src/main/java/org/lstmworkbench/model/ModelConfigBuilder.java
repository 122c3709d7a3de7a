package org.lstmworkbench.model;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Builder of {@link ModelConfig}; starts from {@link ModelConfig#DEFAULTS} (or the configuration
 * it was made from), so the defaults named below are written only there. Setters do not
 * validate: {@link #build()} returns the configuration as set, and {@link ModelConfig#validate()}
 * names every problem. The LSTM setters ({@link #units}, {@link #bidirectional}, ...) change the
 * architecture's LSTM layers ({@link Architectures#lstmPart}); the rest of another architecture is
 * set whole with {@link #architecture}.
 */
public final class ModelConfigBuilder {

    private Task task;
    private Architecture architecture;
    private double dropout;
    private double l1;
    private double l2;
    private double l1Bias;
    private double l2Bias;
    private OptimizerKind optimizer;
    private double learningRate;
    private double momentum;
    private ScheduleKind schedule;
    private double scheduleGamma;
    private int scheduleStep;
    private int batchSize;
    private int epochs;
    private boolean shuffle;
    private ClippingKind clipping;
    private double clipThreshold;
    private Precision precision;
    private EarlyStopping earlyStopping;
    private LossKind loss;
    private long seed;

    ModelConfigBuilder(ModelConfig c) {
        task = c.task();
        architecture(c.architecture());
        regularization(c.regularization());
        learning(c.learning());
        training(c.training());
        earlyStopping = c.earlyStopping();
        loss = c.loss();
        seed = c.seed();
    }

    /**
     * What the model learns (default {@link Task#REGRESSION}). A classification task also sets the
     * loss to {@link LossKind#CROSS_ENTROPY}, the only loss it trains with; a regression task after a
     * classification one sets it back to the default's.
     */
    public ModelConfigBuilder task(Task v) {
        if (v instanceof ClassificationTask) {
            loss = LossKind.CROSS_ENTROPY;
        } else if (task instanceof ClassificationTask && loss == LossKind.CROSS_ENTROPY) {
            loss = ModelConfig.DEFAULTS.loss();
        }
        this.task = v;
        return this;
    }

    /** The classification task over these classes ({@link #task(Task)}). */
    public ModelConfigBuilder classification(org.lstmworkbench.data.sequence.ClassLabels classes) {
        return task(Task.classification(classes));
    }

    /** The hidden layers (default: one LSTM layer of 10 cells); the setters below change an LSTM stack's fields. */
    public ModelConfigBuilder architecture(Architecture a) {
        this.architecture = a;
        return this;
    }

    /** Changes the architecture's LSTM layers ({@link Architectures#lstmPart}). */
    private ModelConfigBuilder lstm(UnaryOperator<LstmStack> change) {
        architecture = Architectures.withLstmPart(architecture, change.apply(Architectures.lstmPart(architecture)));
        return this;
    }

    /** Every regularisation field at once. */
    public ModelConfigBuilder regularization(Regularization r) {
        dropout = r.dropout();
        l1 = r.l1();
        l2 = r.l2();
        l1Bias = r.l1Bias();
        l2Bias = r.l2Bias();
        return this;
    }

    /** Every learning field at once. */
    public ModelConfigBuilder learning(Learning l) {
        optimizer = l.optimizer();
        learningRate = l.learningRate();
        momentum = l.momentum();
        schedule = l.schedule();
        scheduleGamma = l.scheduleGamma();
        scheduleStep = l.scheduleStep();
        return this;
    }

    /** Every training-loop field at once. */
    public ModelConfigBuilder training(TrainingLoop t) {
        batchSize = t.batchSize();
        epochs = t.epochs();
        shuffle = t.shuffle();
        clipping = t.clipping();
        clipThreshold = t.clipThreshold();
        precision = t.precision();
        return this;
    }

    /** The fast engine's arithmetic (default {@link Precision#DOUBLE}). */
    public ModelConfigBuilder precision(Precision v) {
        this.precision = v;
        return this;
    }

    /** Cells per layer, one value per stacked LSTM layer (default: one layer of 10). */
    public ModelConfigBuilder units(Integer... units) {
        return units(List.of(units));
    }

    public ModelConfigBuilder units(List<Integer> units) {
        return lstm(l -> l.withUnits(units));
    }

    public ModelConfigBuilder bidirectional(boolean v) {
        return lstm(l -> l.withBidirectional(v));
    }

    public ModelConfigBuilder activation(CellActivation v) {
        return lstm(l -> l.withActivation(v));
    }

    /** A cell activation per LSTM layer; one entry sets every layer ({@link LstmStack#withLayerActivations}). */
    public ModelConfigBuilder layerActivations(List<CellActivation> v) {
        return lstm(l -> l.withLayerActivations(v));
    }

    /**
     * A drop rate per LSTM layer's input; one entry sets the drop rate of every layer
     * ({@link #dropout}), an empty list leaves every layer on {@link #dropout}.
     */
    public ModelConfigBuilder layerDropout(List<Double> v) {
        if (v.size() == 1) {
            return dropout(v.get(0));
        }
        return lstm(l -> l.withLayerDropout(v));
    }

    /** Recurrent weight drop in [0, 1) (default 0: off); see {@link RecurrentWeightDrop}. */
    public ModelConfigBuilder recurrentDrop(double v) {
        return lstm(l -> l.withRecurrentDrop(v));
    }

    public ModelConfigBuilder gateActivation(GateActivation v) {
        return lstm(l -> l.withGateActivation(v));
    }

    public ModelConfigBuilder weightInit(WeightInitKind v) {
        return lstm(l -> l.withWeightInit(v));
    }

    public ModelConfigBuilder recurrentInit(WeightInitKind v) {
        return lstm(l -> l.withRecurrentInit(v));
    }

    public ModelConfigBuilder forgetGateBias(double v) {
        return lstm(l -> l.withForgetGateBias(v));
    }

    /** Drop rate in [0, 1) of every LSTM layer's input (default 0); clears per-layer drop rates. */
    public ModelConfigBuilder dropout(double v) {
        this.dropout = v;
        if (architecture instanceof LstmStack l && !l.layerDropout().isEmpty()) {
            architecture = l.withLayerDropout(List.of());
        }
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
        return new ModelConfig(task, architecture,
                new Regularization(dropout, l1, l2, l1Bias, l2Bias),
                new Learning(optimizer, learningRate, momentum, schedule, scheduleGamma, scheduleStep),
                new TrainingLoop(batchSize, epochs, shuffle, clipping, clipThreshold, precision),
                earlyStopping, loss, seed);
    }
}
