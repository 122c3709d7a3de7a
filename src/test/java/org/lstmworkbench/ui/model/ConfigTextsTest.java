package org.lstmworkbench.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The form's hints are the defaults of ModelConfig.DEFAULTS, shown as the fields show numbers. */
class ConfigTextsTest {

    @ParameterizedTest
    @CsvSource({
        "UNITS, 10",
        "FORGET_GATE_BIAS, 1",
        "LEARNING_RATE, 0.001",
        "MOMENTUM, 0.9",
        "SCHEDULE_GAMMA, 0.5",
        "SCHEDULE_STEP, 100",
        "BATCH_SIZE, 32",
        "EPOCHS, 500",
        "CLIP_THRESHOLD, 1",
        "PATIENCE, 10",
        "SEED, 1",
    })
    void aFieldsHintIsItsDefaultValue(ConfigField field, String expected) {
        assertThat(ConfigTexts.defaultText(field)).isEqualTo(expected);
    }
}
