package org.lstmworkbench.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.validation.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lstmworkbench.ui.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class ModelConfigViewTest {

    private ModelConfigViewModel vm;
    private ModelConfigView view;

    @Start
    void start(Stage stage) {
        vm = new ModelConfigViewModel();
        vm.trainingSamplesProperty().set(5);
        vm.applyPreset(ModelPresets.GOOD_FIT);
        view = new ModelConfigView(vm);
        // Monocle's headless screen is 1280 x 800: a taller stage overflows its frame buffer
        stage.setScene(new Scene(view, 360, 780));
        stage.show();
    }

    @Test
    void typingAnInvalidEpochCountDecoratesTheFieldWithItsMessage(FxRobot robot) {
        TextField epochs = view.field(ConfigField.EPOCHS);
        assertThat(epochs.getText()).isEqualTo("800");

        // the side pane scrolls: fold the first two sections so Epochs is on screen
        robot.interact(() -> {
            robot.lookup("#model-section-architecture").queryAs(TitledPane.class).setExpanded(false);
            robot.lookup("#model-section-regularisation").queryAs(TitledPane.class).setExpanded(false);
        });
        robot.clickOn(epochs).eraseText(3).write("abc");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(vm.validProperty().get()).isFalse();
        assertThat(view.validationSupport().getHighestMessage(epochs)).map(ValidationMessage::getText)
                .contains("epochs: \"abc\" is not a whole number");
        assertThat(Decorator.getDecorations(epochs)).isNotEmpty();
        VBox problems = robot.lookup("#model-problems").queryAs(VBox.class);
        assertThat(problems.getChildren()).extracting(n -> ((Label) n).getText())
                .containsExactly("• epochs: \"abc\" is not a whole number");
        assertThat(Decorator.getDecorations(view.field(ConfigField.DROPOUT))).isNullOrEmpty();
    }

    @Test
    void aProblemCausedByAnotherInputDecoratesItsFieldAndClearsWhenFixed(FxRobot robot) {
        TextField batch = view.field(ConfigField.BATCH_SIZE);
        robot.interact(() -> vm.trainingSamplesProperty().set(3));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(view.validationSupport().getHighestMessage(batch)).map(ValidationMessage::getText)
                .contains("batch size 5 is larger than the 3 training samples: use at most 3");

        robot.interact(() -> vm.trainingSamplesProperty().set(5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(view.validationSupport().getHighestMessage(batch)).isEmpty();
        assertThat(view.validationSupport().isInvalid()).isFalse();
    }

    @Test
    void theConvolutionSectionShowsForACnnLstmOnlyAndItsKernelFieldCarriesTheWindowProblem(FxRobot robot) {
        TitledPane conv = robot.lookup("#model-section-convolutions").queryAs(TitledPane.class);
        assertThat(conv.isVisible()).isFalse();

        robot.interact(() -> {
            vm.networkShapeProperty().set(new org.lstmworkbench.model.NetworkShape(1, 6, false, 24));
            robot.lookup("#model-architecture").queryComboBox().getSelectionModel().select("cnn-lstm");
            vm.textProperty(ConfigField.KERNEL_SIZE).set("30");
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(conv.isVisible()).isTrue();
        assertThat(view.validationSupport().getHighestMessage(view.field(ConfigField.KERNEL_SIZE)))
                .map(ValidationMessage::getText)
                .contains("the kernel of convolution layer 1 spans 30 steps, longer than the window of 24 steps");

        robot.interact(() -> vm.textProperty(ConfigField.KERNEL_SIZE).set("3"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#model-layer-summary").queryAs(Label.class).getText())
                .isEqualTo("Conv1D 64x3 (64x22) -> MaxPool 2 (64x11) -> LSTM 10 (10) -> Dense 6");
    }

    @Test
    void rendersTheFormAtSidePaneWidth(FxRobot robot) {
        ModelConfigView[] tall = new ModelConfigView[1];
        robot.interact(() -> {
            vm.trainingSamplesProperty().set(83);
            vm.textProperty(ConfigField.UNITS).set("50,50");
            vm.textProperty(ConfigField.DROPOUT).set("1.5");
            // a second view in a scene that is never shown: tall enough to show every section at once
            tall[0] = new ModelConfigView(vm);
            new Scene(tall[0], 360, 1250);
        });
        WaitForAsyncUtils.waitForFxEvents();

        // every section at once (ControlsFX draws its decorations only in a shown window) ...
        BufferedImage image = Snapshots.write(robot, tall[0], "model-view");
        // ... and the shown side pane, where the invalid dropout field carries its decoration
        robot.interact(() -> robot.lookup("#model-section-architecture").queryAs(TitledPane.class).setExpanded(false));
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.write(robot, view.getScene().getRoot(), "model-view-decorated");
        assertThat(Decorator.getDecorations(view.field(ConfigField.DROPOUT))).isNotEmpty();

        assertThat(image.getWidth()).isEqualTo(360);
        assertThat(robot.lookup("#model-size-warning").queryLabeled().getText()).startsWith("30,651 parameters");
        assertThat(robot.lookup("#model-parameter-count").queryLabeled().getText()).isEqualTo("30,651 trainable parameters");
    }

    @Test
    void aKernelLongerThanTheWindowMarksItsFieldAndCountsNoParameters(FxRobot robot) {
        robot.interact(() -> {
            vm.networkShapeProperty().set(new org.lstmworkbench.model.NetworkShape(1, 6, false, 24));
            vm.architectureTypeProperty().set(org.lstmworkbench.model.Architectures.CNN_LSTM);
            vm.textProperty(ConfigField.KERNEL_SIZE).set("30");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.fieldProblems()).containsKey(ConfigField.KERNEL_SIZE);
        assertThat(robot.lookup("#model-parameter-count").queryLabeled().getText())
                .isEqualTo("No parameter count: the layers cannot be built as set");
        robot.interact(() -> vm.textProperty(ConfigField.KERNEL_SIZE).set("3"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#model-parameter-count").queryLabeled().getText()).endsWith(" trainable parameters")
                .doesNotStartWith("0 ");
    }

    @Test
    void recurrentWeightDropSaysWhatItIsAndIsNotAndTakesPerLayerDropout(FxRobot robot) {
        Label label = robot.lookup((javafx.scene.Node n) -> n instanceof Label l && "Recurrent weight drop".equals(l.getText()))
                .queryAs(Label.class);
        assertThat(label.getTooltip().getText()).contains("DropConnect on the recurrent weights")
                .contains("not Keras' recurrent_dropout").contains("training only");
        robot.interact(() -> {
            vm.textProperty(ConfigField.UNITS).set("6,4");
            view.field(ConfigField.DROPOUT).setText("0.2,0.1");
            view.field(ConfigField.RECURRENT_DROP).setText("0.25");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.configProperty().get().layerDropout()).containsExactly(0.2, 0.1);
        assertThat(vm.configProperty().get().recurrentDrop()).isEqualTo(0.25);
    }
}
