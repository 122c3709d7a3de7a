package org.lstmworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArchitectureOptionsTest {

    @Test
    void trainsACnnLstmAndPrintsItsLayersWithTheirShapes(@TempDir Path dir) {
        CliRunner r = CliRunner.run("train", "--data", "demo:seasonal", "--lags", "24", "--horizon", "6",
                "--architecture", "cnn-lstm", "--filters", "8", "--kernel-size", "3", "--pool", "2", "--units", "8",
                "--epochs", "2", "--quiet", "--out", dir.resolve("run").toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("  layers: Conv1D 8x3 (8x22) -> MaxPool 2 (8x11) -> LSTM 8 (8) -> Dense 6\n")
                .contains("Conv1D 8x3 -> MaxPool 2 -> LSTM 8, adam")
                // conv 3*8+8 = 32, LSTM 8 on 8: 4*(64+64+8) = 544, Dense 6: 54
                .contains("(630 parameters");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--architecture|gru|--architecture: unknown architecture \"gru\"; architectures: lstm, cnn-lstm, encoder-decoder",
            "--decoder-units|8|--decoder-units: decoderUnits is a setting of the encoder-decoder architecture, not of lstm",
            "--filters|8|--filters: filters is a setting of the cnn-lstm architecture, not of lstm",
            "--pool|2|--pool: pool is a setting of the cnn-lstm architecture, not of lstm"})
    void refusesAnArchitectureOrSettingThisModelLacks(String option, String value, String expected) {
        CliRunner r = CliRunner.run("train", "--data", "demo:seasonal", option, value, "--epochs", "1", "--out", "unused");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("lstm-workbench train: " + expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--kernel-size|30|--kernel-size: the kernel of convolution layer 1 spans 30 steps, longer than the window of 24 steps",
            "--subsequences|5|--subsequences: a window of 24 steps does not split into 5 subsequences of equal length",
            "--pool|30|--pool: pooling of 30 steps leaves no steps: only 22 steps of the window of 24 steps are left after the convolutions",
            "--filters|8,8,8,8|--filters: a CNN-LSTM needs 1 to 3 convolution layers, had 4"})
    void namesTheOptionOfALayoutTheWindowCannotTake(String option, String value, String expected) {
        CliRunner r = CliRunner.run("train", "--data", "demo:seasonal", "--lags", "24", "--architecture", "cnn-lstm",
                option, value, "--epochs", "1", "--out", "unused");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("lstm-workbench train: " + expected);
    }

    @Test
    void aSweepPointWhoseKernelDoesNotFitTheWindowFailsBeforeAnyRunNamingIt(@TempDir Path dir) {
        CliRunner r = CliRunner.run("sweep", "--data", "demo:seasonal", "--lags", "24", "--param",
                "architecture=lstm,cnn-lstm", "--param", "kernelSize=3,30", "--units", "4", "--epochs", "2",
                "--repeats", "1", "--out", dir.resolve("sweep").toString(), "-q");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("lstm-workbench sweep: point architecture=cnn-lstm, kernelSize=30: sweep "
                + "parameter kernelSize (line 2): the kernel of convolution layer 1 spans 30 steps, longer than the "
                + "window of 24 steps");
        assertThat(dir.resolve("sweep")).doesNotExist();
    }

    @Test
    void refusesACnnLstmClassifierOnPaddedSequencesNamingTheOption() {
        CliRunner r = CliRunner.run("train", "--task", "classification", "--data", "demo:rising-falling",
                "--architecture", "cnn-lstm", "--epochs", "1", "--out", "unused");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("lstm-workbench train: --architecture: a CNN-LSTM reads windows of one "
                + "known length (forecasting); sequences of varying length, with their masks, are not supported");
    }
}
