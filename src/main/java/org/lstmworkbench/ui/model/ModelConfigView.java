package org.lstmworkbench.ui.model;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.lstmworkbench.model.Architectures;
import org.lstmworkbench.model.CellActivation;
import org.lstmworkbench.model.ClippingKind;
import org.lstmworkbench.model.GateActivation;
import org.lstmworkbench.model.LossKind;
import org.lstmworkbench.model.OptimizerKind;
import org.lstmworkbench.model.Precision;
import org.lstmworkbench.model.ScheduleKind;
import org.lstmworkbench.model.StoppingKind;
import org.lstmworkbench.model.WeightInitKind;
import org.lstmworkbench.ui.common.DisplayTexts;
import org.lstmworkbench.ui.common.FormGrid;

/**
 * The model configurator: a preset chooser, the live parameter count and size warning, every
 * {@link org.lstmworkbench.model.ModelConfig} field in four sections (Architecture,
 * Regularisation, Learning, Early stopping), and the problems below the form. Fields with a
 * problem carry a ControlsFX validation decoration with its message. Sized for a side pane
 * about 360 px wide; it scrolls vertically.
 */
public final class ModelConfigView extends BorderPane {

    private static final double LABEL_WIDTH = 118;

    private final ModelConfigViewModel vm;
    private final ValidationSupport validation = new ValidationSupport();
    private final Map<ConfigField, TextField> fields = new EnumMap<>(ConfigField.class);
    private final VBox problemList = new VBox(3);

    public ModelConfigView(ModelConfigViewModel vm) {
        this.vm = vm;
        setId("model-config-view");
        VBox content = new VBox(8, header(), architecture(), convolutions(), decoder(), regularisation(), learning(),
                earlyStopping(), problems());
        content.setPadding(new Insets(8));
        content.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setCenter(scroll);
        setPrefWidth(360);
        setMinWidth(300);
        for (Map.Entry<ConfigField, TextField> e : fields.entrySet()) {
            ConfigField field = e.getKey();
            validation.registerValidator(e.getValue(), false, (control, value) -> ValidationResult.fromErrorIf(
                    control, vm.fieldProblems().getOrDefault(field, ""), vm.fieldProblems().containsKey(field)));
        }
        vm.fieldProblems().addListener((MapChangeListener<ConfigField, String>) change -> validation.revalidate());
    }

    /** The validation support decorating the fields (for tests and for the window's Run tooltip). */
    public ValidationSupport validationSupport() {
        return validation;
    }

    /** The text field of {@code field}. */
    public TextField field(ConfigField field) {
        return fields.get(field);
    }

    private VBox header() {
        Label title = new Label("Model");
        title.setStyle("-fx-font-size: 1.25em; -fx-font-weight: bold;");
        // the preset chooser's long prompt must shrink, not the title (it was drawn as "...")
        title.setMinWidth(Region.USE_PREF_SIZE);
        ComboBox<String> presets = new ComboBox<>();
        presets.setId("model-preset");
        presets.getItems().setAll(vm.presetNames());
        // the list holds Brownlee's examples and the CNN-LSTM and encoder-decoder presets
        presets.setPromptText("Presets…");
        presets.setMaxWidth(Double.MAX_VALUE);
        presets.setOnAction(e -> {
            if (presets.getValue() != null) {
                vm.applyPreset(presets.getValue());
            }
        });
        HBox.setHgrow(presets, Priority.ALWAYS);
        HBox top = new HBox(10, title, presets);
        top.setAlignment(Pos.CENTER_LEFT);

        Label count = new Label();
        count.setId("model-parameter-count");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> parameterCountText(vm.parameterCountProperty().get()),
                vm.parameterCountProperty()));
        count.setStyle("-fx-font-weight: bold;");
        count.setWrapText(true);
        count.setMaxWidth(Double.MAX_VALUE);
        Label warning = new Label();
        warning.setId("model-size-warning");
        warning.setWrapText(true);
        warning.setStyle("-fx-text-fill: #9a5b00; -fx-background-color: #fff4e0; -fx-padding: 4 6 4 6;"
                + " -fx-background-radius: 3;");
        warning.textProperty().bind(vm.sizeWarningProperty());
        warning.visibleProperty().bind(vm.sizeWarningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        warning.setMaxWidth(Double.MAX_VALUE);
        Label layers = new Label();
        layers.setId("model-layer-summary");
        layers.setWrapText(true);
        layers.setMaxWidth(Double.MAX_VALUE);
        layers.textProperty().bind(vm.layerSummaryProperty());
        return new VBox(6, top, count, layers, warning);
    }

    /** The count line; 0 means the layers cannot be built, which "0 trainable parameters" would hide. */
    static String parameterCountText(long count) {
        return count > 0 ? String.format(Locale.ROOT, "%,d trainable parameters", count)
                : "No parameter count: the layers cannot be built as set";
    }

    private TitledPane architecture() {
        FormGrid form = new FormGrid(LABEL_WIDTH);
        ComboBox<String> type = new ComboBox<>();
        type.setId("model-architecture");
        type.getItems().setAll(vm.architectureTypes());
        type.valueProperty().bindBidirectional(vm.architectureTypeProperty());
        form.add("Architecture", "lstm: stacked LSTM layers; cnn-lstm: 1-D convolutions read the window first "
                + "(section Convolutions), then the LSTM layers below; encoder-decoder: the LSTM layers below encode "
                + "the window, their last step repeated H times feeds the decoder (section Decoder), one output per "
                + "step ahead (needs a horizon of at least 2)", type);
        form.add("Cells per layer", "Memory cells of each stacked LSTM layer, e.g. 50,50 for two layers",
                text(ConfigField.UNITS));
        form.add("Cell activation", null, choice(CellActivation.class, vm.activationProperty()));
        form.add("Per-layer activations", "Optional: a cell activation per stacked layer, e.g. relu,tanh; blank: every"
                + " layer takes the cell activation above", text(ConfigField.LAYER_ACTIVATIONS));
        form.add("Gate activation", null, choice(GateActivation.class, vm.gateActivationProperty()));
        form.add("Input weights", "Initialisation of input weights and the output layer",
                choice(WeightInitKind.class, vm.weightInitProperty()));
        form.add("Recurrent weights", "Initialisation of recurrent weights (Keras: orthogonal)",
                choice(WeightInitKind.class, vm.recurrentInitProperty()));
        form.add("Forget-gate bias", "Initial forget-gate bias (Keras' unit_forget_bias: 1)",
                text(ConfigField.FORGET_GATE_BIAS));
        form.addWide(check("Bidirectional layers", vm.bidirectionalProperty()));
        return section("Architecture", form);
    }

    /** What recurrent weight drop is and is not, for its tooltip. */
    static final String RECURRENT_DROP_TIP = "Probability in [0, 1) of zeroing each recurrent (hidden-to-hidden) weight"
            + " while training: DropConnect on the recurrent weights, one mask per minibatch, as the weight-dropped"
            + " LSTM does. It is not Keras' recurrent_dropout (which drops the recurrent activations at each step;"
            + " DL4J's LSTM has none) and acts in training only: predictions use all weights. Trains on DL4J's fit,"
            + " not the fast engine.";
    /** The CNN-LSTM's convolution settings, shown while the architecture is cnn-lstm. */
    private TitledPane convolutions() {
        FormGrid form = new FormGrid(LABEL_WIDTH);
        form.add("Filters per layer", "Filters of each convolution layer (1 to 3 layers), e.g. 64 or 64,32",
                text(ConfigField.FILTERS));
        form.add("Kernel sizes", "Steps each kernel reads: one for all layers or one per layer",
                text(ConfigField.KERNEL_SIZE));
        form.add("Stride", "Steps between kernel positions, every layer", text(ConfigField.STRIDE));
        form.add("Dilation", "Steps between a kernel's taps, every layer (1: adjacent)", text(ConfigField.DILATION));
        form.add("Activation", null, choice(CellActivation.class, vm.convActivationProperty()));
        form.add("Max-pooling", "Pooling window after the convolutions; 0 or 1 for none", text(ConfigField.POOL));
        form.add("Subsequences", "Cut each window into this many subsequences the convolutions read one by one, "
                + "the LSTM reading their sequence (1: the whole window)", text(ConfigField.SUBSEQUENCES));
        TitledPane pane = section("Convolutions", form);
        pane.visibleProperty().bind(vm.architectureTypeProperty().isEqualTo(Architectures.CNN_LSTM));
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    /** The encoder-decoder's decoder, shown while the architecture is encoder-decoder. */
    private TitledPane decoder() {
        FormGrid form = new FormGrid(LABEL_WIDTH);
        form.add("Decoder cells", "Memory cells of each decoder LSTM layer, e.g. 50 or 50,50; the decoder reads the "
                + "encoder's last step repeated once per step ahead, with the cell settings above, one direction",
                text(ConfigField.DECODER_UNITS));
        TitledPane pane = section("Decoder", form);
        pane.visibleProperty().bind(vm.architectureTypeProperty().isEqualTo(Architectures.ENCODER_DECODER));
        pane.managedProperty().bind(pane.visibleProperty());
        return pane;
    }

    private TitledPane regularisation() {
        FormGrid form = new FormGrid(LABEL_WIDTH);
        form.add("Dropout", "Probability of dropping an LSTM input, in [0, 1); one per layer as 0.2,0.1",
                text(ConfigField.DROPOUT));
        form.add("Recurrent weight drop", RECURRENT_DROP_TIP, text(ConfigField.RECURRENT_DROP));
        form.add("L1", "L1 penalty on input and recurrent weights", text(ConfigField.L1));
        form.add("L2", "L2 penalty on input and recurrent weights", text(ConfigField.L2));
        form.add("L1 on biases", null, text(ConfigField.L1_BIAS));
        form.add("L2 on biases", null, text(ConfigField.L2_BIAS));
        return section("Regularisation", form);
    }

    private TitledPane learning() {
        FormGrid form = new FormGrid(LABEL_WIDTH);
        form.add("Loss", null, choice(LossKind.class, vm.lossProperty()));
        form.add("Optimizer", null, choice(OptimizerKind.class, vm.optimizerProperty()));
        form.add("Learning rate", null, text(ConfigField.LEARNING_RATE));
        form.add("Momentum", "Used by Nesterov", text(ConfigField.MOMENTUM));
        form.add("LR schedule", "Learning rate per epoch", choice(ScheduleKind.class, vm.scheduleProperty()));
        form.add("Decay gamma", "Factor of the step and exponential schedules", text(ConfigField.SCHEDULE_GAMMA));
        form.add("Step (epochs)", "Epochs per step of the step schedule", text(ConfigField.SCHEDULE_STEP));
        form.add("Batch size", "Samples per minibatch; the training sample count fits all in one",
                text(ConfigField.BATCH_SIZE));
        form.add("Epochs", null, text(ConfigField.EPOCHS));
        form.add("Clipping", "Gradient clipping", choice(ClippingKind.class, vm.clippingProperty()));
        form.add("Clip threshold", null, text(ConfigField.CLIP_THRESHOLD));
        form.add("Seed", "Seed of initialisation, dropout and shuffling", text(ConfigField.SEED));
        form.add("Precision", DisplayTexts.PRECISION_HELP, precisionChoice());
        form.addWide(check("Shuffle samples each epoch", vm.shuffleProperty()));
        return section("Learning", form);
    }

    /** Double or float, named by {@link DisplayTexts#precision}; its tooltip says what float gives. */
    private ComboBox<Precision> precisionChoice() {
        ComboBox<Precision> box = new ComboBox<>();
        box.setId("model-precision");
        box.getItems().setAll(Precision.values());
        box.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Precision p) {
                return p == null ? "" : DisplayTexts.precision(p);
            }

            @Override
            public Precision fromString(String text) {
                return box.getItems().stream().filter(p -> DisplayTexts.precision(p).equals(text)).findFirst()
                        .orElse(null);
            }
        });
        box.setMaxWidth(Double.MAX_VALUE);
        box.setTooltip(new javafx.scene.control.Tooltip(DisplayTexts.PRECISION_HELP));
        box.valueProperty().bindBidirectional(vm.precisionProperty());
        return box;
    }

    private TitledPane earlyStopping() {
        FormGrid form = new FormGrid(LABEL_WIDTH);
        form.add("Rule", "Stop on validation loss", choice(StoppingKind.class, vm.stoppingKindProperty()));
        form.add("Patience", "Epochs without improvement before stopping", text(ConfigField.PATIENCE));
        form.add("Min delta", "Smallest decrease that counts as improvement", text(ConfigField.MIN_DELTA));
        form.add("Alpha", "GL: percent generalisation loss; PQ: GL / progress", text(ConfigField.ALPHA));
        form.add("Strip length k", "Epochs per strip for PQ and UP", text(ConfigField.STRIP));
        form.add("Strips s", "UP: successive strips with rising validation loss", text(ConfigField.STRIPS));
        CheckBox restore = check("Restore the best epoch's weights", vm.restoreBestProperty());
        restore.disableProperty().bind(vm.stoppingKindProperty().isEqualTo(StoppingKind.OFF));
        form.addWide(restore);
        return section("Early stopping", form);
    }

    private VBox problems() {
        problemList.setId("model-problems");
        vm.problems().addListener((ListChangeListener<String>) change -> showProblems());
        showProblems();
        return problemList;
    }

    private void showProblems() {
        problemList.getChildren().clear();
        for (String problem : vm.problems()) {
            Label label = new Label("• " + problem);
            label.setWrapText(true);
            label.setStyle("-fx-text-fill: #b00020;");
            label.setMaxWidth(Double.MAX_VALUE);
            problemList.getChildren().add(label);
        }
    }

    /** A text field bound to {@code field}, its hint the default value. */
    private TextField text(ConfigField field) {
        TextField text = new TextField();
        text.setId("model-" + field.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        text.setPromptText(ConfigTexts.defaultText(field));
        text.setPrefColumnCount(8);
        text.textProperty().bindBidirectional(vm.textProperty(field));
        text.disableProperty().bind(vm.usedProperty(field).not());
        fields.put(field, text);
        return text;
    }

    private static <E extends Enum<E>> ComboBox<E> choice(Class<E> type, javafx.beans.property.ObjectProperty<E> value) {
        ComboBox<E> box = FormGrid.enumChoice(type);
        box.valueProperty().bindBidirectional(value);
        return box;
    }

    private static CheckBox check(String text, javafx.beans.property.BooleanProperty value) {
        CheckBox box = new CheckBox(text);
        box.selectedProperty().bindBidirectional(value);
        return box;
    }

    private static TitledPane section(String title, FormGrid form) {
        TitledPane pane = new TitledPane(title, form.node());
        pane.setId("model-section-" + title.toLowerCase(Locale.ROOT).replace(' ', '-'));
        pane.setAnimated(false);
        pane.setMaxWidth(Double.MAX_VALUE);
        return pane;
    }
}
