package org.lstmworkbench.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CnnLstmJsonTest {

    private static final CnnLstm SPLIT = new CnnLstm(List.of(new ConvLayer(32, 5, 1, 2, CellActivation.TANH),
            new ConvLayer(16, 3, 2, 1, CellActivation.RELU)), 2, 4,
            ModelConfig.builder().units(20, 10).bidirectional(true).build().lstm());

    @Test
    void writesAndReadsBackEveryField() {
        ModelConfig c = ModelConfig.builder().architecture(SPLIT).epochs(7).build();
        String json = ModelConfigJson.write(c);
        assertThat(json).contains("\"type\" : \"cnn-lstm\"");
        assertThat(ModelConfigJson.read(json, "test")).isEqualTo(c);
    }

    @Test
    void fieldsLeftOutTakeTheDefaultsOfTheNamedType() {
        ModelConfig c = ModelConfigJson.read("""
                {"formatVersion": 2, "architecture": {"type": "cnn-lstm", "pool": 0,
                 "conv": [{"filters": 16}], "lstm": {"units": [20]}}}""", "test");
        CnnLstm a = (CnnLstm) c.architecture();
        assertThat(a.conv()).containsExactly(new ConvLayer(16, 3, 1, 1, CellActivation.RELU));
        assertThat(a.pool()).isZero();
        assertThat(a.subsequences()).isEqualTo(1);
        assertThat(a.lstm()).isEqualTo(ModelConfig.DEFAULTS.lstm().withUnits(List.of(20)));
    }

    @Test
    void aTypeAloneGivesThatTypesDefaults() {
        ModelConfig c = ModelConfigJson.read("{\"formatVersion\": 2, \"architecture\": {\"type\": \"cnn-lstm\"}}", "t");
        assertThat(c.architecture()).isEqualTo(CnnLstm.around(ModelConfig.DEFAULTS.lstm()));
    }

    @Test
    void anUnknownTypeOrFieldIsNamed() {
        assertThatThrownBy(() -> ModelConfigJson.read("{\"formatVersion\": 2, \"architecture\": {\"type\": \"gru\"}}", "f.json"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessage("f.json: field \"architecture.type\" cannot be \"gru\"; architectures: lstm, cnn-lstm, encoder-decoder");
        assertThatThrownBy(() -> ModelConfigJson.read("""
                {"formatVersion": 2, "architecture": {"type": "cnn-lstm", "lstm": {"cells": [3]}}}""", "f.json"))
                .isInstanceOf(InvalidConfigException.class)
                .hasMessageStartingWith("f.json: unknown field \"architecture.lstm.cells\"");
    }

    @Test
    void lstmFilesStillReadAsAnLstmStack() {
        ModelConfig v2 = ModelConfigJson.read("{\"formatVersion\": 2, \"architecture\": {\"units\": [50, 50]}}", "t");
        ModelConfig v1 = ModelConfigJson.read("{\"units\": [50, 50]}", "t");
        assertThat(v2.architecture()).isInstanceOf(LstmStack.class).isEqualTo(v1.architecture());
        assertThat(v2.units()).containsExactly(50, 50);
    }

    @Test
    void lstmSettersChangeTheRecurrentPartOfACnnLstm() {
        ModelConfig c = ModelConfig.builder().architecture(SPLIT).units(7).build();
        assertThat(((CnnLstm) c.architecture()).lstm().units()).containsExactly(7);
        assertThat(((CnnLstm) c.architecture()).conv()).isEqualTo(SPLIT.conv());
    }

    @Test
    void dispatchKeepsTheLstmLayersAndRefusesWhatThisBuildLacks() {
        Architecture a = Architectures.ofType(Architectures.CNN_LSTM, ModelConfig.DEFAULTS.architecture());
        assertThat(a).isEqualTo(CnnLstm.around(ModelConfig.DEFAULTS.lstm()));
        assertThat(Architectures.ofType(Architectures.LSTM, SPLIT)).isEqualTo(SPLIT.lstm());
        assertThat(Architectures.with(a, "filters", List.of(32, 16))).extracting(x -> ((CnnLstm) x).conv().size())
                .isEqualTo(2);
        // the encoder-decoder keeps the LSTM layers as its encoder (the convolutions are the CNN-LSTM's own)
        assertThat(Architectures.ofType(Architectures.ENCODER_DECODER, a))
                .isEqualTo(EncoderDecoder.around(ModelConfig.DEFAULTS.lstm()));
        assertThatThrownBy(() -> Architectures.with(ModelConfig.DEFAULTS.architecture(), "pool", List.of(2)))
                .isInstanceOf(InvalidConfigException.class).hasMessageContaining("pool is a setting of the cnn-lstm");
    }

    @Test
    void aDiffNamesConvolutionChangesThatTheFlatNamesDoNotCover() {
        ModelConfig a = ModelConfig.builder().architecture(SPLIT).build();
        ModelConfig b = ModelConfig.builder().architecture(SPLIT.withPool(3)).build();
        assertThat(ModelConfigDiff.between(a, b)).containsExactly("architecture: (4 subsequences: Conv1D 32x5 dilation 2"
                + " -> Conv1D 16x3 stride 2 -> MaxPool 2 -> BiLSTM 20,10) -> (4 subsequences: Conv1D 32x5 dilation 2"
                + " -> Conv1D 16x3 stride 2 -> MaxPool 3 -> BiLSTM 20,10)");
        assertThat(ModelConfigDiff.between(a, a.toBuilder().units(5).build())).containsExactly("units: [20, 10] -> [5]");
    }
}
