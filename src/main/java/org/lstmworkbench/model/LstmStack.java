package org.lstmworkbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.deeplearning4j.nn.api.layers.LayerConstraint;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.lstmworkbench.Problem;
import org.nd4j.linalg.activations.Activation;

/**
 * LSTM layers, stacked when more than one, optionally each wrapped in a bidirectional layer
 * (outputs concatenated); the last one hands on its last time step (many-to-one via
 * {@link LastTimeStep}) unless the output is a sequence. Input layout is DL4J's NCW.
 *
 * @param units          cells per LSTM layer, one entry per layer
 * @param bidirectional  wrap every LSTM layer in a bidirectional layer
 * @param activation     cell activation
 * @param gateActivation gate activation
 * @param weightInit     initialisation of input weights (and the dense output layer)
 * @param recurrentInit  initialisation of recurrent weights
 * @param forgetGateBias initial forget-gate bias
 * @param layerActivations cell activation of each layer, one entry per layer; empty: every layer has
 *                         {@code activation} (so files without the field read as before); when given,
 *                         {@code activation} is the first entry, and a single entry sets every layer
 * @param layerDropout   input drop rate of each layer, one entry per layer (a single entry: every layer);
 *                       empty: every layer has the configuration's {@link Regularization#dropout()}
 * @param recurrentDrop  recurrent weight drop in [0, 1) (0 = off): see {@link RecurrentWeightDrop}
 */
public record LstmStack(List<Integer> units, boolean bidirectional, CellActivation activation,
                        GateActivation gateActivation, WeightInitKind weightInit, WeightInitKind recurrentInit,
                        double forgetGateBias, List<CellActivation> layerActivations, List<Double> layerDropout,
                        double recurrentDrop) implements Architecture {

    static final String TYPE = "lstm";

    public LstmStack {
        units = List.copyOf(units);
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(gateActivation, "gateActivation");
        Objects.requireNonNull(weightInit, "weightInit");
        Objects.requireNonNull(recurrentInit, "recurrentInit");
        layerActivations = layerActivations == null ? List.of() : List.copyOf(layerActivations);
        // the first layer's activation is the one files of one activation for all layers hold
        if (!layerActivations.isEmpty()) {
            activation = layerActivations.get(0);
            layerActivations = layerActivations.size() == 1 ? List.of() : layerActivations;
        }
        layerDropout = layerDropout == null ? List.of() : List.copyOf(layerDropout);
    }

    /** Every layer with the same activation and the configuration's dropout, no recurrent weight drop. */
    public LstmStack(List<Integer> units, boolean bidirectional, CellActivation activation,
                     GateActivation gateActivation, WeightInitKind weightInit, WeightInitKind recurrentInit,
                     double forgetGateBias) {
        this(units, bidirectional, activation, gateActivation, weightInit, recurrentInit, forgetGateBias,
                List.of(), List.of(), 0);
    }

    /** The cell activation of layer {@code i} (0 = the one reading the input). */
    public CellActivation activationOf(int i) {
        return layerActivations.isEmpty() ? activation : layerActivations.get(i);
    }

    /** The input drop rate of layer {@code i}: its own, or {@code uniform} (the regularisation's) when none are set. */
    public double dropoutOf(int i, double uniform) {
        return layerDropout.isEmpty() ? uniform : layerDropout.get(layerDropout.size() == 1 ? 0 : i);
    }

    /** Whether the layers differ in activation. */
    public boolean mixedActivations() {
        return layerActivations.stream().distinct().count() > 1;
    }

    public LstmStack withUnits(List<Integer> v) {
        return new LstmStack(v, bidirectional, activation, gateActivation, weightInit, recurrentInit, forgetGateBias,
                layerActivations, layerDropout, recurrentDrop);
    }

    public LstmStack withBidirectional(boolean v) {
        return new LstmStack(units, v, activation, gateActivation, weightInit, recurrentInit, forgetGateBias,
                layerActivations, layerDropout, recurrentDrop);
    }

    /** One activation for every layer (clears per-layer activations). */
    public LstmStack withActivation(CellActivation v) {
        return new LstmStack(units, bidirectional, v, gateActivation, weightInit, recurrentInit, forgetGateBias,
                List.of(), layerDropout, recurrentDrop);
    }

    /** An activation per layer; one entry means every layer; {@link #activation()} becomes the first. */
    public LstmStack withLayerActivations(List<CellActivation> v) {
        return new LstmStack(units, bidirectional, activation, gateActivation, weightInit,
                recurrentInit, forgetGateBias, v, layerDropout, recurrentDrop);
    }

    /** A drop rate per layer; empty means every layer takes the configuration's dropout. */
    public LstmStack withLayerDropout(List<Double> v) {
        return new LstmStack(units, bidirectional, activation, gateActivation, weightInit, recurrentInit,
                forgetGateBias, layerActivations, v, recurrentDrop);
    }

    public LstmStack withRecurrentDrop(double v) {
        return new LstmStack(units, bidirectional, activation, gateActivation, weightInit, recurrentInit,
                forgetGateBias, layerActivations, layerDropout, v);
    }

    public LstmStack withGateActivation(GateActivation v) {
        return new LstmStack(units, bidirectional, activation, v, weightInit, recurrentInit, forgetGateBias,
                layerActivations, layerDropout, recurrentDrop);
    }

    public LstmStack withWeightInit(WeightInitKind v) {
        return new LstmStack(units, bidirectional, activation, gateActivation, v, recurrentInit, forgetGateBias,
                layerActivations, layerDropout, recurrentDrop);
    }

    public LstmStack withRecurrentInit(WeightInitKind v) {
        return new LstmStack(units, bidirectional, activation, gateActivation, weightInit, v, forgetGateBias,
                layerActivations, layerDropout, recurrentDrop);
    }

    public LstmStack withForgetGateBias(double v) {
        return new LstmStack(units, bidirectional, activation, gateActivation, weightInit, recurrentInit, v,
                layerActivations, layerDropout, recurrentDrop);
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public String summary() {
        return "LSTM(" + units.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")"
                + (bidirectional ? " bi" : "")
                + (layerActivations.isEmpty() ? "" : " " + layerActivations.stream()
                        .map(a -> a.name().toLowerCase(java.util.Locale.ROOT)).collect(Collectors.joining("/")))
                + (recurrentDrop > 0 ? " rdrop " + java.math.BigDecimal.valueOf(recurrentDrop).stripTrailingZeros()
                        .toPlainString() : "");
    }

    /**
     * The most cells a layer may have. Measured on a 2-core machine: 1024 cells train (15 s and 1.1 GB for two
     * epochs of the seasonal demo); 4096 never reached epoch 1 in 16 minutes at 4.8 GB.
     */
    public static final int MAX_UNITS = 1024;

    @Override
    public List<Problem> problems() {
        List<Problem> p = new ArrayList<>();
        if (units.isEmpty()) {
            p.add(new Problem("architecture.units", "the model needs at least one LSTM layer"));
        }
        for (int i = 0; i < units.size(); i++) {
            int u = units.get(i);
            String at = "architecture.units[" + i + "]";
            if (u < 1) {
                p.add(new Problem(at, "cells in layer " + (i + 1) + " must be at least 1, was " + u));
            } else if (u > MAX_UNITS) {
                p.add(new Problem(at, "cells in layer " + (i + 1) + " must be at most " + MAX_UNITS + ", was " + u
                        + ": the recurrent weights grow as cells squared (" + MAX_UNITS + " cells: 4 million per "
                        + "layer, about 1 GB and 10 s to initialise), beyond that training does not fit a workstation"));
            }
        }
        perLayerProblems(p);
        if (!(recurrentDrop >= 0 && recurrentDrop < 1)) {
            p.add(new Problem("architecture.recurrentDrop",
                    "recurrent weight drop is a drop rate and must be in [0, 1), was " + recurrentDrop));
        }
        if (!Double.isFinite(forgetGateBias)) {
            p.add(new Problem("architecture.forgetGateBias",
                    "forget-gate bias must be a finite number, was " + forgetGateBias));
        }
        return p;
    }

    /** Per-layer lists must have one entry per layer, and each drop rate must be one. */
    private void perLayerProblems(List<Problem> p) {
        if (!layerActivations.isEmpty() && layerActivations.size() != units.size()) {
            p.add(new Problem("architecture.layerActivations", "give one activation for every layer or one per layer: "
                    + layerActivations.size() + " for " + units.size() + " layers"));
        }
        if (layerDropout.size() > 1 && layerDropout.size() != units.size()) {
            p.add(new Problem("architecture.layerDropout", "give one dropout for every layer or one per layer: "
                    + layerDropout.size() + " for " + units.size() + " layers"));
        }
        for (int i = 0; i < layerDropout.size(); i++) {
            Double d = layerDropout.get(i);
            if (d == null || !(d >= 0 && d < 1)) {
                p.add(new Problem("architecture.layerDropout[" + i + "]", "dropout of layer " + (i + 1)
                        + " is a drop rate and must be in [0, 1), was " + d));
            }
        }
    }

    /** Whether any layer drops inputs, given the configuration's uniform {@code dropout}. */
    public boolean usesDropout(double dropout) {
        return layerDropout.isEmpty() ? dropout > 0 : layerDropout.stream().anyMatch(d -> d > 0);
    }

    @Override
    public int addLayers(NeuralNetConfiguration.ListBuilder list, ModelConfig config, NetworkShape shape) {
        int nIn = shape.features();
        for (int i = 0; i < units.size(); i++) {
            LSTM lstm = lstm(dropoutOf(i, config.regularization().dropout()), activationOf(i), nIn, units.get(i));
            Layer layer = bidirectional ? new Bidirectional(Bidirectional.Mode.CONCAT, lstm) : lstm;
            boolean last = i == units.size() - 1;
            list.layer(last && !shape.sequenceOutput() ? new LastTimeStep(layer) : layer);
            nIn = units.get(i) * (bidirectional ? 2 : 1);
        }
        return nIn;
    }

    /**
     * An LSTM layer of N cells on nIn inputs has 4 (nIn N + N N + N); a bidirectional one twice
     * that and feeds 2N inputs onwards; the dense output has nIn * outputs + outputs.
     */
    @Override
    public long parameterCount(NetworkShape shape) {
        long total = 0;
        long nIn = shape.features();
        for (int n : units) {
            long lstm = 4L * (nIn * n + (long) n * n + n);
            total += bidirectional ? 2 * lstm : lstm;
            nIn = (long) n * (bidirectional ? 2 : 1);
        }
        return total + nIn * shape.outputs() + shape.outputs();
    }


    private LSTM lstm(double dropout, CellActivation cell, int nIn, int nOut) {
        LSTM.Builder b = new LSTM.Builder()
                .nIn(nIn).nOut(nOut)
                .activation(cellActivation(cell))
                .gateActivationFunction(gateActivation == GateActivation.SIGMOID
                        ? Activation.SIGMOID : Activation.HARDSIGMOID)
                .forgetGateBiasInit(forgetGateBias)
                .weightInitRecurrent(NetworkFactory.weightInit(recurrentInit))
                .dataFormat(RNNFormat.NCW);
        if (dropout > 0) {
            // DL4J's dropOut(p) takes the probability to RETAIN an input
            b.dropOut(1.0 - dropout);
        }
        if (recurrentDrop > 0) {
            b.weightNoise(new RecurrentWeightDrop(recurrentDrop));
        }
        return b.build();
    }

    private static Activation cellActivation(CellActivation a) {
        return switch (a) {
            case TANH -> Activation.TANH;
            case SOFTSIGN -> Activation.SOFTSIGN;
            case SIGMOID -> Activation.SIGMOID;
            case RELU -> Activation.RELU;
        };
    }
}
