package org.lstmworkbench.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.model.CellActivation;
import org.lstmworkbench.model.CnnLstm;
import org.lstmworkbench.model.ConvLayer;
import org.lstmworkbench.model.LstmStack;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkShape;

class ModelConfigArchitectureTest {

    private final ModelConfigViewModel vm = new ModelConfigViewModel();

    private void seasonalWindow() {
        vm.networkShapeProperty().set(new NetworkShape(1, 6, false, 24));
    }

    @Test
    void choosingCnnLstmUsesTheConvolutionFieldsAroundTheTypedCells() {
        seasonalWindow();
        assertThat(vm.usedProperty(ConfigField.FILTERS).get()).isFalse();
        vm.textProperty(ConfigField.UNITS).set("50");
        vm.architectureTypeProperty().set("cnn-lstm");

        assertThat(vm.usedProperty(ConfigField.FILTERS).get()).isTrue();
        assertThat(vm.problems()).isEmpty();
        CnnLstm a = (CnnLstm) vm.configProperty().get().architecture();
        assertThat(a.conv()).containsExactly(ConvLayer.DEFAULT);
        assertThat(a.lstm().units()).containsExactly(50);
        // 256 + 23000 + 306 (see CnnLstmTest)
        assertThat(vm.parameterCountProperty().get()).isEqualTo(23_562L);
        assertThat(vm.layerSummaryProperty().get())
                .isEqualTo("Conv1D 64x3 (64x22) -> MaxPool 2 (64x11) -> LSTM 50 (50) -> Dense 6");
    }

    @Test
    void convolutionFieldsBuildOneLayerPerFilterEntry() {
        seasonalWindow();
        vm.architectureTypeProperty().set("cnn-lstm");
        vm.textProperty(ConfigField.FILTERS).set("32,16");
        vm.textProperty(ConfigField.KERNEL_SIZE).set("5,3");
        vm.textProperty(ConfigField.POOL).set("0");
        vm.textProperty(ConfigField.SUBSEQUENCES).set("2");
        vm.convActivationProperty().set(CellActivation.TANH);

        CnnLstm a = (CnnLstm) vm.configProperty().get().architecture();
        assertThat(a.conv()).containsExactly(new ConvLayer(32, 5, 1, 1, CellActivation.TANH),
                new ConvLayer(16, 3, 1, 1, CellActivation.TANH));
        assertThat(a.pool()).isZero();
        assertThat(a.subsequences()).isEqualTo(2);
    }

    @Test
    void aKernelLongerThanTheWindowMarksTheKernelField() {
        seasonalWindow();
        vm.architectureTypeProperty().set("cnn-lstm");
        vm.textProperty(ConfigField.KERNEL_SIZE).set("30");

        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.fieldProblems()).containsOnlyKeys(ConfigField.KERNEL_SIZE);
        assertThat(vm.parameterCountProperty().get()).isZero();
    }

    @Test
    void subsequencesThatDoNotDivideTheWindowMarkTheirField() {
        seasonalWindow();
        vm.architectureTypeProperty().set("cnn-lstm");
        vm.textProperty(ConfigField.SUBSEQUENCES).set("5");

        assertThat(vm.fieldProblems()).containsOnlyKeys(ConfigField.SUBSEQUENCES);
    }

    @Test
    void kernelSizesMustBeOneOrOnePerLayer() {
        seasonalWindow();
        vm.architectureTypeProperty().set("cnn-lstm");
        vm.textProperty(ConfigField.FILTERS).set("8,8");
        vm.textProperty(ConfigField.KERNEL_SIZE).set("3,3,3");

        assertThat(vm.problems()).containsExactly(
                "kernel sizes: give one kernel size for all 2 convolution layers or one per layer, not 3");
    }

    @Test
    void showsACnnLstmConfigurationAndGoesBackToItsLstmLayers() {
        CnnLstm a = new CnnLstm(List.of(new ConvLayer(16, 5, 2, 1, CellActivation.RELU)), 3, 1,
                ModelConfig.DEFAULTS.lstm().withUnits(List.of(20)));
        ModelConfig c = ModelConfig.builder().architecture(a).build();
        seasonalWindow();
        vm.setConfig(c);

        assertThat(vm.architectureTypeProperty().get()).isEqualTo("cnn-lstm");
        assertThat(vm.textProperty(ConfigField.FILTERS).get()).isEqualTo("16");
        assertThat(vm.textProperty(ConfigField.STRIDE).get()).isEqualTo("2");
        assertThat(vm.configProperty().get()).isEqualTo(c);

        vm.architectureTypeProperty().set("lstm");
        assertThat(vm.configProperty().get().architecture()).isInstanceOf(LstmStack.class)
                .isEqualTo(a.lstm());
    }

    @Test
    void withoutAKnownWindowLengthACnnLstmIsRefusedAsAWhole() {
        vm.architectureTypeProperty().set("cnn-lstm");

        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.problems()).containsExactly("a CNN-LSTM reads windows of one known length (forecasting); "
                + "sequences of varying length, with their masks, are not supported");
        assertThat(vm.parameterCountProperty().get()).isZero();
    }
}
