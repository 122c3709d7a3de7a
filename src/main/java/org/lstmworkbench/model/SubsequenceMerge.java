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
 * The inverse side of {@link SubsequenceSplit}: the convolutions' output {@code [n*S, C, L]} is
 * flattened per subsequence (Keras' {@code TimeDistributed(Flatten)}) into a sequence of S steps
 * of {@code C*L} features, {@code [n, C*L, S]} (NCW), which the LSTM reads.
 */
public final class SubsequenceMerge implements InputPreProcessor {

    private static final long serialVersionUID = 1L;

    @JsonProperty("subsequences")
    private final int subsequences;
    @JsonProperty("channels")
    private final int channels;
    @JsonProperty("steps")
    private final int steps;

    /** Merges subsequences whose convolution output has {@code channels} channels of {@code steps} steps. */
    @JsonCreator
    public SubsequenceMerge(@JsonProperty("subsequences") int subsequences, @JsonProperty("channels") int channels,
                            @JsonProperty("steps") int steps) {
        if (subsequences < 1 || channels < 1 || steps < 1) {
            throw new IllegalArgumentException("subsequences, channels and steps must be at least 1, were "
                    + subsequences + ", " + channels + ", " + steps);
        }
        this.subsequences = subsequences;
        this.channels = channels;
        this.steps = steps;
    }

    public int getSubsequences() {
        return subsequences;
    }

    public int getChannels() {
        return channels;
    }

    public int getSteps() {
        return steps;
    }

    @Override
    public INDArray preProcess(INDArray input, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
        long n = input.size(0) / subsequences;
        // [n*S, C, L] -> [n, S, C*L] -> [n, C*L, S]
        INDArray merged = input.dup('c').reshape('c', n, subsequences, (long) channels * steps).permute(0, 2, 1);
        return workspaceMgr.dup(ArrayType.ACTIVATIONS, merged, 'c');
    }

    @Override
    public INDArray backprop(INDArray output, int miniBatchSize, LayerWorkspaceMgr workspaceMgr) {
        long n = output.size(0);
        INDArray perSubsequence = output.permute(0, 2, 1).dup('c');
        return workspaceMgr.dup(ArrayType.ACTIVATION_GRAD, perSubsequence, 'c')
                .reshape('c', n * subsequences, channels, steps);
    }

    @Override
    public InputPreProcessor clone() {
        return new SubsequenceMerge(subsequences, channels, steps);
    }

    @Override
    public InputType getOutputType(InputType inputType) {
        return InputType.recurrent((long) channels * steps, subsequences);
    }

    /** See {@link SubsequenceSplit#feedForwardMaskArray}. */
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
        return o instanceof SubsequenceMerge s && s.subsequences == subsequences && s.channels == channels
                && s.steps == steps;
    }

    @Override
    public int hashCode() {
        return Objects.hash(getClass(), subsequences, channels, steps);
    }

    @Override
    public String toString() {
        return "SubsequenceMerge(" + subsequences + ", " + channels + "x" + steps + ")";
    }
}
