package org.lstmworkbench.training;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.layers.LayerConstraint;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Holds the weights of a fused layer at zero outside its models' blocks: after every update each
 * masked parameter is multiplied element-wise by its 0/1 mask, so no model ever reads another's
 * units. Implements {@link LayerConstraint} directly because DL4J M2.1's {@code BaseConstraint}
 * applies itself twice per parameter.
 *
 * @implNote Masks are shared between clones and never written after construction.
 */
final class BlockMaskConstraint implements LayerConstraint {

    private static final long serialVersionUID = 1L;

    private final transient Map<String, INDArray> masks;
    private Set<String> params;

    /** @param masks 0/1 masks by parameter key ('f'-ordered like DL4J's parameter views) */
    BlockMaskConstraint(Map<String, INDArray> masks) {
        this.masks = Map.copyOf(masks);
        this.params = new HashSet<>(masks.keySet());
    }

    @Override
    public void applyConstraint(Layer layer, int iteration, int epoch) {
        for (String key : params) {
            INDArray mask = masks.get(key);
            if (mask != null) {
                layer.getParam(key).muli(mask);
            }
        }
    }

    @Override
    public void setParams(Set<String> params) {
        this.params = new HashSet<>(params);
    }

    @Override
    public Set<String> getParams() {
        return params;
    }

    @Override
    public LayerConstraint clone() {
        BlockMaskConstraint copy = new BlockMaskConstraint(masks);
        copy.params = new HashSet<>(params);
        return copy;
    }
}
