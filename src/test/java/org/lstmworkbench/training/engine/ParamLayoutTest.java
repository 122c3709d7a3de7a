package org.lstmworkbench.training.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.NetworkFactory;
import org.lstmworkbench.model.NetworkShape;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

class ParamLayoutTest {

    @Test
    void everyBlockIndexesTheFlatVectorAsTheLayersViewDoes() {
        ModelConfig config = ModelConfig.DEFAULTS.toBuilder().units(5, 3).build();
        MultiLayerNetwork net = NetworkFactory.build(config, new NetworkShape(2, 1, false), 7);
        ParamLayout layout = ParamLayout.of(net);
        double[] flat = net.params().toDoubleVector();

        assertThat(layout.size()).isEqualTo(flat.length);
        assertThat(layout.layers()).isEqualTo(3);
        assertThat(layout.block(0, "W")).extracting(ParamLayout.Block::rows, ParamLayout.Block::cols)
                .containsExactly(2, 20);
        assertThat(layout.block(1, "RW")).extracting(ParamLayout.Block::rows, ParamLayout.Block::cols)
                .containsExactly(3, 12);
        assertThat(layout.block(2, "b").isBias()).isTrue();
        for (ParamLayout.Block b : layout.blocks()) {
            INDArray view = net.getLayer(b.layer()).getParam(b.name());
            for (int r = 0; r < b.rows(); r++) {
                for (int c = 0; c < b.cols(); c++) {
                    double expected = b.rows() == 1 && view.rank() == 1 ? view.getDouble(c) : view.getDouble(r, c);
                    assertThat(flat[b.index(r, c)]).as("%s of layer %d at (%d,%d)", b.name(), b.layer(), r, c)
                            .isEqualTo(expected);
                }
            }
        }
    }
}
