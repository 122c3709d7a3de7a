package org.lstmworkbench.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunProgressTextTest {

    @Test
    void aRunningRunShowsItsElapsedTimeAndTheRemainingEpochsAtItsPace() {
        // 40 of 800 epochs in 12 s: 760 more at 0.3 s each = 228 s
        assertThat(RunProgressText.of(1, "run 3", 40, 800, 12_000))
                .isEqualTo("Training 1 run(s): run 3 epoch 40 of 800, 12 s elapsed, ETA 3 min 48 s");
    }

    @Test
    void beforeTheFirstEpochThereIsNoEstimate() {
        assertThat(RunProgressText.of(2, "run 1", 0, 100, 300))
                .isEqualTo("Training 2 run(s): run 1 epoch 0 of 100, 300 ms elapsed");
    }
}
