package org.lstmworkbench.training.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkFactory;
import org.lstmworkbench.model.OptimizerKind;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/** Handing the optimiser state between the engine and DL4J's updater, both ways. */
class EngineUpdaterStateTest {

    private final List<DataSet> batches = UpdaterParity.sequenceBatches();
    private int iteration;

    @ParameterizedTest
    @EnumSource(value = OptimizerKind.class, names = "SGD", mode = EnumSource.Mode.EXCLUDE)
    void dl4jContinuesWhereTheEngineStoppedAndTheEngineWhereDl4jStopped(OptimizerKind kind) {
        ModelConfig c = ModelConfig.DEFAULTS.toBuilder().units(4, 3).learningRate(0.01).optimizer(kind).build();
        MultiLayerNetwork dl4j = NetworkFactory.build(c, UpdaterParity.TWO_FEATURES, 42);
        MultiLayerNetwork engineNet = NetworkFactory.build(c, UpdaterParity.TWO_FEATURES, 42);
        EngineUpdater engine = EngineUpdater.of(engineNet);
        double[] p = engineNet.params().toDoubleVector();

        for (int epoch = 1; epoch <= 10; epoch++) {
            fitEpoch(dl4j, epoch);
            engineEpoch(engineNet, engine, p, epoch);
        }
        engineNet.setParams(Nd4j.create(p, new long[] {1, p.length}));
        engineNet.setIterationCount(iteration);
        engine.writeState(engineNet);
        for (int epoch = 11; epoch <= 20; epoch++) {
            fitEpoch(dl4j, epoch);
            fitEpoch(engineNet, epoch);
        }
        assertThat(engineNet.params().toDoubleVector()).containsExactly(dl4j.params().toDoubleVector());

        EngineUpdater fromDl4j = EngineUpdater.of(dl4j);
        fromDl4j.readState(dl4j);
        p = dl4j.params().toDoubleVector();
        iteration = dl4j.getIterationCount();
        for (int epoch = 21; epoch <= 30; epoch++) {
            fitEpoch(dl4j, epoch);
            engineEpoch(engineNet, fromDl4j, p, epoch);
        }
        assertThat(p).containsExactly(dl4j.params().toDoubleVector());
    }

    private void fitEpoch(MultiLayerNetwork net, int epoch) {
        net.setEpochCount(epoch - 1);
        for (DataSet b : batches) {
            net.fit(b);
        }
    }

    /** One epoch of the engine's update on DL4J's gradient, computed on {@code net} at {@code p}. */
    private void engineEpoch(MultiLayerNetwork net, EngineUpdater engine, double[] p, int epoch) {
        for (DataSet b : batches) {
            net.setParams(Nd4j.create(p, new long[] {1, p.length}));
            net.setInput(b.getFeatures());
            net.setLabels(b.getLabels());
            net.computeGradientAndScore();
            double[] g = net.gradient().gradient().toDoubleVector();
            engine.step(p, g, iteration++, epoch - 1, (int) b.getFeatures().size(0));
        }
    }
}
