package org.lstmworkbench.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.RNNFormat;
import org.deeplearning4j.nn.conf.layers.misc.RepeatVector;
import org.lstmworkbench.Problem;

/**
 * A sequence-to-sequence forecaster for a horizon of H steps: encoder LSTM layers read the input
 * window and hand on their last time step, that vector is repeated H times, decoder LSTM layers
 * read the repeated vector and a dense layer is applied at each of their H steps (Keras'
 * {@code RepeatVector} + {@code TimeDistributed(Dense)}). The output is {@code [samples, 1, H]}
 * in NCW and the loss covers all H steps; the direct many-to-one model instead maps the last step
 * to H outputs at once.
 *
 * <p>Both halves are {@link LstmStack}s sharing the cell settings: the encoder is many-to-one
 * (optionally bidirectional), the decoder a sequence of the same width per step, one direction
 * (the repeated vector carries no order to read backwards).
 *
 * @param units          cells per encoder LSTM layer
 * @param decoderUnits   cells per decoder LSTM layer
 * @param bidirectional  wrap every encoder layer in a bidirectional layer
 * @param activation     cell activation of every layer
 * @param gateActivation gate activation of every layer
 * @param weightInit     initialisation of input weights (and the dense output layer)
 * @param recurrentInit  initialisation of recurrent weights
 * @param forgetGateBias initial forget-gate bias
 */
public record EncoderDecoder(List<Integer> units, List<Integer> decoderUnits, boolean bidirectional,
                             CellActivation activation, GateActivation gateActivation, WeightInitKind weightInit,
                             WeightInitKind recurrentInit, double forgetGateBias) implements Architecture {

    static final String TYPE = "encoder-decoder";
    /** Decoder cells when the encoder has no layers to take the width from. */
    private static final int DEFAULT_DECODER_UNITS = 10;

    public EncoderDecoder {
        units = List.copyOf(units);
        decoderUnits = List.copyOf(decoderUnits);
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(gateActivation, "gateActivation");
        Objects.requireNonNull(weightInit, "weightInit");
        Objects.requireNonNull(recurrentInit, "recurrentInit");
    }

    /** An encoder-decoder with the cell settings of {@code stack}, whose layers become the encoder. */
    public static EncoderDecoder of(LstmStack stack, List<Integer> decoderUnits) {
        return new EncoderDecoder(stack.units(), decoderUnits, stack.bidirectional(), stack.activation(),
                stack.gateActivation(), stack.weightInit(), stack.recurrentInit(), stack.forgetGateBias());
    }

    /**
     * The encoder-decoder around {@code stack}'s layers (the encoder) with the default decoder: one
     * layer as wide as the encoder's last.
     */
    public static EncoderDecoder around(LstmStack stack) {
        List<Integer> u = stack.units();
        return of(stack, List.of(u.isEmpty() ? DEFAULT_DECODER_UNITS : u.get(u.size() - 1)));
    }

    public EncoderDecoder withDecoderUnits(List<Integer> v) {
        return new EncoderDecoder(units, v, bidirectional, activation, gateActivation, weightInit, recurrentInit,
                forgetGateBias);
    }

    /** The encoder: many-to-one LSTM layers. */
    public LstmStack encoder() {
        return new LstmStack(units, bidirectional, activation, gateActivation, weightInit, recurrentInit,
                forgetGateBias);
    }

    /** The decoder: LSTM layers returning every step, one direction. */
    public LstmStack decoder() {
        return encoder().withUnits(decoderUnits).withBidirectional(false);
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public String summary() {
        return "enc-dec LSTM(" + joined(units) + ")" + (bidirectional ? " bi" : "") + " -> LSTM(" + joined(decoderUnits)
                + ")";
    }

    /**
     * The layers for data of {@code shape} on one line, for example
     * {@code LSTM 16 (16) -> Repeat 6 (16x6) -> LSTM 16 (16x6) -> Dense 1 per step (1x6)}, each
     * layer's output shape in brackets as features x steps, as {@link CnnLstm#layerSummary} writes
     * them. An encoder layer below the last hands on every input step: its steps are the window's,
     * left out while the window length is unknown.
     */
    @Override
    public String layerSummary(NetworkShape shape) {
        int h = shape.outputs();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            int width = units.get(i) * (bidirectional ? 2 : 1);
            boolean last = i == units.size() - 1;
            String out = last ? String.valueOf(width) : shape.steps() > 0 ? width + "x" + shape.steps() : null;
            parts.add((bidirectional ? "BiLSTM " : "LSTM ") + units.get(i) + (out == null ? "" : " (" + out + ")"));
        }
        int width = units.isEmpty() ? shape.features() : units.get(units.size() - 1) * (bidirectional ? 2 : 1);
        parts.add("Repeat " + h + " (" + width + "x" + h + ")");
        for (int u : decoderUnits) {
            parts.add("LSTM " + u + " (" + u + "x" + h + ")");
        }
        int perStep = outputShape(shape).outputs();
        parts.add("Dense " + perStep + " per step (" + perStep + "x" + h + ")");
        return String.join(" -> ", parts);
    }

    @Override
    public List<Problem> problems() {
        List<Problem> p = new ArrayList<>(encoder().problems());
        if (decoderUnits.isEmpty()) {
            p.add(new Problem("architecture.decoderUnits", "the decoder needs at least one LSTM layer"));
        }
        for (Problem d : decoder().problems()) {
            // the decoder shares the cell settings: only its own layer sizes can add problems
            if (d.path().startsWith("architecture.units[")) {
                p.add(new Problem(d.path().replace("architecture.units", "architecture.decoderUnits"),
                        "decoder: " + d.message()));
            }
        }
        return p;
    }

    /**
     * An encoder-decoder forecasts a path of several steps from one origin: it needs a horizon of at
     * least 2 (one step is the plain many-to-one model) and a frame with one origin per window, not
     * the many-to-many frame's output per input step.
     */
    @Override
    public List<Problem> problemsFor(NetworkShape shape) {
        List<Problem> p = new ArrayList<>();
        if (shape.sequenceOutput()) {
            p.add(new Problem("shape", "an encoder-decoder forecasts H steps from the window's end: frame the data "
                    + "many-to-one with a horizon of at least 2, not many-to-many"));
        } else if (shape.outputs() < 2) {
            p.add(new Problem("horizon", "an encoder-decoder forecasts several steps ahead: horizon must be at "
                    + "least 2, was " + shape.outputs() + " (for one step use the lstm architecture)"));
        }
        return p;
    }

    /** One output per decoder step: the target's value at that step ahead. */
    @Override
    public NetworkShape outputShape(NetworkShape shape) {
        return new NetworkShape(decoderWidth(), 1, true);
    }

    @Override
    public int addLayers(NeuralNetConfiguration.ListBuilder list, ModelConfig config, NetworkShape shape) {
        int width = encoder().addLayers(list, config, new NetworkShape(shape.features(), shape.outputs(), false));
        list.layer(new RepeatVector.Builder(shape.outputs()).dataFormat(RNNFormat.NCW).nIn(width).nOut(width).build());
        return decoder().addLayers(list, config, new NetworkShape(width, 1, true));
    }

    /**
     * By hand: an LSTM layer of N cells on nIn inputs has 4 (nIn N + N N + N) parameters (twice
     * that bidirectional, feeding 2N onwards); repeating has none; the dense layer applied per step
     * has nIn + 1 for its one output, the same weights at every step.
     */
    @Override
    public long parameterCount(NetworkShape shape) {
        long total = 0;
        long nIn = shape.features();
        for (int n : units) {
            total += (bidirectional ? 2 : 1) * lstm(nIn, n);
            nIn = (long) n * (bidirectional ? 2 : 1);
        }
        for (int n : decoderUnits) {
            total += lstm(nIn, n);
            nIn = n;
        }
        int perStep = outputShape(shape).outputs();
        return total + nIn * perStep + perStep;
    }

    private int decoderWidth() {
        return decoderUnits.isEmpty() ? 1 : decoderUnits.get(decoderUnits.size() - 1);
    }

    private static long lstm(long nIn, long n) {
        return 4L * (nIn * n + n * n + n);
    }

    private static String joined(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
