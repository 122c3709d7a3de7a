package org.lstmworkbench.training.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.model.ClippingKind;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkFactory;
import org.lstmworkbench.model.OptimizerKind;
import org.lstmworkbench.model.ScheduleKind;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.AMSGrad;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ScheduleType;
import org.nd4j.linalg.schedule.StepSchedule;

/**
 * What DL4J 1.0.0-M2.1 hands the updater, checked on the jars rather than assumed: the gradient
 * of {@code computeGradientAndScore} is summed over the minibatch and holds no regularisation;
 * the score is the mean loss plus the regularisation term; per-iteration schedules and momentum
 * schedules follow DL4J's iteration count; what the engine cannot reproduce is named.
 */
class Dl4jUpdateFactsTest {

    private static double[] gradient(MultiLayerNetwork net, DataSet batch) {
        net.setInput(batch.getFeatures());
        net.setLabels(batch.getLabels());
        net.computeGradientAndScore();
        return net.gradient().gradient().toDoubleVector();
    }

    @Test
    void theRawGradientIsTheSumOverTheMinibatchWithoutRegularisation() {
        ModelConfig plain = ModelConfig.DEFAULTS.toBuilder().units(3).build();
        ModelConfig penalised = plain.toBuilder().l1(0.1).l2(0.1).l2Bias(0.1).build();
        MultiLayerNetwork a = NetworkFactory.build(penalised, UpdaterParity.TOY, 42);
        MultiLayerNetwork b = NetworkFactory.build(plain, UpdaterParity.TOY, 42);
        DataSet pair = UpdaterParity.toyBatches().get(0);
        double[] both = gradient(a, pair);
        assertThat(gradient(b, pair)).containsExactly(both);

        List<DataSet> single = UpdaterParity.toy().batchBy(1);
        double[] first = gradient(b, single.get(0));
        double[] second = gradient(b, single.get(1));
        for (int i = 0; i < both.length; i++) {
            assertThat(both[i]).isCloseTo(first[i] + second[i], within(1e-15 + 1e-12 * Math.abs(both[i])));
        }
    }

    @Test
    void theScoreIsTheMeanLossPlusTheRegularisationAtTheParametersBeforeTheUpdate() {
        ModelConfig plain = ModelConfig.DEFAULTS.toBuilder().units(3).build();
        ModelConfig penalised = plain.toBuilder().l1(0.01).l2(0.05).l2Bias(0.02).build();
        MultiLayerNetwork net = NetworkFactory.build(penalised, UpdaterParity.TOY, 42);
        MultiLayerNetwork twin = NetworkFactory.build(plain, UpdaterParity.TOY, 42);
        EngineUpdater updater = EngineUpdater.of(net);
        DataSet batch = UpdaterParity.toyBatches().get(0);
        double[] before = net.params().toDoubleVector();
        double loss = twin.score(batch);
        double reg = updater.regularizationScore(before, 0, 0);

        net.fit(batch);

        assertThat(reg).isGreaterThan(0.01);
        assertThat(net.score()).isCloseTo(loss + reg, within(1e-14));
    }

    @Test
    void perIterationSchedulesAndMomentumSchedulesFollowDl4jsIterationCount() {
        List<DataSet> batches = UpdaterParity.toyBatches();
        UpdaterParity.Result adam = UpdaterParity.run(
                () -> handBuilt(new Adam(new ExponentialSchedule(ScheduleType.ITERATION, 0.05, 0.99))), batches, 60);
        UpdaterParity.Result nesterov = UpdaterParity.run(() -> handBuilt(new Nesterovs(
                new StepSchedule(ScheduleType.ITERATION, 0.05, 0.5, 40),
                new StepSchedule(ScheduleType.ITERATION, 0.5, 1.3, 60))), batches, 60);
        System.out.println("parity " + adam + "\nparity " + nesterov);
        for (UpdaterParity.Result r : List.of(adam, nesterov)) {
            assertThat(r.paramRel()).isLessThanOrEqualTo(1e-9);
            assertThat(r.moved()).isGreaterThan(0.01);
        }
    }

    @Test
    void whatTheEngineCannotReproduceIsNamed() {
        assertThat(EngineUpdater.unsupported(handBuilt(new AMSGrad(0.01)))).hasValueSatisfying(
                why -> assertThat(why).contains("AMSGrad"));
        MultiLayerNetwork decay = new MultiLayerNetwork(conf(new Adam(0.01)).weightDecay(0.01).list()
                .layer(lstm()).layer(output()).build());
        decay.init();
        assertThat(EngineUpdater.unsupported(decay)).hasValueSatisfying(
                why -> assertThat(why).contains("WeightDecay"));
        assertThatThrownBy(() -> EngineUpdater.of(decay)).isInstanceOf(UnsupportedOperationException.class);

        ModelConfig everything = ModelConfig.DEFAULTS.toBuilder().units(4, 3).l1(0.1).l2(0.1).l1Bias(0.1).l2Bias(0.1)
                .clipping(ClippingKind.L2_PER_LAYER, 1).schedule(ScheduleKind.COSINE, 0.5, 1).build();
        for (OptimizerKind kind : OptimizerKind.values()) {
            ModelConfig c = everything.toBuilder().optimizer(kind).build();
            assertThat(EngineUpdater.unsupported(NetworkFactory.build(c, UpdaterParity.TWO_FEATURES, 1))).isEmpty();
        }
    }

    @Test
    void aStepAllocatesNothing() {
        ModelConfig c = ModelConfig.DEFAULTS.toBuilder().units(8, 8).l1(0.01).l2(0.01)
                .clipping(ClippingKind.L2_PER_LAYER, 0.5).schedule(ScheduleKind.COSINE, 0.5, 1).build();
        EngineUpdater u = EngineUpdater.of(NetworkFactory.build(c, UpdaterParity.TWO_FEATURES, 1));
        double[] p = new double[u.size()];
        double[] g = new double[u.size()];
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 20_000; i++) {
            java.util.Arrays.fill(g, 0.01);
            u.step(p, g, i, i / 100, 32);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 20_000; i++) {
            java.util.Arrays.fill(g, 0.01);
            u.step(p, g, i, i / 100, 32);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes allocated by 20,000 steps").isLessThan(20_000);
    }

    private static NeuralNetConfiguration.Builder conf(IUpdater updater) {
        return new NeuralNetConfiguration.Builder().seed(3).dataType(DataType.DOUBLE).updater(updater);
    }

    private static LastTimeStep lstm() {
        return new LastTimeStep(new LSTM.Builder().nIn(1).nOut(3).activation(Activation.TANH).build());
    }

    private static OutputLayer output() {
        return new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(3).nOut(1)
                .activation(Activation.IDENTITY).build();
    }

    private static MultiLayerNetwork handBuilt(IUpdater updater) {
        MultiLayerConfiguration c = conf(updater).list().layer(lstm()).layer(output()).build();
        MultiLayerNetwork net = new MultiLayerNetwork(c);
        net.init();
        return net;
    }
}
