package org.lstmworkbench.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.model.EncoderDecoder;
import org.lstmworkbench.model.LstmStack;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkShape;

/** The model form's encoder-decoder: the chooser, the Decoder section's field, its problems and its size. */
class ModelConfigEncoderDecoderTest {

    private final ModelConfigViewModel vm = new ModelConfigViewModel();

    @Test
    void choosingEncoderDecoderUsesTheLstmFieldsAsEncoderAndTheDecoderField() {
        vm.networkShapeProperty().set(new NetworkShape(1, 6, false, 24));
        assertThat(vm.architectureTypes()).contains("encoder-decoder");
        assertThat(vm.usedProperty(ConfigField.DECODER_UNITS).get()).isFalse();
        vm.textProperty(ConfigField.UNITS).set("16");
        vm.architectureTypeProperty().set("encoder-decoder");
        vm.textProperty(ConfigField.DECODER_UNITS).set("16");

        assertThat(vm.usedProperty(ConfigField.DECODER_UNITS).get()).isTrue();
        assertThat(vm.problems()).isEmpty();
        EncoderDecoder a = (EncoderDecoder) vm.configProperty().get().architecture();
        assertThat(a.units()).containsExactly(16);
        assertThat(a.decoderUnits()).containsExactly(16);
        // 1152 + 2112 + 17, as the preset's (EncoderDecoderTest counts them by hand)
        assertThat(vm.parameterCountProperty().get()).isEqualTo(3281L);
        assertThat(vm.layerSummaryProperty().get()).isEqualTo("LSTM 16 (16) -> Repeat 6 (16x6) -> LSTM 16 (16x6) -> Dense 1 per step (1x6)");

        vm.architectureTypeProperty().set("lstm");
        assertThat(vm.configProperty().get().architecture()).isInstanceOf(LstmStack.class);
        assertThat(vm.usedProperty(ConfigField.DECODER_UNITS).get()).isFalse();
    }

    @Test
    void aBadDecoderLayerMarksTheDecoderFieldAndAHorizonOfOneIsAProblem() {
        vm.networkShapeProperty().set(new NetworkShape(1, 6, false, 24));
        vm.architectureTypeProperty().set("encoder-decoder");
        vm.textProperty(ConfigField.DECODER_UNITS).set("8,0");
        assertThat(vm.fieldProblems()).containsKey(ConfigField.DECODER_UNITS);
        assertThat(vm.fieldProblems().get(ConfigField.DECODER_UNITS)).contains("decoder: cells in layer 2");
        assertThat(vm.configProperty().get()).isNull();

        vm.textProperty(ConfigField.DECODER_UNITS).set("8");
        vm.networkShapeProperty().set(new NetworkShape(1, 1, false, 24));
        assertThat(vm.problems()).anyMatch(p -> p.contains("horizon must be at least 2, was 1"));
        assertThat(vm.configProperty().get()).isNull();
    }

    @Test
    void anEncoderDecoderConfigurationShowsInTheForm() {
        ModelConfig c = ModelConfig.builder().architecture(EncoderDecoder.of(
                ModelConfig.builder().units(12).build().lstm(), List.of(6, 3))).build();
        // the form's default data is the seed's one-step toy, where an encoder-decoder is a problem
        vm.networkShapeProperty().set(new NetworkShape(1, 6, false, 24));
        vm.setConfig(c);
        assertThat(vm.architectureTypeProperty().get()).isEqualTo("encoder-decoder");
        assertThat(vm.textProperty(ConfigField.DECODER_UNITS).get()).isEqualTo("6,3");
        assertThat(vm.textProperty(ConfigField.UNITS).get()).isEqualTo("12");
        assertThat(vm.problems()).isEmpty();
        assertThat(vm.configProperty().get()).isEqualTo(c);
    }

    @Test
    void aSeasonalPresetOnDataOfOtherLagsSaysHowToFixTheData() {
        String cnnHint = "; the CNN-LSTM preset is meant for demo:seasonal with lags 24 and horizon 6: set them in "
                + "the Dataset tab";
        vm.networkShapeProperty().set(new NetworkShape(1, 1, false, 1)); // the Dataset tab's lags 1, horizon 1
        vm.applyPreset(ModelPresets.CNN_LSTM_SEASONAL);
        assertThat(vm.problems()).containsExactly("the kernel of convolution layer 1 spans 3 steps, longer than the "
                + "window of 1 steps" + cnnHint);

        vm.applyPreset(ModelPresets.ENCODER_DECODER_SEASONAL);
        assertThat(vm.problems()).singleElement().asString().startsWith("an encoder-decoder forecasts several steps "
                + "ahead: horizon must be at least 2, was 1").endsWith("; the encoder-decoder preset is meant for "
                + "demo:seasonal with lags 24 and horizon 6: set them in the Dataset tab");

        // on the preset's data nothing is wrong, so nothing is hinted
        vm.networkShapeProperty().set(new NetworkShape(1, 6, false, 24));
        assertThat(vm.problems()).isEmpty();
        // the same configuration from a run or a workspace is not the preset: the plain problem only
        vm.networkShapeProperty().set(new NetworkShape(1, 1, false, 1));
        vm.setConfig(ModelPresets.preset(ModelPresets.CNN_LSTM_SEASONAL, 0));
        assertThat(vm.problems()).containsExactly("the kernel of convolution layer 1 spans 3 steps, longer than the "
                + "window of 1 steps");
        // Brownlee's presets fit any data
        assertThat(ModelPresets.dataHint(ModelPresets.GOOD_FIT, new NetworkShape(1, 1, false, 1))).isEmpty();
    }

    @Test
    void thePresetIsTheMeasuredEncoderDecoder() {
        assertThat(ModelPresets.names()).contains(ModelPresets.ENCODER_DECODER_SEASONAL);
        ModelConfig preset = ModelPresets.preset(ModelPresets.ENCODER_DECODER_SEASONAL, 66);
        // Seq2SeqForecastTest trains this configuration and asserts it beats persistence
        assertThat(preset).isEqualTo(org.lstmworkbench.experiment.Seq2SeqPreset.config());
        vm.networkShapeProperty().set(new NetworkShape(1, 6, false, 24));
        vm.applyPreset(ModelPresets.ENCODER_DECODER_SEASONAL);
        assertThat(vm.architectureTypeProperty().get()).isEqualTo("encoder-decoder");
        assertThat(vm.configProperty().get()).isEqualTo(preset);
    }
}
