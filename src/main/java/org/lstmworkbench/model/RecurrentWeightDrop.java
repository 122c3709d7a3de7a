package org.lstmworkbench.model;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.weightnoise.IWeightNoise;
import org.deeplearning4j.nn.params.LSTMParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.random.impl.DropOutInverted;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.shade.jackson.annotation.JsonProperty;

/**
 * Recurrent weight drop (DropConnect on the hidden-to-hidden weights, as the weight-dropped LSTM of
 * Merity et al. 2017 does): while training, each forward pass of an LSTM layer sees its recurrent
 * weights {@code RW} with every entry zeroed with probability {@code drop} and the kept ones scaled
 * by {@code 1 / (1 - drop)}; one mask per pass, shared by all time steps. Input weights and biases
 * are untouched, and inference uses the weights as they are.
 *
 * <p>DL4J's own {@code DropConnect} acts on every weight parameter of a layer (input and recurrent),
 * so it is not this. Nor is this Keras' {@code recurrent_dropout}, which drops the recurrent
 * <em>activations</em> h per step: DL4J has no such option for its LSTM.
 *
 * @implNote Immutable; DL4J serialises it in the network's configuration (class name and {@code drop}).
 */
public final class RecurrentWeightDrop implements IWeightNoise {

    private static final long serialVersionUID = 1L;

    private final double drop;

    /** @param drop probability of zeroing one recurrent weight, in (0, 1) */
    public RecurrentWeightDrop(@JsonProperty("drop") double drop) {
        if (!(drop > 0 && drop < 1)) {
            throw new IllegalArgumentException("recurrent weight drop must be in (0, 1), was " + drop);
        }
        this.drop = drop;
    }

    /** The probability of zeroing one recurrent weight. */
    @JsonProperty("drop")
    public double getDrop() {
        return drop;
    }

    @Override
    public INDArray getParameter(Layer layer, String paramKey, int iteration, int epoch, boolean train,
                                 LayerWorkspaceMgr workspaceMgr) {
        INDArray param = layer.getParam(paramKey);
        if (!train || !LSTMParamInitializer.RECURRENT_WEIGHT_KEY.equals(paramKey)) {
            return param;
        }
        INDArray out = workspaceMgr.createUninitialized(ArrayType.INPUT, param.dataType(), param.shape(),
                param.ordering());
        // DropOutInverted takes the probability to keep
        Nd4j.getExecutioner().exec(new DropOutInverted(param, out, 1.0 - drop));
        return out;
    }

    @Override
    public RecurrentWeightDrop clone() {
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecurrentWeightDrop r && r.drop == drop;
    }

    @Override
    public int hashCode() {
        return Double.hashCode(drop);
    }

    @Override
    public String toString() {
        return "RecurrentWeightDrop(" + drop + ")";
    }
}
