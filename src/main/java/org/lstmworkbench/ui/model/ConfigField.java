package org.lstmworkbench.ui.model;

import java.util.List;

/**
 * The fields of a {@link org.lstmworkbench.model.ModelConfig} that are typed as text, with the name
 * parse errors use, and the mapping from {@code ModelConfig.validate()} messages back to the
 * field they are about (so the form can mark that field).
 */
public enum ConfigField {
    UNITS("units per layer", "cells in layer", "the model needs at least one LSTM layer"),
    FORGET_GATE_BIAS("forget-gate bias", "forget-gate bias"),
    DROPOUT("dropout", "dropout"),
    L1("L1", "L1 must"),
    L2("L2", "L2 must"),
    L1_BIAS("L1 on biases", "L1 on biases"),
    L2_BIAS("L2 on biases", "L2 on biases"),
    LEARNING_RATE("learning rate", "learning rate"),
    MOMENTUM("momentum", "momentum"),
    SCHEDULE_GAMMA("schedule gamma", "schedule decay gamma"),
    SCHEDULE_STEP("schedule step", "schedule step"),
    BATCH_SIZE("batch size", "batch size"),
    EPOCHS("epochs", "epochs"),
    CLIP_THRESHOLD("clipping threshold", "gradient clipping threshold"),
    PATIENCE("patience", "early stopping patience"),
    MIN_DELTA("min delta", "early stopping min delta"),
    ALPHA("alpha", "early stopping alpha"),
    STRIP("strip length", "early stopping strip length"),
    STRIPS("strips", "early stopping UP_s"),
    SEED("seed");

    private final String label;
    private final List<String> messagePrefixes;

    ConfigField(String label, String... messagePrefixes) {
        this.label = label;
        this.messagePrefixes = List.of(messagePrefixes);
    }

    /** The name in messages and next to the field, e.g. {@code learning rate}. */
    public String label() {
        return label;
    }

    /**
     * The field a {@code ModelConfig.validate()} / {@code validateFor()} message is about, or
     * {@code null} when it names none. Longer prefixes are tried first ("L1 on biases" before "L1").
     */
    public static ConfigField forMessage(String message) {
        ConfigField best = null;
        int bestLength = -1;
        for (ConfigField field : values()) {
            for (String prefix : field.messagePrefixes) {
                if (message.startsWith(prefix) && prefix.length() > bestLength) {
                    best = field;
                    bestLength = prefix.length();
                }
            }
        }
        return best;
    }
}
