package org.lstmworkbench.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.api.layers.LayerConstraint;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.lstmworkbench.Problem;

/**
 * The hidden layers of a model, between the input and the task's output layer. Each variant is one
 * record that builds its DL4J layers, counts its parameters and checks its own fields. JSON: an object {@code "architecture"} with {@code "type"} naming
 * the variant ({@code lstm}, {@code cnn-lstm}, {@code encoder-decoder}); problem paths start with {@code architecture.}.
 *
 * <p>Adding a variant: a record here (permits), its {@code @JsonSubTypes} entry, its case in
 * {@link Architectures} (the one dispatch by type name for the command line, sweeps and JSON
 * defaults), and its section of the model form.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = LstmStack.class, name = LstmStack.TYPE),
        @JsonSubTypes.Type(value = CnnLstm.class, name = CnnLstm.TYPE),
        @JsonSubTypes.Type(value = EncoderDecoder.class, name = EncoderDecoder.TYPE)})
public sealed interface Architecture permits LstmStack, CnnLstm, EncoderDecoder {

    /** The JSON type of this variant ({@code lstm}). */
    String typeName();

    /** The head of {@link ModelConfig#summary()}: {@code LSTM(50,50) bi}. */
    String summary();

    /** Initialisation of input weights, which the output layer uses too. */
    WeightInitKind weightInit();

    /** Problems with this architecture's own fields (paths {@code architecture.…}); empty when valid. */
    List<Problem> problems();

    /**
     * Problems that only the data's shape reveals (a convolution kernel longer than the window),
     * paths as in {@link #problems()}, or a data field's path ({@code horizon} for an encoder-decoder
     * on one step); empty when the layers fit. A shape with {@code steps} 0
     * (varying length) is checked as far as it can be.
     */
    default List<Problem> problemsFor(NetworkShape shape) {
        return List.of();
    }

    /**
     * The layers one after the other with the shape each hands on, ending with the task's dense
     * output: {@code Conv1D 64x3 (64x22) -> MaxPool 2 (64x11) -> LSTM 50 (50) -> Dense 6}.
     */
    default String layerSummary(NetworkShape shape) {
        return summary() + " -> Dense " + shape.outputs();
    }

    /**
     * Adds the hidden layers for data of {@code shape} to {@code list}; the last one hands the
     * output layer one vector per sample (many-to-one) or one per step ({@code shape.sequenceOutput()}).
     *
     * @param config      the whole configuration (for regularisation)
     * @return the width of the last hidden layer's output, which the output layer reads
     */
    int addLayers(NeuralNetConfiguration.ListBuilder list, ModelConfig config, NetworkShape shape);

    /**
     * Trainable parameters of the network with these hidden layers and the dense output layer the
     * task puts on them, computed without DL4J.
     */
    long parameterCount(NetworkShape shape);

    /**
     * The shape the output layer sees for data of {@code shape}: the data's own, unless the
     * architecture turns a many-to-one target of H values into a sequence of H steps
     * ({@link EncoderDecoder}: labels {@code [samples, 1, H]}).
     */
    default NetworkShape outputShape(NetworkShape shape) {
        return shape;
    }

}
