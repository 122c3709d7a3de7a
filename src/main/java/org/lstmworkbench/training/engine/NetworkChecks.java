package org.lstmworkbench.training.engine;

import java.util.List;
import java.util.Optional;
import org.lstmworkbench.model.ModelConfig;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.ILossFunction;
import org.nd4j.linalg.lossfunctions.impl.LossMAE;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

/** What {@link LstmEngine} checks of a configuration and of the DL4J network it reads. */
final class NetworkChecks {

    private NetworkChecks() {
    }

    /** The output layer and loss of the configuration, if the engine covers them. */
    static Optional<OutputHead.Kind> outputKind(ModelConfig config) {
        Activation act = config.task().outputActivation(config.loss());
        ILossFunction loss = config.task().lossFunction(config.loss());
        if (act == Activation.IDENTITY && loss instanceof LossMSE) {
            return Optional.of(OutputHead.Kind.MSE);
        }
        if (act == Activation.IDENTITY && loss instanceof LossMAE) {
            return Optional.of(OutputHead.Kind.MAE);
        }
        if (act == Activation.SOFTMAX && loss instanceof LossMCXENT) {
            return Optional.of(OutputHead.Kind.SOFTMAX_XENT);
        }
        return Optional.empty();
    }

    /** Throws unless the network's parameter blocks have the shapes the layer specs imply. */
    static void checkShapes(ParamLayout layout, List<LstmEngine.LayerSpec> specs, int outputs) {
        for (int l = 0; l < specs.size(); l++) {
            LstmEngine.LayerSpec s = specs.get(l);
            for (String prefix : s.bidirectional() ? new String[] {"f", "b"} : new String[] {""}) {
                expect(layout.block(l, prefix + "W"), s.nIn(), 4 * s.hidden());
                expect(layout.block(l, prefix + "RW"), s.hidden(), 4 * s.hidden());
                expect(layout.block(l, prefix + "b"), 1, 4 * s.hidden());
            }
        }
        expect(layout.block(specs.size(), "W"), specs.get(specs.size() - 1).width(), outputs);
        expect(layout.block(specs.size(), "b"), 1, outputs);
        if (layout.layers() != specs.size() + 1) {
            throw new IllegalArgumentException("the network has " + layout.layers() + " layers, the configuration "
                    + (specs.size() + 1));
        }
    }

    private static void expect(ParamLayout.Block block, int rows, int cols) {
        if (block.rows() != rows || block.cols() != cols) {
            throw new IllegalArgumentException("parameter " + block.name() + " of layer " + block.layer() + " is "
                    + block.rows() + "x" + block.cols() + ", expected " + rows + "x" + cols);
        }
    }
}
