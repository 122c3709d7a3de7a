package org.lstmworkbench.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lstmworkbench.training.RunStatus;

class DisplayTextsTest {

    @ParameterizedTest
    @CsvSource({"4.0, 4", "100.0, 100", "-3.0, -3", "0.0, 0", "0.012345, 0.01235", "0.1, 0.1",
            "0.123456789012345678, 0.1235", "1234.5678, 1235", "1.5e-7, 1.500e-07", "12.5, 12.5"})
    void wholeNumbersPrintWithoutDecimalsAndOthersWithFourSignificantDigits(double value, String shown) {
        assertThat(DisplayTexts.number(value)).isEqualTo(shown);
    }

    @Test
    void nonFiniteNumbersAreNamed() {
        assertThat(DisplayTexts.number(Double.NaN)).isEqualTo("NaN");
        assertThat(DisplayTexts.number(Double.POSITIVE_INFINITY)).isEqualTo("inf");
    }

    @Test
    void aStoppedRunReadsStoppedEverywhere() {
        assertThat(DisplayTexts.status(RunStatus.CANCELLED)).isEqualTo("stopped");
        assertThat(DisplayTexts.words(RunStatus.CANCELLED.label())).isEqualTo("stopped");
        assertThat(DisplayTexts.status(RunStatus.EARLY_STOPPED)).isEqualTo("early stopped");
    }

    @Test
    void labelIdsReadAsWords() {
        assertThat(DisplayTexts.words("good_fit")).isEqualTo("good fit");
        assertThat(DisplayTexts.words("NOT_LEARNING")).isEqualTo("not learning");
    }

    @Test
    void aGroupVerdictNamesItsLabelsInWordsAndLeavesOtherCapitals() {
        assertThat(DisplayTexts.labelWords("GOOD_FIT in 5 of 5 runs; mean curve: UNDERFIT (STILL_IMPROVING), MSE"))
                .isEqualTo("good fit in 5 of 5 runs; mean curve: underfit (still improving), MSE");
    }
}
