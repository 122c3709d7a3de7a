package org.lstmworkbench.ui.model;

import java.util.Optional;
import org.lstmworkbench.Problem;

/**
 * The fields of a {@link org.lstmworkbench.model.ModelConfig} that are typed as text, with the name
 * parse errors use and the path of the configuration's field (as in {@link Problem#path()}, list
 * indices left out), so the form marks the field a problem is about.
 */
public enum ConfigField {
    UNITS("units per layer", "architecture.units"),
    FILTERS("filters per layer", "architecture.conv.filters"),
    KERNEL_SIZE("kernel sizes", "architecture.conv.kernelSize"),
    STRIDE("stride", "architecture.conv.stride"),
    DILATION("dilation", "architecture.conv.dilation"),
    POOL("pooling", "architecture.pool"),
    SUBSEQUENCES("subsequences", "architecture.subsequences"),
    DECODER_UNITS("decoder units per layer", "architecture.decoderUnits"),
    FORGET_GATE_BIAS("forget-gate bias", "architecture.forgetGateBias"),
    LAYER_ACTIVATIONS("per-layer activations", "architecture.layerActivations"),
    RECURRENT_DROP("recurrent weight drop", "architecture.recurrentDrop"),
    DROPOUT("dropout", "regularization.dropout"),
    L1("L1", "regularization.l1"),
    L2("L2", "regularization.l2"),
    L1_BIAS("L1 on biases", "regularization.l1Bias"),
    L2_BIAS("L2 on biases", "regularization.l2Bias"),
    LEARNING_RATE("learning rate", "learning.learningRate"),
    MOMENTUM("momentum", "learning.momentum"),
    SCHEDULE_GAMMA("schedule gamma", "learning.scheduleGamma"),
    SCHEDULE_STEP("schedule step", "learning.scheduleStep"),
    BATCH_SIZE("batch size", "batchSize"),
    EPOCHS("epochs", "epochs"),
    CLIP_THRESHOLD("clipping threshold", "clipThreshold"),
    PATIENCE("patience", "earlyStopping.patience"),
    MIN_DELTA("min delta", "earlyStopping.minDelta"),
    ALPHA("alpha", "earlyStopping.alpha"),
    STRIP("strip length", "earlyStopping.strip"),
    STRIPS("strips", "earlyStopping.strips"),
    SEED("seed", "seed");

    private final String label;
    private final String path;

    ConfigField(String label, String path) {
        this.label = label;
        this.path = path;
    }

    /** The name in messages and next to the field, e.g. {@code learning rate}. */
    public String label() {
        return label;
    }

    /** The configuration field's path without list indices, e.g. {@code learning.learningRate}. */
    public String path() {
        return path;
    }

    /** The form field a problem is about, or empty for one about no single text field. */
    public static Optional<ConfigField> of(Problem problem) {
        // per-layer drop rates are typed into the dropout field, as 0.2,0.1; a CNN-LSTM's LSTM layers are
        // the same fields as an LSTM stack's, and its layer count is the filters' list
        String field = problem.field().equals("architecture.layerDropout") ? DROPOUT.path
                : problem.field().replace("architecture.lstm.", "architecture.")
                        .replaceFirst("^architecture\\.conv$", FILTERS.path);
        for (ConfigField f : values()) {
            if (f.path.equals(field)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
