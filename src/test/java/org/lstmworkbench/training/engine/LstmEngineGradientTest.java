package org.lstmworkbench.training.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lstmworkbench.training.engine.EngineFixtures.RELATIVE;

import java.util.stream.Stream;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lstmworkbench.model.CellActivation;
import org.lstmworkbench.model.GateActivation;
import org.lstmworkbench.model.LossKind;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkShape;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The engine's gradient and loss against DL4J's {@code computeGradientAndScore} (no
 * regularisation configured, so DL4J's score is the data loss), and against central finite
 * differences of the engine's own forward-only loss, for each feature the engine covers.
 */
class LstmEngineGradientTest {

    private static final int[] POST = {5, 3, 4, 2};

    record Case(String name, ModelConfig config, int nIn, int nOut, boolean oneHot, int[] lengths, boolean pre) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                new Case("one layer", EngineFixtures.config().units(4).build(), 2, 1, false, null, false),
                new Case("two stacked layers", EngineFixtures.config().units(4, 3).build(), 2, 1, false, null, false),
                new Case("three stacked layers, 2 outputs", EngineFixtures.config().units(3, 4, 2).build(), 3, 2, false,
                        null, false),
                new Case("cell softsign", EngineFixtures.config().units(4).activation(CellActivation.SOFTSIGN).build(),
                        2, 1, false, null, false),
                new Case("cell sigmoid", EngineFixtures.config().units(4).activation(CellActivation.SIGMOID).build(),
                        2, 1, false, null, false),
                new Case("cell relu", EngineFixtures.config().units(4).activation(CellActivation.RELU).build(),
                        2, 1, false, null, false),
                new Case("gate hard sigmoid", EngineFixtures.config().units(4, 3)
                        .gateActivation(GateActivation.HARD_SIGMOID).build(), 2, 1, false, null, false),
                new Case("MSE over 3 outputs", EngineFixtures.config().units(4).build(), 2, 3, false, null, false),
                new Case("MAE over 2 outputs", EngineFixtures.config().units(4).loss(LossKind.MAE).build(), 2, 2, false,
                        null, false),
                new Case("softmax cross-entropy, 3 classes", EngineFixtures.classifier().units(4, 3).build(), 2, 3,
                        true, null, false),
                new Case("masked, post-padding", EngineFixtures.config().units(4, 3).build(), 2, 1, false, POST, false),
                new Case("masked classifier", EngineFixtures.classifier().units(4).build(), 2, 3, true, POST, false),
                new Case("masked, pre-padding", EngineFixtures.config().units(4, 3).build(), 2, 1, false, POST, true),
                new Case("bidirectional", EngineFixtures.config().units(4).bidirectional(true).build(), 2, 1, false,
                        null, false),
                new Case("bidirectional stacked, hard sigmoid", EngineFixtures.config().units(4, 3).bidirectional(true)
                        .gateActivation(GateActivation.HARD_SIGMOID).build(), 2, 2, false, null, false),
                new Case("bidirectional classifier", EngineFixtures.classifier().units(3, 4)
                        .bidirectional(true).dropout(0).build(), 2, 3, true, null, false))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gradientAndLossEqualDl4j(Case c) {
        DataSet ds = EngineFixtures.data(11, 4, c.nIn(), 5, c.nOut(), c.oneHot(), c.lengths(), c.pre());
        NetworkShape shape = new NetworkShape(c.nIn(), c.nOut(), false);
        MultiLayerNetwork net = EngineFixtures.net(c.config(), shape);
        double[] params = EngineFixtures.params(net);
        EngineFixtures.Reference ref = EngineFixtures.dl4j(net, ds);
        try (LstmEngine engine = LstmEngine.of(c.config(), shape, net, 1);
             EngineBatch batch = EngineBatch.of(ds)) {
            double[] grad = new double[params.length];
            double loss = engine.gradient(batch, params, grad);

            double worst = EngineFixtures.assertClose(c.name() + " gradient", grad, ref.gradient(), RELATIVE);
            System.out.printf("GRAD %-34s worst %.1e relative, loss %.1e%n", c.name(), worst,
                    EngineFixtures.relative(loss, ref.score()));
            assertThat(EngineFixtures.relative(loss, ref.score())).as("loss %s vs %s", loss, ref.score())
                    .isLessThan(RELATIVE);
            assertThat(EngineFixtures.relative(engine.loss(batch, params), loss)).isLessThan(1e-12);
        }
    }

    /**
     * Central differences of the mean loss, double precision, step 1e-6: the engine's gradient
     * divided by the minibatch size agrees to 1e-6 relative (floor 1e-8). Pre-padding is left out
     * on purpose: DL4J's backward pass ignores the mask, so its bias gradient (which the engine
     * reproduces) picks up masked leading steps that the loss does not depend on. With a mask the
     * engine keeps the last step in double here (DL4J rounds it to float, which is noise to a
     * difference quotient).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gradientMatchesFiniteDifferences(Case c) {
        if (c.pre()) {
            return;
        }
        DataSet ds = EngineFixtures.data(12, 4, c.nIn(), 5, c.nOut(), c.oneHot(), c.lengths(), false);
        NetworkShape shape = new NetworkShape(c.nIn(), c.nOut(), false);
        MultiLayerNetwork net = EngineFixtures.net(c.config(), shape);
        double[] params = EngineFixtures.params(net);
        try (LstmEngine engine = LstmEngine.of(c.config(), shape, net, 1);
             EngineBatch batch = EngineBatch.of(ds)) {
            engine.keepMaskedLastStepInDouble();
            double[] grad = new double[params.length];
            engine.gradient(batch, params, grad);
            double h = 1e-6;
            for (int i = 0; i < params.length; i++) {
                double keep = params[i];
                params[i] = keep + h;
                double up = engine.loss(batch, params);
                params[i] = keep - h;
                double down = engine.loss(batch, params);
                params[i] = keep;
                double numeric = (up - down) / (2 * h);
                double analytic = grad[i] / batch.examples();
                assertThat(Math.abs(numeric - analytic)).as("%s parameter %d: %s vs %s", c.name(), i, analytic, numeric)
                        .isLessThanOrEqualTo(1e-6 * Math.max(Math.abs(numeric), 1e-2) + 1e-8);
            }
        }
    }
}
