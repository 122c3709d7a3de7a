package org.lstmworkbench.ui.model;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.lstmworkbench.model.CellActivation;
import org.lstmworkbench.model.ClippingKind;
import org.lstmworkbench.model.CnnLstm;
import org.lstmworkbench.model.ConvLayer;
import org.lstmworkbench.model.LstmStack;
import org.lstmworkbench.model.EarlyStopping;
import org.lstmworkbench.model.EncoderDecoder;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.ModelConfigBuilder;
import org.lstmworkbench.model.ScheduleKind;
import org.lstmworkbench.model.StoppingKind;

/**
 * The configurator's text fields: their text, whether the current choices use them, writing a
 * configuration's numbers into them and parsing them back into a builder. Fields a choice switches
 * off are not parsed and keep the last valid value.
 *
 * @implNote FX thread only.
 */
final class ConfigTexts {

    /** The choices that switch text fields on and off, or that the parsed numbers belong to. */
    record Switches(ScheduleKind schedule, ClippingKind clipping, StoppingKind stopping, boolean restoreBest) {
    }

    private final Map<ConfigField, StringProperty> texts = new EnumMap<>(ConfigField.class);
    private final Map<ConfigField, ReadOnlyBooleanWrapper> used = new EnumMap<>(ConfigField.class);

    ConfigTexts(Object bean) {
        for (ConfigField field : ConfigField.values()) {
            texts.put(field, new SimpleStringProperty(bean, field.label(), ""));
            used.put(field, new ReadOnlyBooleanWrapper(true));
        }
    }

    StringProperty text(ConfigField field) {
        return texts.get(field);
    }

    ReadOnlyBooleanProperty used(ConfigField field) {
        return used.get(field).getReadOnlyProperty();
    }

    List<StringProperty> all() {
        return List.copyOf(texts.values());
    }

    /** Writes every number of {@code c} into its field. */
    void show(ModelConfig c) {
        texts(c).forEach(this::set);
    }

    /** The text of a field when the configuration is {@link ModelConfig#DEFAULTS}: the field's hint. */
    static String defaultText(ConfigField field) {
        return DEFAULT_TEXTS.get(field);
    }

    private static final Map<ConfigField, String> DEFAULT_TEXTS = texts(ModelConfig.DEFAULTS);

    /** Every number of {@code c} as its field shows it. */
    private static Map<ConfigField, String> texts(ModelConfig c) {
        Map<ConfigField, String> t = new EnumMap<>(ConfigField.class);
        t.put(ConfigField.UNITS, String.join(",", c.units().stream().map(String::valueOf).toList()));
        // an LSTM stack shows the convolutions a switch to cnn-lstm would start from
        CnnLstm cnn = c.architecture() instanceof CnnLstm x ? x : CnnLstm.around(c.lstm());
        t.put(ConfigField.FILTERS, joined(cnn.conv().stream().map(ConvLayer::filters).toList()));
        t.put(ConfigField.KERNEL_SIZE, joined(cnn.conv().stream().map(ConvLayer::kernelSize).toList()));
        t.put(ConfigField.STRIDE, String.valueOf(cnn.conv().get(0).stride()));
        t.put(ConfigField.DILATION, String.valueOf(cnn.conv().get(0).dilation()));
        t.put(ConfigField.POOL, String.valueOf(cnn.pool()));
        t.put(ConfigField.SUBSEQUENCES, String.valueOf(cnn.subsequences()));
        // likewise the decoder a switch to encoder-decoder would start from
        EncoderDecoder seq2seq = c.architecture() instanceof EncoderDecoder e ? e : EncoderDecoder.around(c.lstm());
        t.put(ConfigField.DECODER_UNITS, joined(seq2seq.decoderUnits()));
        t.put(ConfigField.FORGET_GATE_BIAS, format(c.forgetGateBias()));
        t.put(ConfigField.LAYER_ACTIVATIONS, String.join(",", c.lstm().layerActivations().stream()
                .map(a -> a.name().toLowerCase(java.util.Locale.ROOT)).toList()));
        t.put(ConfigField.RECURRENT_DROP, format(c.lstm().recurrentDrop()));
        t.put(ConfigField.DROPOUT, c.lstm().layerDropout().isEmpty() ? format(c.dropout())
                : String.join(",", c.lstm().layerDropout().stream().map(ConfigTexts::format).toList()));
        t.put(ConfigField.L1, format(c.l1()));
        t.put(ConfigField.L2, format(c.l2()));
        t.put(ConfigField.L1_BIAS, format(c.l1Bias()));
        t.put(ConfigField.L2_BIAS, format(c.l2Bias()));
        t.put(ConfigField.LEARNING_RATE, format(c.learningRate()));
        t.put(ConfigField.MOMENTUM, format(c.momentum()));
        t.put(ConfigField.SCHEDULE_GAMMA, format(c.scheduleGamma()));
        t.put(ConfigField.SCHEDULE_STEP, String.valueOf(c.scheduleStep()));
        t.put(ConfigField.BATCH_SIZE, String.valueOf(c.batchSize()));
        t.put(ConfigField.EPOCHS, String.valueOf(c.epochs()));
        t.put(ConfigField.CLIP_THRESHOLD, format(c.clipThreshold()));
        EarlyStopping es = c.earlyStopping();
        t.put(ConfigField.PATIENCE, String.valueOf(es.patience()));
        t.put(ConfigField.MIN_DELTA, format(es.minDelta()));
        t.put(ConfigField.ALPHA, format(es.alpha()));
        t.put(ConfigField.STRIP, String.valueOf(es.strip()));
        t.put(ConfigField.STRIPS, String.valueOf(es.strips()));
        t.put(ConfigField.SEED, String.valueOf(c.seed()));
        return t;
    }

    private static String joined(List<Integer> values) {
        return String.join(",", values.stream().map(String::valueOf).toList());
    }

    /** The decoder field is in use for an encoder-decoder only. */
    void updateDecoder(boolean decoder) {
        used.get(ConfigField.DECODER_UNITS).set(decoder);
    }

    /** The convolution fields are in use for a CNN-LSTM only. */
    void updateArchitecture(boolean convolutions) {
        for (ConfigField f : List.of(ConfigField.FILTERS, ConfigField.KERNEL_SIZE, ConfigField.STRIDE,
                ConfigField.DILATION, ConfigField.POOL, ConfigField.SUBSEQUENCES)) {
            used.get(f).set(convolutions);
        }
    }

    /**
     * The CNN-LSTM the convolution fields describe around {@code lstm}: one layer per filters
     * entry, one kernel size for all or one per layer, stride and dilation for every layer;
     * a field that does not parse takes {@code last}'s value.
     */
    CnnLstm convolutions(FieldParser p, CnnLstm last, LstmStack lstm, CellActivation activation) {
        List<Integer> filters = p.wholes(ConfigField.FILTERS, last.conv().stream().map(ConvLayer::filters).toList());
        List<Integer> kernels = p.wholes(ConfigField.KERNEL_SIZE,
                last.conv().stream().map(ConvLayer::kernelSize).toList());
        if (kernels.size() != 1 && kernels.size() != filters.size()) {
            p.error(ConfigField.KERNEL_SIZE, "give one kernel size for all " + filters.size()
                    + " convolution layers or one per layer, not " + kernels.size());
            kernels = List.of(last.conv().get(0).kernelSize());
        }
        int stride = p.whole(ConfigField.STRIDE, last.conv().get(0).stride());
        int dilation = p.whole(ConfigField.DILATION, last.conv().get(0).dilation());
        List<ConvLayer> layers = new java.util.ArrayList<>();
        for (int i = 0; i < filters.size(); i++) {
            layers.add(new ConvLayer(filters.get(i), kernels.get(kernels.size() == 1 ? 0 : i), stride, dilation,
                    activation));
        }
        return new CnnLstm(layers, p.whole(ConfigField.POOL, last.pool()),
                p.whole(ConfigField.SUBSEQUENCES, last.subsequences()), lstm);
    }

    /** Which text fields the current choices use. */
    void updateUsed(Switches w) {
        ScheduleKind s = w.schedule();
        StoppingKind k = w.stopping();
        used.get(ConfigField.SCHEDULE_GAMMA).set(s == ScheduleKind.STEP || s == ScheduleKind.EXPONENTIAL);
        used.get(ConfigField.SCHEDULE_STEP).set(s == ScheduleKind.STEP);
        used.get(ConfigField.CLIP_THRESHOLD).set(w.clipping() != ClippingKind.NONE);
        used.get(ConfigField.PATIENCE).set(k == StoppingKind.PATIENCE);
        used.get(ConfigField.MIN_DELTA).set(k == StoppingKind.PATIENCE);
        used.get(ConfigField.ALPHA).set(k == StoppingKind.GL || k == StoppingKind.PQ);
        used.get(ConfigField.STRIP).set(k == StoppingKind.GL || k == StoppingKind.PQ || k == StoppingKind.UP);
        used.get(ConfigField.STRIPS).set(k == StoppingKind.UP);
    }

    /** A parser over the fields in use (switched-off fields read as null). */
    FieldParser parser() {
        return new FieldParser(this::usedText);
    }

    /**
     * Parses every number into {@code b}, which already holds the other choices; a field that does
     * not parse, or is switched off, takes its value from {@code last}.
     */
    ModelConfig parse(FieldParser p, ModelConfig last, ModelConfigBuilder b, Switches w) {
        EarlyStopping les = last.earlyStopping();
        List<Integer> units = p.units(last.units());
        EarlyStopping es = new EarlyStopping(w.stopping(),
                p.whole(ConfigField.PATIENCE, les.patience()), p.decimal(ConfigField.MIN_DELTA, les.minDelta()),
                w.restoreBest(), p.decimal(ConfigField.ALPHA, les.alpha()),
                p.whole(ConfigField.STRIP, les.strip()), p.whole(ConfigField.STRIPS, les.strips()));
        return b.units(units)
                .forgetGateBias(p.decimal(ConfigField.FORGET_GATE_BIAS, last.forgetGateBias()))
                .layerActivations(p.activations(ConfigField.LAYER_ACTIVATIONS, last.lstm().layerActivations()))
                .recurrentDrop(p.decimal(ConfigField.RECURRENT_DROP, last.lstm().recurrentDrop()))
                .layerDropout(p.decimals(ConfigField.DROPOUT, last.lstm().layerDropout().isEmpty()
                        ? List.of(last.dropout()) : last.lstm().layerDropout()))
                .l1(p.decimal(ConfigField.L1, last.l1())).l2(p.decimal(ConfigField.L2, last.l2()))
                .l1Bias(p.decimal(ConfigField.L1_BIAS, last.l1Bias())).l2Bias(p.decimal(ConfigField.L2_BIAS, last.l2Bias()))
                .learningRate(p.decimal(ConfigField.LEARNING_RATE, last.learningRate()))
                .momentum(p.decimal(ConfigField.MOMENTUM, last.momentum()))
                .schedule(w.schedule(), p.decimal(ConfigField.SCHEDULE_GAMMA, last.scheduleGamma()),
                        p.whole(ConfigField.SCHEDULE_STEP, last.scheduleStep()))
                .batchSize(p.whole(ConfigField.BATCH_SIZE, last.batchSize()))
                .epochs(p.whole(ConfigField.EPOCHS, last.epochs()))
                .clipping(w.clipping(), p.decimal(ConfigField.CLIP_THRESHOLD, last.clipThreshold()))
                .earlyStopping(es)
                .seed(p.wholeLong(ConfigField.SEED, last.seed()))
                .build();
    }

    /** The trimmed text of a field in use, or null for one the current choices switch off. */
    private String usedText(ConfigField field) {
        if (!used.get(field).get()) {
            return null;
        }
        String t = texts.get(field).get();
        return t == null ? "" : t.trim();
    }

    private void set(ConfigField field, String value) {
        texts.get(field).set(value);
    }

    private static String format(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
