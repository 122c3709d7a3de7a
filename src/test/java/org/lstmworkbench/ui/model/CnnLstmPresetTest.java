package org.lstmworkbench.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.model.CnnLstm;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.CancellationToken;
import org.lstmworkbench.training.RunResult;
import org.lstmworkbench.training.Trainer;
import org.lstmworkbench.training.TrainingData;
import org.lstmworkbench.training.TrainingDataFactory;

/** The CNN-LSTM preset, and its subsequence variant, trained on the data they are meant for. */
class CnnLstmPresetTest {

    private static final PreparedData SEASONAL = DataPipeline.prepare(DemoDatasets.recommendedSpec("demo:seasonal")
            .toBuilder().lags(24).horizon(6).build());

    /** Final validation loss over persistence's on the validation part (the diagnosis' baselineRatio). */
    private static double ratioToPersistence(ModelConfig config) {
        TrainingData data = TrainingDataFactory.from(SEASONAL);
        RunResult r = new Trainer(config, data).run(m -> { }, new CancellationToken());
        return r.finalValLoss() / SEASONAL.baselines().persistenceMse();
    }

    @Test
    void thePresetBeatsPersistenceOnSeasonalWithHorizonSix() {
        ModelConfig preset = ModelPresets.preset(ModelPresets.CNN_LSTM_SEASONAL, SEASONAL.train().size());
        assertThat(preset.architecture()).isInstanceOf(CnnLstm.class);
        // measured about 0.58 (seed 1)
        assertThat(ratioToPersistence(preset)).isLessThan(0.75);
    }

    @Test
    void theSubsequenceVariantBeatsPersistenceToo() {
        ModelConfig preset = ModelPresets.preset(ModelPresets.CNN_LSTM_SEASONAL, SEASONAL.train().size());
        ModelConfig split = preset.toBuilder()
                .architecture(((CnnLstm) preset.architecture()).withSubsequences(4)).epochs(30).build();
        // 4 subsequences of 6 steps; measured about 0.58 (seed 1)
        assertThat(ratioToPersistence(split)).isLessThan(0.75);
    }
}
