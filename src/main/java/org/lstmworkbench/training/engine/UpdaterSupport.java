package org.lstmworkbench.training.engine;

import java.util.List;
import java.util.Optional;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.OptimizationAlgorithm;
import org.deeplearning4j.nn.api.TrainingConfig;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional;
import org.deeplearning4j.nn.conf.layers.wrapper.BaseWrapperLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.regularization.L1Regularization;
import org.nd4j.linalg.learning.regularization.L2Regularization;
import org.nd4j.linalg.learning.regularization.Regularization;

/** Which DL4J training configurations {@link EngineUpdater} reproduces (see {@link EngineUpdater#unsupported}). */
final class UpdaterSupport {

    private UpdaterSupport() {
    }

    static Optional<String> unsupported(MultiLayerNetwork net) {
        for (int i = 0; i < net.getnLayers(); i++) {
            Layer layer = net.getLayer(i);
            NeuralNetConfiguration nnc = net.getLayerWiseConfigurations().getConf(i);
            String where = "layer " + i + ": ";
            if (nnc.getOptimizationAlgo() != OptimizationAlgorithm.STOCHASTIC_GRADIENT_DESCENT) {
                return Optional.of(where + "optimisation algorithm " + nnc.getOptimizationAlgo());
            }
            if (nnc.getStepFunction() != null) {
                return Optional.of(where + "step function " + nnc.getStepFunction());
            }
            if (hasConstraints(nnc.getLayer())) {
                return Optional.of(where + "layer constraints");
            }
            TrainingConfig conf = layer.getConfig();
            GradientNormalization clip = conf.getGradientNormalization();
            if (clip != null && clip != GradientNormalization.None
                    && clip != GradientNormalization.ClipElementWiseAbsoluteValue
                    && clip != GradientNormalization.ClipL2PerLayer) {
                return Optional.of(where + "gradient normalisation " + clip);
            }
            for (String name : layer.paramTable().keySet()) {
                Optional<String> why = unsupportedParam(conf, name);
                if (why.isPresent()) {
                    return Optional.of(where + why.get());
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> unsupportedParam(TrainingConfig conf, String name) {
        IUpdater u = conf.getUpdaterByParam(name);
        if (u == null || UpdaterRule.of(u) == null) {
            return Optional.of("updater " + (u == null ? "none" : u.getClass().getSimpleName()) + " of " + name);
        }
        if (conf.isPretrainParam(name)) {
            return Optional.of("pretraining parameter " + name);
        }
        List<Regularization> regs = conf.getRegularizationByParam(name);
        if (regs != null) {
            long l1 = regs.stream().filter(r -> r.getClass() == L1Regularization.class).count();
            long l2 = regs.stream().filter(r -> r.getClass() == L2Regularization.class).count();
            if (l1 > 1 || l2 > 1 || l1 + l2 != regs.size()) {
                return Optional.of("regularisation " + regs + " of " + name);
            }
        }
        return Optional.empty();
    }

    private static boolean hasConstraints(org.deeplearning4j.nn.conf.layers.Layer l) {
        if (l == null) {
            return false;
        }
        if (l.getConstraints() != null && !l.getConstraints().isEmpty()) {
            return true;
        }
        if (l instanceof BaseWrapperLayer w) {
            return hasConstraints(w.getUnderlying());
        }
        if (l instanceof Bidirectional b) {
            return hasConstraints(b.getFwd()) || hasConstraints(b.getBwd());
        }
        return false;
    }
}
