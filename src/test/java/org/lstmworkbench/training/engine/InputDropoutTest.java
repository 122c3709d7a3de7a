package org.lstmworkbench.training.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkShape;
import org.nd4j.linalg.dataset.DataSet;

/** Input dropout: DL4J's inverted-dropout distribution, reproducible per seed, training only. */
class InputDropoutTest {

    @Test
    void masksKeepAFractionPScaledByOneOverP() {
        double retain = 0.8;
        int n = 200_000;
        double[] mask = new double[n];
        InputDropout.draw(new SplittableRandom(7), retain, mask, n);
        long kept = Arrays.stream(mask).filter(v -> v != 0).count();
        // binomial standard deviation sqrt(0.16 / n) = 0.0009: 5 of them
        assertThat(kept / (double) n).isCloseTo(retain, org.assertj.core.data.Offset.offset(0.0045));
        assertThat(Arrays.stream(mask).filter(v -> v != 0 && v != 1.0 / retain).count()).isZero();
        assertThat(Arrays.stream(mask).sum() / n).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.006));

        double[] again = new double[n];
        InputDropout.draw(new SplittableRandom(7), retain, again, n);
        assertThat(again).isEqualTo(mask);
        InputDropout.draw(new SplittableRandom(8), retain, again, n);
        assertThat(again).isNotEqualTo(mask);
    }

    @Test
    void gradientsWithDropoutAreReproduciblePerSeedAndDifferFromThoseWithout() {
        ModelConfig config = EngineFixtures.config().units(4, 3).dropout(0.3).build();
        ModelConfig plain = EngineFixtures.config().units(4, 3).build();
        NetworkShape shape = new NetworkShape(2, 1, false);
        DataSet ds = EngineFixtures.data(5, 6, 2, 4, 1, false, null, false);
        MultiLayerNetwork net = EngineFixtures.net(config, shape);
        double[] params = EngineFixtures.params(net);
        assertThat(LstmEngine.usesDropout(config)).isTrue();
        assertThat(LstmEngine.usesDropout(plain)).isFalse();
        try (LstmEngine a = LstmEngine.of(config, shape, net, 99);
             LstmEngine b = LstmEngine.of(config, shape, net, 99);
             LstmEngine c = LstmEngine.of(plain, shape, EngineFixtures.net(plain, shape), 99);
             EngineBatch batch = EngineBatch.of(ds)) {
            assertThat(a.usesDropout()).isTrue();
            double[] ga = new double[params.length];
            double[] gb = new double[params.length];
            double[] first = null;
            for (int i = 0; i < 3; i++) {
                assertThat(a.gradient(batch, params, ga)).isEqualTo(b.gradient(batch, params, gb));
                assertThat(ga).isEqualTo(gb);
                if (first == null) {
                    first = ga.clone();
                } else {
                    assertThat(ga).as("a new mask each pass").isNotEqualTo(first);
                }
            }
            double[] gc = new double[params.length];
            c.gradient(batch, params, gc);
            assertThat(gc).isNotEqualTo(ga);
            // no dropout outside training: the forward-only loss is DL4J's score
            assertThat(EngineFixtures.relative(a.loss(batch, params), net.score(ds))).isLessThan(1e-12);
        }
    }

    /**
     * Averaged over many masks, the training loss with dropout matches DL4J's average over as
     * many of its own draws (same distribution, other values): within 3% here.
     */
    @Test
    void meanTrainingLossOverDrawsMatchesDl4js() {
        ModelConfig config = EngineFixtures.config().units(5).dropout(0.4).build();
        NetworkShape shape = new NetworkShape(3, 1, false);
        DataSet ds = EngineFixtures.data(9, 8, 3, 4, 1, false, null, false);
        MultiLayerNetwork net = EngineFixtures.net(config, shape);
        double[] params = EngineFixtures.params(net);
        int draws = 400;
        double dl4j = 0;
        double engineMean = 0;
        try (LstmEngine engine = LstmEngine.of(config, shape, net, 3);
             EngineBatch batch = EngineBatch.of(ds)) {
            double[] grad = new double[params.length];
            for (int i = 0; i < draws; i++) {
                dl4j += EngineFixtures.dl4j(net, ds).score() / draws;
                engineMean += engine.gradient(batch, params, grad) / draws;
            }
        }
        double plain = net.score(ds);
        assertThat(dl4j).as("dropout changes DL4J's training loss").isNotCloseTo(plain,
                org.assertj.core.data.Offset.offset(1e-6));
        assertThat(engineMean).isCloseTo(dl4j, org.assertj.core.data.Percentage.withPercentage(3));
    }
}
