package org.lstmworkbench.experiment;

import java.util.List;
import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.model.EncoderDecoder;
import org.lstmworkbench.model.ModelConfig;

/**
 * The encoder-decoder preset: six months ahead on {@code demo:seasonal} from two years of
 * history (lags 24, horizon 6, the demo's recommended transforms: log, seasonal difference,
 * difference, min-max), an encoder and a decoder of 16 cells each, Adam at 0.01, shuffled
 * minibatches of 16, 60 epochs. Its validation loss ends below persistence's (the test says by
 * how much); the direct many-to-one model with the same encoder is its comparison
 * ({@link #direct()}).
 */
public final class Seq2SeqPreset {

    /** Input window of the preset's data. */
    public static final int LAGS = 24;
    /** Steps ahead the preset forecasts. */
    public static final int HORIZON = 6;
    /** Cells of the encoder and of the decoder. */
    public static final int UNITS = 16;

    private Seq2SeqPreset() {
    }

    /** The data: demo:seasonal with its recommended transforms, lags 24, horizon 6. */
    public static DatasetSpec data() {
        return DemoDatasets.recommendedSpec("seasonal").toBuilder().lags(LAGS).horizon(HORIZON).build();
    }

    /** The encoder-decoder configuration. */
    public static ModelConfig config() {
        ModelConfig direct = direct();
        return direct.toBuilder().architecture(EncoderDecoder.of(direct.lstm(), List.of(UNITS))).build();
    }

    /** The direct multi-output model on the same data: the encoder alone, a dense layer of H outputs on its last step. */
    public static ModelConfig direct() {
        return ModelConfig.builder().units(UNITS).learningRate(0.01).batchSize(16).epochs(60).shuffle(true).seed(1)
                .build();
    }
}
