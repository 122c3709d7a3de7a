package org.lstmworkbench.model;

import java.util.Objects;
import org.deeplearning4j.nn.api.MaskState;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Splits each window of {@code S * M} steps into S subsequences of M steps that the convolution
 * layers read as samples of their own (Keras' {@code TimeDistributed(Conv1D)}):
 * {@code [n, F, S*M]} becomes {@code [n*S, F, M]}, sample i's subsequences in order at rows
 * {@code i*S .. i*S+S-1}. {@link SubsequenceMerge} turns the convolutions' output back into a
 * sequence of S steps. Both are part of the saved network's configuration (DL4J writes them to its
 * JSON by class name), so {@code ModelSerializer} saves and restores them.
 */
public final class SubsequenceSplit implements InputPreProcessor {

    private static final long serialVersionUID = 1L;

    @JsonProperty("subsequences")
    private final int subsequences;

    @JsonCreator
    public SubsequenceSplit(@JsonProperty("subsequences") int subsequences) {
        if (subsequences < 1) {
            throw new IllegalArgumentException("subsequences must be at least 1, was " + subsequences);
        }
        this.subsequences = subsequences;
    }

    public int getSubsequences() {
        return subsequences;
    }

    @Override
    public INDArray preProcess(INDArray input, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
        long n = input.size(0);
        long f = input.size(1);
        long m = input.size(2) / subsequences;
        // [n, F, S, M] -> [n, S, F, M]: a subsequence's features and steps stay together
        INDArray split = input.dup('c').reshape('c', n, f, subsequences, m).permute(0, 2, 1, 3);
        return workspaceMgr.dup(ArrayType.ACTIVATIONS, split, 'c').reshape('c', n * subsequences, f, m);
    }

    @Override
    public INDArray backprop(INDArray output, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
        long n = output.size(0) / subsequences;
        long f = output.size(1);
        long m = output.size(2);
        INDArray joined = output.dup('c').reshape('c', n, subsequences, f, m).permute(0, 2, 1, 3);
        return workspaceMgr.dup(ArrayType.ACTIVATION_GRAD, joined, 'c').reshape('c', n, f, subsequences * m);
    }

    @Override
    public InputPreProcessor clone() {
        return new SubsequenceSplit(subsequences);
    }

    @Override
    public InputType getOutputType(InputType inputType) {
        InputType.InputTypeRecurrent r = (InputType.InputTypeRecurrent) inputType;
        long steps = r.getTimeSeriesLength() > 0 ? r.getTimeSeriesLength() / subsequences : -1;
        return InputType.recurrent(r.getSize(), steps);
    }

    /** Windows of fixed length have no mask; a mask would need splitting too, which no data here asks for. */
    @Override
    public Pair<INDArray, MaskState> feedForwardMaskArray(INDArray maskArray, MaskState currentMaskState,
                                                          int minibatchSize) {
        if (maskArray != null) {
            throw new IllegalStateException("subsequences need windows of one length, without a mask");
        }
        return new Pair<>(null, currentMaskState);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubsequenceSplit s && s.subsequences == subsequences;
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), subsequences);
    }

    @Override
    public String toString() {
        return "SubsequenceSplit(" + subsequences + ")";
    }
}
