package org.lstmworkbench.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lstmworkbench.Problem;
import org.lstmworkbench.model.ClippingKind;
import org.lstmworkbench.model.EarlyStopping;
import org.lstmworkbench.model.LossKind;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkShape;
import org.lstmworkbench.model.OptimizerKind;
import org.lstmworkbench.model.ScheduleKind;
import org.lstmworkbench.model.StoppingKind;
import org.lstmworkbench.model.WeightInitKind;

class ModelConfigViewModelTest {

    private final ModelConfigViewModel vm = new ModelConfigViewModel();

    @Test
    void startsValidOnTheSeedsDefaults() {
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.configProperty().get()).isEqualTo(ModelConfig.defaults());
        assertThat(vm.textProperty(ConfigField.UNITS).get()).isEqualTo("10");
        assertThat(vm.textProperty(ConfigField.LEARNING_RATE).get()).isEqualTo("0.001");
        assertThat(vm.problems()).isEmpty();
    }

    @Test
    void unparseableEpochsAreReportedWithTheFieldName() {
        vm.textProperty(ConfigField.EPOCHS).set("abc");

        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.configProperty().get()).isNull();
        assertThat(vm.problems()).containsExactly("epochs: \"abc\" is not a whole number");
        assertThat(vm.fieldProblems()).containsOnlyKeys(ConfigField.EPOCHS);
    }

    @Test
    void dropoutAboveOneGetsTheConfigsMessageOnTheDropoutField() {
        vm.textProperty(ConfigField.DROPOUT).set("1.5");

        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.problems()).containsExactly("dropout is a drop rate and must be in [0, 1), was 1.5");
        assertThat(vm.fieldProblems()).containsEntry(ConfigField.DROPOUT,
                "dropout is a drop rate and must be in [0, 1), was 1.5");
    }

    @Test
    void batchLargerThanTheTrainingSamplesIsInvalid() {
        vm.trainingSamplesProperty().set(5);

        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.problems()).containsExactly("batch size 32 is larger than the 5 training samples: use at most 5");
        assertThat(vm.fieldProblems()).containsOnlyKeys(ConfigField.BATCH_SIZE);

        vm.textProperty(ConfigField.BATCH_SIZE).set("5");
        assertThat(vm.validProperty().get()).isTrue();
        assertThat(vm.configProperty().get().batchSize()).isEqualTo(5);
    }

    @Test
    void parseErrorsComeBeforeTheChecksThatNeedParsedValues() {
        vm.trainingSamplesProperty().set(5);
        vm.textProperty(ConfigField.EPOCHS).set("abc");
        vm.textProperty(ConfigField.UNITS).set("10,x");

        assertThat(vm.problems()).containsExactly(
                "units per layer: \"10,x\" is not a list of whole numbers such as 50,50",
                "epochs: \"abc\" is not a whole number");
        assertThat(vm.parameterCountProperty().get()).isZero();
    }

    @Test
    void everyValidationProblemMapsToItsField() {
        ModelConfig wrong = ModelConfig.builder().units(0).dropout(1).l1(-1).l2(-1).l1Bias(-1).l2Bias(-1)
                .forgetGateBias(Double.NaN).learningRate(0).momentum(1)
                .schedule(ScheduleKind.STEP, 0, 0).batchSize(99).epochs(0)
                .clipping(ClippingKind.VALUE, 0).build();
        List<Problem> problems = wrong.validateFor(10);
        problems.addAll(EarlyStopping.patience(0, -1).problems());
        problems.addAll(new EarlyStopping(StoppingKind.GL, 1, 0, true, 0, 1, 0).problems());
        problems.addAll(new EarlyStopping(StoppingKind.UP, 1, 0, true, 1, 2, 0).problems());

        assertThat(problems).hasSizeGreaterThan(15);
        assertThat(problems).allSatisfy(p -> assertThat(ConfigField.of(p)).as(p.message()).isPresent());
        assertThat(problems.stream().map(p -> ConfigField.of(p).orElseThrow()).distinct())
                .containsExactlyInAnyOrder(ConfigField.UNITS, ConfigField.FORGET_GATE_BIAS, ConfigField.DROPOUT,
                        ConfigField.L1, ConfigField.L2, ConfigField.L1_BIAS, ConfigField.L2_BIAS,
                        ConfigField.LEARNING_RATE, ConfigField.MOMENTUM, ConfigField.SCHEDULE_GAMMA,
                        ConfigField.SCHEDULE_STEP, ConfigField.BATCH_SIZE, ConfigField.EPOCHS,
                        ConfigField.CLIP_THRESHOLD, ConfigField.PATIENCE, ConfigField.MIN_DELTA, ConfigField.ALPHA,
                        ConfigField.STRIP, ConfigField.STRIPS);
        assertThat(ConfigField.of(new Problem("architecture.units[3]", "any words"))).contains(ConfigField.UNITS);
        assertThat(ConfigField.of(new Problem("regularization.l1Bias", "L1 must"))).contains(ConfigField.L1_BIAS);
        assertThat(ConfigField.of(new Problem("", "the whole configuration"))).isEmpty();
    }

    @Test
    void theFieldNamedByTheProblemsPathCarriesItsMessage() {
        vm.textProperty(ConfigField.UNITS).set("8,0");
        vm.textProperty(ConfigField.L1_BIAS).set("-1");
        vm.textProperty(ConfigField.LEARNING_RATE).set("20");

        assertThat(vm.fieldProblems()).containsOnly(
                entry(ConfigField.UNITS, "cells in layer 2 must be at least 1, was 0"),
                entry(ConfigField.L1_BIAS, "L1 on biases must be 0 or more, was -1.0"),
                entry(ConfigField.LEARNING_RATE, "learning rate must be at most 10, was 20.0"));
        assertThat(vm.problems()).containsExactly("cells in layer 2 must be at least 1, was 0",
                "L1 on biases must be 0 or more, was -1.0", "learning rate must be at most 10, was 20.0");
    }

    @Test
    void parameterCountFollowsUnitsAndShape() {
        // LSTM(10) on 1 feature: 4 (1*10 + 10*10 + 10) = 480, Dense(1): 11
        assertThat(vm.parameterCountProperty().get()).isEqualTo(491);

        vm.textProperty(ConfigField.UNITS).set("50, 50");
        // 4 (50 + 2500 + 50) + 4 (2500 + 2500 + 50) + 51
        assertThat(vm.parameterCountProperty().get()).isEqualTo(10_400 + 20_200 + 51);

        vm.networkShapeProperty().set(new NetworkShape(3, 2, false));
        // first layer reads 3 features: 4 (150 + 2500 + 50); output 50*2 + 2
        assertThat(vm.parameterCountProperty().get()).isEqualTo(10_800 + 20_200 + 102);

        vm.textProperty(ConfigField.UNITS).set("4");
        vm.bidirectionalProperty().set(true);
        // two directions of 4 (3*4 + 16 + 4) = 128 each; output reads 8: 8*2 + 2
        assertThat(vm.parameterCountProperty().get()).isEqualTo(256 + 18);
    }

    @Test
    void sizeWarningUsesTheSanityCheck() {
        vm.trainingSamplesProperty().set(83);
        vm.textProperty(ConfigField.BATCH_SIZE).set("32");
        assertThat(vm.sizeWarningProperty().get()).isEmpty();

        vm.textProperty(ConfigField.UNITS).set("50,50");

        assertThat(vm.sizeWarningProperty().get())
                .startsWith("30,651 parameters for 83 training samples (369.3 per sample)")
                .contains("expect overfitting");
    }

    @ParameterizedTest
    @CsvSource({
        "'Brownlee ch. 12: underfit example, 100 epochs', 10, 100",
        "'Brownlee ch. 12: underfit with too few cells (1 cell, 300 epochs)', 1, 300",
        "'Brownlee ch. 12: good fit example, 800 epochs', 10, 800",
        "'Brownlee ch. 12: overfit example, 1200 epochs', 10, 1200"})
    void presetsSetTheSeedsExamples(String name, int cells, int epochs) {
        vm.trainingSamplesProperty().set(5);
        vm.textProperty(ConfigField.DROPOUT).set("0.3");
        vm.optimizerProperty().set(OptimizerKind.SGD);

        vm.applyPreset(name);

        ModelConfig c = vm.configProperty().get();
        assertThat(vm.presetNames()).contains(name);
        assertThat(c.units()).containsExactly(cells);
        assertThat(c.epochs()).isEqualTo(epochs);
        assertThat(c.batchSize()).isEqualTo(5);
        assertThat(c.optimizer()).isEqualTo(OptimizerKind.ADAM);
        assertThat(c.learningRate()).isEqualTo(0.001);
        assertThat(c.loss()).isEqualTo(LossKind.MSE);
        assertThat(c.dropout()).isZero();
        assertThat(c.shuffle()).isFalse();
        assertThat(vm.textProperty(ConfigField.EPOCHS).get()).isEqualTo(String.valueOf(epochs));
    }

    @Test
    void fieldsSwitchedOffAreNotParsed() {
        vm.textProperty(ConfigField.CLIP_THRESHOLD).set("x");
        assertThat(vm.usedProperty(ConfigField.CLIP_THRESHOLD).get()).isFalse();
        assertThat(vm.validProperty().get()).isTrue();

        vm.clippingProperty().set(ClippingKind.VALUE);

        assertThat(vm.usedProperty(ConfigField.CLIP_THRESHOLD).get()).isTrue();
        assertThat(vm.problems()).containsExactly("clipping threshold: \"x\" is not a number");
    }

    @Test
    void setConfigShowsEveryFieldAndGivesItBack() {
        ModelConfig c = ModelConfig.builder().units(64, 32).bidirectional(true).weightInit(WeightInitKind.HE_NORMAL)
                .forgetGateBias(0.5).dropout(0.2).l1(1e-4).l2(0.01).l1Bias(0.001).l2Bias(0.002)
                .optimizer(OptimizerKind.NESTEROV).learningRate(0.05).momentum(0.8)
                .schedule(ScheduleKind.STEP, 0.7, 25).batchSize(16).epochs(321).shuffle(true)
                .clipping(ClippingKind.L2_PER_LAYER, 2.5)
                .earlyStopping(new EarlyStopping(StoppingKind.PQ, 10, 0, false, 0.75, 4, 3))
                .loss(LossKind.MAE).seed(42).build();

        vm.setConfig(c);

        assertThat(vm.configProperty().get()).isEqualTo(c);
        assertThat(vm.textProperty(ConfigField.UNITS).get()).isEqualTo("64,32");
        assertThat(vm.textProperty(ConfigField.L1).get()).isEqualTo("0.0001");
        assertThat(vm.textProperty(ConfigField.ALPHA).get()).isEqualTo("0.75");
    }

    @Test
    void perLayerActivationsAndDropoutAndRecurrentDropAreTypedIntoTheForm() {
        vm.textProperty(ConfigField.UNITS).set("6,4");
        vm.textProperty(ConfigField.LAYER_ACTIVATIONS).set("relu, tanh");
        vm.textProperty(ConfigField.DROPOUT).set("0.2,0.1");
        vm.textProperty(ConfigField.RECURRENT_DROP).set("0.3");
        ModelConfig c = vm.configProperty().get();
        assertThat(c).as(String.valueOf(vm.problems())).isNotNull();
        assertThat(c.layerActivations()).containsExactly(org.lstmworkbench.model.CellActivation.RELU,
                org.lstmworkbench.model.CellActivation.TANH);
        assertThat(c.layerDropout()).containsExactly(0.2, 0.1);
        assertThat(c.recurrentDrop()).isEqualTo(0.3);

        vm.textProperty(ConfigField.DROPOUT).set("0.2,0.1,0.5");
        assertThat(vm.validProperty().get()).isFalse();
        assertThat(vm.fieldProblems()).containsKey(ConfigField.DROPOUT);
        vm.textProperty(ConfigField.LAYER_ACTIVATIONS).set("relu,gelu");
        assertThat(vm.problems()).contains("per-layer activations: \"gelu\" is not tanh, softsign, sigmoid or relu");
    }

    @Test
    void aHalfTypedDecoderShowsNoCountInsteadOfFailing() {
        vm.networkShapeProperty().set(new NetworkShape(1, 6, false, 24));
        vm.architectureTypeProperty().set(org.lstmworkbench.model.Architectures.ENCODER_DECODER);
        vm.textProperty(ConfigField.UNITS).set("10");
        vm.textProperty(ConfigField.DECODER_UNITS).set("4");
        // encoder 4 (10 + 100 + 10) = 480, decoder 4 (40 + 16 + 4) = 240, dense per step 4 + 1
        assertThat(vm.parameterCountProperty().get()).isEqualTo(480 + 240 + 5);

        // a decoder of 0 cells while the user types: the count stepped into a network of 0 inputs and threw
        vm.textProperty(ConfigField.DECODER_UNITS).set("0");
        assertThat(vm.parameterCountProperty().get()).isZero();
        assertThat(vm.layerSummaryProperty().get()).isEmpty();
        assertThat(vm.fieldProblems()).containsKey(ConfigField.DECODER_UNITS);
    }
}
