package org.lstmworkbench.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.Precision;

/** The trainer takes the precision from the run's configuration, so two runs in one process can differ. */
class PrecisionTrainerTest {

    private static RunResult train(ModelConfig c, TrainingData data) {
        return new Trainer(c, data, EnginePolicy.AUTO).run(m -> { }, new CancellationToken());
    }

    @Test
    void aFloatConfigurationTrainsOnTheFloatEngineBesideADoubleOne() {
        assertThat(System.getProperty(Precision.PROPERTY)).isNull();
        ModelConfig dbl = ModelConfig.builder().units(10).batchSize(5).seed(3).epochs(20).build();
        ModelConfig flt = dbl.toBuilder().precision(Precision.FLOAT).build();
        RunResult single = train(flt, SeedToy.data());
        RunResult plain = train(dbl, SeedToy.data());
        assertThat(single.engine().engine()).isEqualTo(EngineUse.FAST_FLOAT);
        assertThat(single.engine().precision()).isEqualTo("float");
        assertThat(single.engine().note()).contains("float precision");
        assertThat(plain.engine().engine()).isEqualTo(EngineUse.FAST);
        assertThat(plain.engine().precision()).isEqualTo("double");
        assertThat(plain.engine().note()).doesNotContain("float");
        assertThat(single.trainLosses()).isNotEqualTo(plain.trainLosses());
        for (int e = 0; e < 20; e++) {
            double a = single.trainLosses()[e];
            double b = plain.trainLosses()[e];
            assertThat(Math.abs(a - b) / Math.abs(b)).as("epoch %d", e + 1).isLessThan(1e-4);
        }
    }

    @Test
    void aBidirectionalFloatConfigurationTrainsInDoubleAndSaysWhy() {
        ModelConfig c = ModelConfig.builder().units(4, 3).bidirectional(true).batchSize(8).seed(7).epochs(3)
                .precision(Precision.FLOAT).build();
        RunResult r = train(c, SeedToy.lagged(3));
        assertThat(r.engine().engine()).isEqualTo(EngineUse.FAST);
        assertThat(r.engine().precision()).isEqualTo("double");
        assertThat(r.engine().note()).contains("double precision (float cannot train bidirectional");
    }

    @Test
    void eachEngineNamesItsPrecision() {
        assertThat(EngineUse.fast(Precision.FLOAT, "float precision").engine()).isEqualTo("fast-float");
        assertThat(EngineUse.fast(Precision.FLOAT, "float precision").describe())
                .isEqualTo("fast engine (float precision)");
        assertThat(EngineUse.fast(Precision.DOUBLE, "").precision()).isEqualTo("double");
        assertThat(EngineUse.dl4j("bidirectional on masks").precision()).isEqualTo("double");
        assertThat(EngineUse.unknown().precision()).isEmpty();
    }
}
