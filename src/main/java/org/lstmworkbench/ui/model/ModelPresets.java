package org.lstmworkbench.ui.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lstmworkbench.model.ModelConfig;

/**
 * The diagnostic examples of Brownlee's <i>Long Short-Term Memory Networks with Python</i>, chapter 12
 * (section 8.2 of the seed write-up), as ready configurations named for the book's chapter and
 * experiment, so a newcomer can look them up: LSTM(10), Dense(1), MSE,
 * Adam with Keras' defaults, no shuffling, trained for 100 (underfit), 800 (good fit) or 1200
 * (overfit) epochs; and the under-provisioned model with a single memory cell, 300 epochs.
 * Batch size is the whole training set when its size is known, as the seed's toy fits its five
 * samples in one batch (Keras' default of 32 covers them all).
 */
public final class ModelPresets {

    public static final String UNDERFIT = "Brownlee ch. 12: underfit example, 100 epochs";
    public static final String TOO_FEW_CELLS = "Brownlee ch. 12: underfit with too few cells (1 cell, 300 epochs)";
    public static final String GOOD_FIT = "Brownlee ch. 12: good fit example, 800 epochs";
    public static final String OVERFIT = "Brownlee ch. 12: overfit example, 1200 epochs";

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
        return List.copyOf(CELLS_AND_EPOCHS.keySet());
    }

    /**
     * The named preset.
     *
     * @param trainingSamples training samples of the loaded data, or 0 when unknown (batch size
     *     then keeps the default of 32)
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    public static ModelConfig preset(String name, int trainingSamples) {
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
}
