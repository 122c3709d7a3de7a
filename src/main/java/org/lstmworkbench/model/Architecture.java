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
 * the variant ({@code lstm}); problem paths start with {@code architecture.}.
 *
 * <p>Adding a variant: a record here (permits), its {@code @JsonSubTypes} entry, and its section
 * of the model form.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(value = LstmStack.class, name = LstmStack.TYPE),
        @JsonSubTypes.Type(value = EncoderDecoder.class, name = EncoderDecoder.TYPE)})
public sealed interface Architecture permits LstmStack, EncoderDecoder {

    /** The JSON type of this variant ({@code lstm}). */
    String typeName();

    /** The head of {@link ModelConfig#summary()}: {@code LSTM(50,50) bi}. */
    String summary();

    /** Initialisation of input weights, which the output layer uses too. */
    WeightInitKind weightInit();

    /** Problems with this architecture's own fields (paths {@code architecture.…}); empty when valid. */
    List<Problem> problems();

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
     * Problems of this architecture with data of {@code shape} (paths of the data's fields, such as
     * {@code horizon}); empty when it can be trained on such data.
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
     * The shape the output layer sees for data of {@code shape}: the data's own, unless the
     * architecture turns a many-to-one target of H values into a sequence of H steps
     * ({@link EncoderDecoder}: labels {@code [samples, 1, H]}).
     */
    default NetworkShape outputShape(NetworkShape shape) {
        return shape;
    }

}
