package org.lstmworkbench.ui.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lstmworkbench.experiment.Seq2SeqPreset;
import org.lstmworkbench.model.CnnLstm;
import org.lstmworkbench.model.ConvLayer;
import org.lstmworkbench.model.LstmStack;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkShape;

/**
 * The diagnostic examples of Brownlee's <i>Long Short-Term Memory Networks with Python</i>, chapter 12
 * (section 8.2 of the seed write-up), as ready configurations named for the book's chapter and
 * experiment, so a newcomer can look them up: LSTM(10), Dense(1), MSE,
 * Adam with Keras' defaults, no shuffling, trained for 100 (underfit), 800 (good fit) or 1200
 * (overfit) epochs; and the under-provisioned model with a single memory cell, 300 epochs.
 * Batch size is the whole training set when its size is known, as the seed's toy fits its five
 * samples in one batch (Keras' default of 32 covers them all).
 *
 * <p>{@link #CNN_LSTM_SEASONAL} is Brownlee's CNN-LSTM (his chapter 8: Conv1D, max-pooling, LSTM)
 * sized for {@code demo:seasonal} read with lags 24 and horizon 6 (set in the Dataset tab): one
 * convolution of 32 filters of 3 steps, pooling 2, LSTM(32), Adam at 0.003, 50 epochs. Seeded, it
 * ends at about 0.58 of persistence's validation loss (CnnLstmPresetTest); the training-mean
 * forecast is at 0.55 of persistence on this part, so the preset beats persistence, not the mean.
 */
public final class ModelPresets {

    public static final String UNDERFIT = "Brownlee ch. 12: underfit example, 100 epochs";
    public static final String TOO_FEW_CELLS = "Brownlee ch. 12: underfit with too few cells (1 cell, 300 epochs)";
    public static final String GOOD_FIT = "Brownlee ch. 12: good fit example, 800 epochs";
    public static final String OVERFIT = "Brownlee ch. 12: overfit example, 1200 epochs";
    public static final String CNN_LSTM_SEASONAL = "CNN-LSTM for demo:seasonal with lags 24, horizon 6";
    /** {@link Seq2SeqPreset#config()}: encoder and decoder LSTM(16), for the same data as the CNN-LSTM's. */
    public static final String ENCODER_DECODER_SEASONAL = "Encoder-decoder for demo:seasonal with lags 24, horizon 6";

    /** Cells and epochs of each preset, in display order. */
    private static final Map<String, int[]> CELLS_AND_EPOCHS = new LinkedHashMap<>();

    static {
        CELLS_AND_EPOCHS.put(UNDERFIT, new int[] {10, 100});
        CELLS_AND_EPOCHS.put(TOO_FEW_CELLS, new int[] {1, 300});
        CELLS_AND_EPOCHS.put(GOOD_FIT, new int[] {10, 800});
        CELLS_AND_EPOCHS.put(OVERFIT, new int[] {10, 1200});
    }

    private ModelPresets() {
    }

    /** Preset names in display order. */
    public static List<String> names() {
        List<String> names = new java.util.ArrayList<>(CELLS_AND_EPOCHS.keySet());
        names.add(CNN_LSTM_SEASONAL);
        names.add(ENCODER_DECODER_SEASONAL);
        return List.copyOf(names);
    }

    /**
     * The named preset.
     *
     * @param trainingSamples training samples of the loaded data, or 0 when unknown (batch size
     *     then keeps the default of 32)
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static ModelConfig preset(String name, int trainingSamples) {
        if (name.equals(CNN_LSTM_SEASONAL)) {
            return cnnLstmSeasonal(trainingSamples);
        }
        if (name.equals(ENCODER_DECODER_SEASONAL)) {
            // batch 16 of the 66 training windows whatever the data: its figures are measured so
            return Seq2SeqPreset.config();
        }
        int[] cellsAndEpochs = CELLS_AND_EPOCHS.get(name);
        if (cellsAndEpochs == null) {
            throw new IllegalArgumentException("unknown preset \"" + name + "\"; known: " + names());
        }
        var builder = ModelConfig.builder().units(cellsAndEpochs[0]).epochs(cellsAndEpochs[1]).shuffle(false);
        if (trainingSamples > 0) {
            builder.batchSize(trainingSamples);
        }
        return builder.build();
    }

    /**
     * How to fix the data for a preset sized for other data, to follow a problem of the model on
     * {@code shape} ("... longer than the window of 1 steps; the CNN-LSTM preset is meant for lags 24
     * and horizon 6: set them in the Dataset tab"); empty for presets that fit any data (Brownlee's)
     * and when the shape already has the preset's lags and horizon.
     */
    public static Optional<String> dataHint(String name, NetworkShape shape) {
        String which = name.equals(CNN_LSTM_SEASONAL) ? "CNN-LSTM" : name.equals(ENCODER_DECODER_SEASONAL)
                ? "encoder-decoder" : null;
        if (which == null || (shape.steps() == Seq2SeqPreset.LAGS && shape.outputs() == Seq2SeqPreset.HORIZON)) {
            return Optional.empty();
        }
        return Optional.of("the " + which + " preset is meant for demo:seasonal with lags "
                + Seq2SeqPreset.LAGS + " and horizon " + Seq2SeqPreset.HORIZON + ": set them in the Dataset tab");
    }

    /** {@link #CNN_LSTM_SEASONAL}; batch size 32, or the whole training set when it is smaller. */
    private static ModelConfig cnnLstmSeasonal(int trainingSamples) {
        LstmStack lstm = ModelConfig.DEFAULTS.lstm().withUnits(List.of(32));
        CnnLstm cnn = new CnnLstm(List.of(ConvLayer.DEFAULT.withFilters(32)), 2, 1, lstm);
        var builder = ModelConfig.builder().architecture(cnn).learningRate(0.003).epochs(50).shuffle(false);
        if (trainingSamples > 0) {
            builder.batchSize(Math.min(ModelConfig.DEFAULTS.batchSize(), trainingSamples));
        }
        return builder.build();
    }
}
