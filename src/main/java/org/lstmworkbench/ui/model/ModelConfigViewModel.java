package org.lstmworkbench.ui.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.lstmworkbench.Problem;
import org.lstmworkbench.diagnosis.SanityChecks;
import org.lstmworkbench.model.Architecture;
import org.lstmworkbench.model.Architectures;
import org.lstmworkbench.model.CellActivation;
import org.lstmworkbench.model.CnnLstm;
import org.lstmworkbench.model.ConvLayer;
import org.lstmworkbench.model.EncoderDecoder;
import org.lstmworkbench.model.ClippingKind;
import org.lstmworkbench.model.GateActivation;
import org.lstmworkbench.model.LossKind;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.ModelConfigBuilder;
import org.lstmworkbench.model.NetworkFactory;
import org.lstmworkbench.model.NetworkShape;
import org.lstmworkbench.model.OptimizerKind;
import org.lstmworkbench.model.ScheduleKind;
import org.lstmworkbench.model.StoppingKind;
import org.lstmworkbench.model.WeightInitKind;

/**
 * State of the model configurator: one property per {@link ModelConfig} field (numbers as the
 * text the user typed, choices as enums), revalidated on every change. Parse errors
 * ({@code epochs: "abc" is not a whole number}) and {@link ModelConfig#validateFor(int)} problems
 * go to {@link #problems()} and, per field named by the problem's path, to {@link #fieldProblems()};
 * {@link #configProperty()}
 * holds the configuration while it is valid and null otherwise.
 *
 * <p>Fields a choice switches off (the clipping threshold with no clipping, the patience of a
 * Prechelt rule, ...) are not parsed: {@link #usedProperty(ConfigField)} says which are in use,
 * and unused ones keep their last valid value.
 *
 * @implNote FX thread only.
 */
public final class ModelConfigViewModel {

    // Properties: inputs
    private final ConfigTexts texts = new ConfigTexts(this);
    private final ObjectProperty<String> architectureType = new SimpleObjectProperty<>(Architectures.LSTM);
    private final ObjectProperty<CellActivation> convActivation = new SimpleObjectProperty<>(CellActivation.RELU);
    private final BooleanProperty bidirectional = new SimpleBooleanProperty();
    private final ObjectProperty<CellActivation> activation = new SimpleObjectProperty<>();
    private final ObjectProperty<GateActivation> gateActivation = new SimpleObjectProperty<>();
    private final ObjectProperty<WeightInitKind> weightInit = new SimpleObjectProperty<>();
    private final ObjectProperty<WeightInitKind> recurrentInit = new SimpleObjectProperty<>();
    private final ObjectProperty<OptimizerKind> optimizer = new SimpleObjectProperty<>();
    private final ObjectProperty<ScheduleKind> schedule = new SimpleObjectProperty<>();
    private final BooleanProperty shuffle = new SimpleBooleanProperty();
    private final ObjectProperty<ClippingKind> clipping = new SimpleObjectProperty<>();
    private final ObjectProperty<org.lstmworkbench.model.Precision> precision = new SimpleObjectProperty<>();
    private final ObjectProperty<StoppingKind> stoppingKind = new SimpleObjectProperty<>();
    private final BooleanProperty restoreBest = new SimpleBooleanProperty();
    private final ObjectProperty<LossKind> loss = new SimpleObjectProperty<>();
    private final IntegerProperty trainingSamples = new SimpleIntegerProperty();
    private final ObjectProperty<NetworkShape> networkShape = new SimpleObjectProperty<>(new NetworkShape(1, 1, false));

    // Properties: results
    private final ReadOnlyObjectWrapper<ModelConfig> config = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ObservableMap<ConfigField, String> fieldProblems = FXCollections.observableHashMap();
    private final ObservableMap<ConfigField, String> fieldProblemsView = FXCollections.unmodifiableObservableMap(fieldProblems);
    private final ReadOnlyLongWrapper parameterCount = new ReadOnlyLongWrapper();
    private final ReadOnlyStringWrapper sizeWarning = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper layerSummary = new ReadOnlyStringWrapper("");

    /** Last parsed value of every text field; unused fields fall back to it. */
    private ModelConfig lastParsed = ModelConfig.defaults();
    private boolean applying;
    /** The preset last applied, or null once a configuration came from elsewhere (a run, a workspace). */
    private String appliedPreset;

    /** A configurator holding the seed's defaults (see {@link ModelConfig}). */
    public ModelConfigViewModel() {
        List<ObservableValue<?>> inputs = new ArrayList<>(texts.all());
        inputs.addAll(List.of(architectureType, convActivation, bidirectional, activation, gateActivation, weightInit, recurrentInit, optimizer,
                schedule, shuffle, clipping, precision, stoppingKind, restoreBest, loss, trainingSamples, networkShape));
        for (ObservableValue<?> input : inputs) {
            input.addListener((o, was, now) -> {
                if (!applying) {
                    recompute();
                }
            });
        }
        setConfig(ModelConfig.defaults());
    }

    // Commands

    /** Preset names for a chooser, in the seed's order. */
    public List<String> presetNames() {
        return ModelPresets.names();
    }

    /** Sets every field to the named preset (batch size = the training samples when known). */
    public void applyPreset(String name) {
        show(ModelPresets.preset(name, trainingSamples.get()), name);
    }

    /** Shows {@code c} in every field (selecting a run, reopening a workspace). */
    public void setConfig(ModelConfig c) {
        show(c, null);
    }

    /** {@code preset} names the preset {@code c} came from, whose data hint then follows shape problems. */
    private void show(ModelConfig c, String preset) {
        appliedPreset = preset;
        applying = true;
        try {
            texts.show(c);
            architectureType.set(c.architecture().typeName());
            if (c.architecture() instanceof CnnLstm cnn) {
                convActivation.set(cnn.conv().isEmpty() ? ConvLayer.DEFAULT.activation() : cnn.conv().get(0).activation());
            }
            bidirectional.set(c.bidirectional());
            activation.set(c.activation());
            gateActivation.set(c.gateActivation());
            weightInit.set(c.weightInit());
            recurrentInit.set(c.recurrentInit());
            optimizer.set(c.optimizer());
            schedule.set(c.schedule());
            shuffle.set(c.shuffle());
            clipping.set(c.clipping());
            precision.set(c.precision());
            stoppingKind.set(c.earlyStopping().kind());
            restoreBest.set(c.earlyStopping().restoreBest());
            loss.set(c.loss());
            lastParsed = c;
        } finally {
            applying = false;
        }
        recompute();
    }

    // Validation

    /**
     * Parses the fields, then validates what parsed: parse errors first, then the configuration's
     * problems, each also on the field its path names.
     */
    private void recompute() {
        ConfigTexts.Switches switches = new ConfigTexts.Switches(schedule.get(), clipping.get(), stoppingKind.get(),
                restoreBest.get());
        texts.updateUsed(switches);
        boolean cnn = Architectures.CNN_LSTM.equals(architectureType.get());
        texts.updateArchitecture(cnn);
        boolean seq2seq = Architectures.ENCODER_DECODER.equals(architectureType.get());
        texts.updateDecoder(seq2seq);
        FieldParser parser = texts.parser();
        ModelConfig built = texts.parse(parser, lastParsed, choices(), switches);
        if (cnn) {
            CnnLstm last = lastParsed.architecture() instanceof CnnLstm x ? x : CnnLstm.around(lastParsed.lstm());
            built = built.toBuilder().architecture(texts.convolutions(parser, last, built.lstm(),
                    convActivation.get())).build();
        }
        if (seq2seq) {
            // the LSTM fields are the encoder's; the decoder shares their cell settings
            EncoderDecoder last = lastParsed.architecture() instanceof EncoderDecoder x ? x
                    : EncoderDecoder.around(lastParsed.lstm());
            built = built.toBuilder().architecture(EncoderDecoder.of(built.lstm(),
                    parser.wholes(ConfigField.DECODER_UNITS, last.decoderUnits()))).build();
        }
        List<String> all = new ArrayList<>(parser.errors().values());
        Map<ConfigField, String> byField = new LinkedHashMap<>(parser.errors());
        if (parser.errors().isEmpty()) {
            lastParsed = built;
            int samples = trainingSamples.get();
            NetworkShape shape = networkShape.get();
            List<Problem> checks = new ArrayList<>(samples > 0 ? built.validateFor(samples) : built.validate());
            if (shape != null && built.architecture().problems().isEmpty()) {
                // a preset sized for other data says how to fix the data, not only what does not fit
                String hint = appliedPreset == null ? null : ModelPresets.dataHint(appliedPreset, shape).orElse(null);
                for (Problem p : built.architecture().problemsFor(shape)) {
                    checks.add(hint == null ? p : new Problem(p.path(), p.message() + "; " + hint));
                }
            }
            for (Problem problem : checks) {
                all.add(problem.message());
                ConfigField.of(problem).ifPresent(field ->
                        byField.merge(field, problem.message(), (a, b) -> a + "\n" + b));
            }
        }
        problems.setAll(all);
        fieldProblems.clear();
        fieldProblems.putAll(byField);
        valid.set(all.isEmpty());
        config.set(all.isEmpty() ? built : null);
        updateSize(built, parser.parsedUnits());
    }

    /** A builder holding the current choices (the numbers come from the text fields). */
    private ModelConfigBuilder choices() {
        ModelConfigBuilder b = lastParsed.toBuilder();
        if (!Architectures.CNN_LSTM.equals(architectureType.get())) {
            b.architecture(Architectures.lstmPart(lastParsed.architecture()));
        }
        return b.bidirectional(bidirectional.get())
                .activation(activation.get()).gateActivation(gateActivation.get())
                .weightInit(weightInit.get()).recurrentInit(recurrentInit.get())
                .optimizer(optimizer.get()).shuffle(shuffle.get()).loss(loss.get()).precision(precision.get());
    }

    /**
     * Parameter count of the typed architecture on the current shape, its layer summary, and the
     * sanity check's warning; a count of 0 while the layers cannot be built (units that do not
     * parse, a kernel longer than the window).
     */
    private void updateSize(ModelConfig built, List<Integer> units) {
        NetworkShape shape = networkShape.get();
        Architecture a = built.architecture();
        // a half-typed field (a decoder of 0 cells, a kernel longer than the window) has no network to count
        boolean buildable = shape != null && a.problems().isEmpty() && a.problemsFor(shape).isEmpty();
        if (units == null || shape == null || units.isEmpty() || units.stream().anyMatch(u -> u < 1) || !buildable) {
            parameterCount.set(0);
            sizeWarning.set("");
            layerSummary.set(shape == null || !a.problems().isEmpty() ? "" : a.layerSummary(shape));
            return;
        }
        ModelConfig sized = ModelConfig.builder().architecture(a).build();
        long count = NetworkFactory.parameterCount(sized, shape);
        layerSummary.set(a.layerSummary(shape));
        parameterCount.set(count);
        int samples = trainingSamples.get();
        if (samples < 1) {
            sizeWarning.set("");
            return;
        }
        SanityChecks.Finding finding = SanityChecks.parameterCount(count, samples);
        sizeWarning.set(finding.severity() == SanityChecks.Severity.WARNING ? finding.message() : "");
    }

    // Properties: fields

    /**
     * The text of a numeric field as typed ({@code "50,50"} for {@link ConfigField#UNITS}, a
     * whole number or a decimal for the others).
     */
    public StringProperty textProperty(ConfigField field) {
        return texts.text(field);
    }

    /** Whether the current choices use {@code field} (the view disables unused ones). */
    public ReadOnlyBooleanProperty usedProperty(ConfigField field) {
        return texts.used(field);
    }

    /** The architecture's type: {@code lstm}, {@code cnn-lstm} or {@code encoder-decoder} ({@link #architectureTypes()}). */
    public ObjectProperty<String> architectureTypeProperty() {
        return architectureType;
    }

    /** The types the chooser offers, in order. */
    public List<String> architectureTypes() {
        return Architectures.AVAILABLE;
    }

    /** Activation of every convolution layer of a CNN-LSTM. */
    public ObjectProperty<CellActivation> convActivationProperty() {
        return convActivation;
    }

    public BooleanProperty bidirectionalProperty() {
        return bidirectional;
    }

    public ObjectProperty<CellActivation> activationProperty() {
        return activation;
    }

    public ObjectProperty<GateActivation> gateActivationProperty() {
        return gateActivation;
    }

    public ObjectProperty<WeightInitKind> weightInitProperty() {
        return weightInit;
    }

    public ObjectProperty<WeightInitKind> recurrentInitProperty() {
        return recurrentInit;
    }

    public ObjectProperty<OptimizerKind> optimizerProperty() {
        return optimizer;
    }

    public ObjectProperty<ScheduleKind> scheduleProperty() {
        return schedule;
    }

    public BooleanProperty shuffleProperty() {
        return shuffle;
    }

    public ObjectProperty<ClippingKind> clippingProperty() {
        return clipping;
    }

    /** The fast engine's arithmetic (the Learning section's "Precision"). */
    public ObjectProperty<org.lstmworkbench.model.Precision> precisionProperty() {
        return precision;
    }

    /** The early-stopping rule; its parameters are text fields (patience, min delta, alpha, strip, strips). */
    public ObjectProperty<StoppingKind> stoppingKindProperty() {
        return stoppingKind;
    }

    public BooleanProperty restoreBestProperty() {
        return restoreBest;
    }

    public ObjectProperty<LossKind> lossProperty() {
        return loss;
    }

    // Properties: inputs from the window

    /** Training samples of the loaded data (0 when none): batch size is checked against it. */
    public IntegerProperty trainingSamplesProperty() {
        return trainingSamples;
    }

    /** Inputs and outputs the data asks of the network; default 1 feature, 1 output. */
    public ObjectProperty<NetworkShape> networkShapeProperty() {
        return networkShape;
    }

    // Properties: results

    /** The configuration while every field is valid, else null. */
    public ReadOnlyObjectProperty<ModelConfig> configProperty() {
        return config.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Every parse error and validation message, in form order (read-only). */
    public ObservableList<String> problems() {
        return problemsView;
    }

    /** The problems of each field that has any (messages joined by newlines; read-only). */
    public ObservableMap<ConfigField, String> fieldProblems() {
        return fieldProblemsView;
    }

    /** Trainable parameters of the typed architecture on the current network shape (0 while units do not parse). */
    public ReadOnlyLongProperty parameterCountProperty() {
        return parameterCount.getReadOnlyProperty();
    }

    /** The layers with the shapes between them ({@link Architecture#layerSummary}): {@code Conv1D 64x3 (64x22) -> ...}. */
    public ReadOnlyStringProperty layerSummaryProperty() {
        return layerSummary.getReadOnlyProperty();
    }

    /** The parameter-count warning of {@link SanityChecks#parameterCount}, or empty when the size is fine. */
    public ReadOnlyStringProperty sizeWarningProperty() {
        return sizeWarning.getReadOnlyProperty();
    }
}
