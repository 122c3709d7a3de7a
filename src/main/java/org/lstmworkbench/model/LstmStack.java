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
 */
public record LstmStack(List<Integer> units, boolean bidirectional, CellActivation activation,
                        GateActivation gateActivation, WeightInitKind weightInit, WeightInitKind recurrentInit,
                        double forgetGateBias) implements Architecture {

    static final String TYPE = "lstm";

    public LstmStack {
        units = List.copyOf(units);
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(gateActivation, "gateActivation");
        Objects.requireNonNull(weightInit, "weightInit");
        Objects.requireNonNull(recurrentInit, "recurrentInit");
    }

    public LstmStack withUnits(List<Integer> v) {
        return new LstmStack(v, bidirectional, activation, gateActivation, weightInit, recurrentInit, forgetGateBias);
    }

    public LstmStack withBidirectional(boolean v) {
        return new LstmStack(units, v, activation, gateActivation, weightInit, recurrentInit, forgetGateBias);
    }

    public LstmStack withActivation(CellActivation v) {
        return new LstmStack(units, bidirectional, v, gateActivation, weightInit, recurrentInit, forgetGateBias);
    }

    public LstmStack withGateActivation(GateActivation v) {
        return new LstmStack(units, bidirectional, activation, v, weightInit, recurrentInit, forgetGateBias);
    }

    public LstmStack withWeightInit(WeightInitKind v) {
        return new LstmStack(units, bidirectional, activation, gateActivation, v, recurrentInit, forgetGateBias);
    }

    public LstmStack withRecurrentInit(WeightInitKind v) {
        return new LstmStack(units, bidirectional, activation, gateActivation, weightInit, v, forgetGateBias);
    }

    public LstmStack withForgetGateBias(double v) {
        return new LstmStack(units, bidirectional, activation, gateActivation, weightInit, recurrentInit, v);
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public String summary() {
        return "LSTM(" + units.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")"
                + (bidirectional ? " bi" : "");
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
        if (!Double.isFinite(forgetGateBias)) {
            p.add(new Problem("architecture.forgetGateBias",
                    "forget-gate bias must be a finite number, was " + forgetGateBias));
        }
        return p;
    }

    @Override
    public int addLayers(NeuralNetConfiguration.ListBuilder list, ModelConfig config, NetworkShape shape) {
        int nIn = shape.features();
        for (int i = 0; i < units.size(); i++) {
            LSTM lstm = lstm(config.regularization().dropout(), nIn, units.get(i));
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


    private LSTM lstm(double dropout, int nIn, int nOut) {
        LSTM.Builder b = new LSTM.Builder()
                .nIn(nIn).nOut(nOut)
                .activation(cellActivation(activation))
                .gateActivationFunction(gateActivation == GateActivation.SIGMOID
                        ? Activation.SIGMOID : Activation.HARDSIGMOID)
                .forgetGateBiasInit(forgetGateBias)
                .weightInitRecurrent(NetworkFactory.weightInit(recurrentInit))
                .dataFormat(RNNFormat.NCW);
        if (dropout > 0) {
            // DL4J's dropOut(p) takes the probability to RETAIN an input
            b.dropOut(1.0 - dropout);
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
