package org.lstmworkbench.model;

import java.util.List;

/**
 * The version-1 JSON form of {@link ModelConfig}: one field per setting, as files of earlier
 * releases have it (no task: they are all regression). Its field names are also the names of sweep
 * parameters. Nulls (a field written {@code null}) take the default, as version 1 did.
 */
record FlatConfig(
        List<Integer> units, boolean bidirectional, CellActivation activation, GateActivation gateActivation,
        WeightInitKind weightInit, WeightInitKind recurrentInit, double forgetGateBias, double dropout,
        double l1, double l2, double l1Bias, double l2Bias, OptimizerKind optimizer, double learningRate,
        double momentum, ScheduleKind schedule, double scheduleGamma, int scheduleStep, int batchSize, int epochs,
        boolean shuffle, ClippingKind clipping, double clipThreshold, EarlyStopping earlyStopping, LossKind loss,
        long seed, List<CellActivation> layerActivations, List<Double> layerDropout, double recurrentDrop,
        Precision precision) {

    FlatConfig {
        layerActivations = layerActivations == null ? List.of() : layerActivations;
        layerDropout = layerDropout == null ? List.of() : layerDropout;
        ModelConfig d = ModelConfig.DEFAULTS;
        units = units == null ? d.units() : List.copyOf(units);
        activation = activation == null ? d.activation() : activation;
        gateActivation = gateActivation == null ? d.gateActivation() : gateActivation;
        weightInit = weightInit == null ? d.weightInit() : weightInit;
        recurrentInit = recurrentInit == null ? d.recurrentInit() : recurrentInit;
        optimizer = optimizer == null ? d.optimizer() : optimizer;
        schedule = schedule == null ? d.schedule() : schedule;
        clipping = clipping == null ? d.clipping() : clipping;
        earlyStopping = earlyStopping == null ? d.earlyStopping() : earlyStopping;
        loss = loss == null ? d.loss() : loss;
        precision = precision == null ? d.precision() : precision;
    }

    static FlatConfig of(ModelConfig c) {
        return new FlatConfig(c.units(), c.bidirectional(), c.activation(), c.gateActivation(), c.weightInit(),
                c.recurrentInit(), c.forgetGateBias(), c.dropout(), c.l1(), c.l2(), c.l1Bias(), c.l2Bias(),
                c.optimizer(), c.learningRate(), c.momentum(), c.schedule(), c.scheduleGamma(), c.scheduleStep(),
                c.batchSize(), c.epochs(), c.shuffle(), c.clipping(), c.clipThreshold(), c.earlyStopping(),
                c.loss(), c.seed(), c.lstm().layerActivations(), c.lstm().layerDropout(), c.lstm().recurrentDrop(),
                c.precision());
    }

    ModelConfig toConfig() {
        return new ModelConfig(Task.REGRESSION,
                new LstmStack(units, bidirectional, activation, gateActivation, weightInit, recurrentInit, forgetGateBias,
                        layerActivations, layerDropout, recurrentDrop),
                new Regularization(dropout, l1, l2, l1Bias, l2Bias),
                new Learning(optimizer, learningRate, momentum, schedule, scheduleGamma, scheduleStep),
                new TrainingLoop(batchSize, epochs, shuffle, clipping, clipThreshold, precision),
                earlyStopping, loss, seed);
    }
}
