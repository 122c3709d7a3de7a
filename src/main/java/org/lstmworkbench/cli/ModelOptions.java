package org.lstmworkbench.cli;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.sequence.ClassLabels;
import org.lstmworkbench.model.CellActivation;
import org.lstmworkbench.model.Architecture;
import org.lstmworkbench.model.Architectures;
import org.lstmworkbench.model.EarlyStopping;
import org.lstmworkbench.model.InvalidConfigException;
import org.lstmworkbench.model.LossKind;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.ModelConfigBuilder;
import org.lstmworkbench.model.ModelConfigJson;
import org.lstmworkbench.model.NetworkShape;
import org.lstmworkbench.model.OptimizerKind;
import org.lstmworkbench.model.Task;
import org.lstmworkbench.model.WeightInitKind;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Model options shared by commands that train. The base is {@code --config FILE.json} when
 * given (fields left out of it take the defaults), else the seed's defaults; options given on the
 * command line override it.
 */
final class ModelOptions {

    /** The command these options are mixed into, for what the user typed. */
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--config", paramLabel = "FILE.json", description = "model configuration file (JSON)")
    Path config;

    @Option(names = "--architecture", paramLabel = "TYPE",
            description = "hidden layers: lstm (default), cnn-lstm (1-D convolutions before the LSTM layers) or "
                    + "encoder-decoder; --units sets the LSTM layers of each")
    String architecture;

    @Option(names = "--units", split = ",", paramLabel = "N", description = "cells per LSTM layer, e.g. 10 or 50,50 (stacked)")
    List<Integer> units;

    @Option(names = "--filters", split = ",", paramLabel = "N",
            description = "cnn-lstm: filters per convolution layer, 1 to 3 layers, e.g. 64 or 64,32 (default 64)")
    List<Integer> filters;

    @Option(names = "--kernel-size", split = ",", paramLabel = "N",
            description = "cnn-lstm: kernel size in steps, one for all convolution layers or one per layer (default 3)")
    List<Integer> kernelSize;

    @Option(names = "--pool", paramLabel = "N", description = "cnn-lstm: max-pooling window after the convolutions, "
            + "0 or 1 for none (default 2)")
    Integer pool;

    @Option(names = "--subsequences", paramLabel = "S", description = "cnn-lstm: cut each window into S subsequences "
            + "the convolutions read one by one, the LSTM reading their sequence (default 1: the whole window)")
    Integer subsequences;

    @Option(names = "--decoder-units", split = ",", paramLabel = "N", description = "encoder-decoder: cells per "
            + "decoder LSTM layer, e.g. 50 or 50,50 (default: one layer as wide as the last --units layer)")
    List<Integer> decoderUnits;

    @Option(names = "--bidirectional", description = "bidirectional LSTM layers")
    Boolean bidirectional;

    @Option(names = "--epochs", paramLabel = "N", description = "epochs (default 500)")
    Integer epochs;

    @Option(names = "--batch-size", paramLabel = "N",
            description = "minibatch size (default: 32, or the whole training set when it is smaller, as Keras does)")
    Integer batchSize;

    @Option(names = "--optimizer", paramLabel = "NAME", description = "adam (default), rmsprop, adagrad, sgd, nesterov")
    String optimizer;

    @Option(names = "--learning-rate", paramLabel = "LR", description = "learning rate (default 0.001)")
    Double learningRate;

    @Option(names = "--dropout", split = ",", paramLabel = "P",
            description = "drop rate of LSTM inputs in [0, 1) (default 0); one per layer as 0.2,0.1")
    List<Double> dropout;

    @Option(names = "--activation", split = ",", paramLabel = "NAME",
            description = "cell activation: tanh (default), softsign, sigmoid, relu; one per layer as tanh,relu")
    List<String> activation;

    @Option(names = "--recurrent-drop", paramLabel = "P",
            description = "recurrent weight drop in [0, 1): DropConnect on the recurrent weights while training "
                    + "(not Keras' recurrent_dropout on activations; default 0)")
    Double recurrentDrop;

    @Option(names = "--init", paramLabel = "NAME", description = "initialisation of input and output weights: "
            + "glorot-uniform (default), glorot-normal, uniform, normal, orthogonal, lecun-uniform, lecun-normal, "
            + "he-uniform, he-normal")
    String init;

    @Option(names = "--recurrent-init", paramLabel = "NAME",
            description = "initialisation of recurrent weights: orthogonal (default) or a --init name")
    String recurrentInit;

    @Option(names = "--l1", paramLabel = "X", description = "L1 penalty on weights")
    Double l1;

    @Option(names = "--l2", paramLabel = "X", description = "L2 penalty on weights")
    Double l2;

    @Option(names = "--patience", paramLabel = "N",
            description = "early stopping: stop after N epochs without validation improvement, restore the best weights")
    Integer patience;

    @Option(names = "--min-delta", paramLabel = "X", description = "early stopping: smallest improvement that counts (default 0)")
    Double minDelta;

    @Option(names = "--monitor", paramLabel = "METRIC",
            description = "the validation metric early stopping and the best epoch follow: val_loss (default) or, "
                    + "for classification, val_accuracy")
    String monitor;

    @Option(names = "--seed", paramLabel = "N", description = "seed of weights, dropout and shuffling (default 1)")
    Long seed;

    /** The precision {@code --precision} gave ({@link PrecisionOption}), or null to keep the configuration's. */
    org.lstmworkbench.model.Precision precision;

    /** The configuration these options describe, with the batch size settled for the training set size. */
    ModelConfig toConfig(int trainingSamples) {
        ModelConfig base = config == null ? ModelConfig.defaults() : ModelConfigJson.read(config);
        ModelConfigBuilder b = base.toBuilder();
        b.architecture(architecture(base.architecture()));
        if (units != null) {
            b.units(units);
        }
        if (bidirectional != null) {
            b.bidirectional(bidirectional);
        }
        if (epochs != null) {
            b.epochs(epochs);
        }
        if (optimizer != null) {
            b.optimizer(optimizer(optimizer));
        }
        if (learningRate != null) {
            b.learningRate(learningRate);
        }
        if (dropout != null) {
            b.layerDropout(dropout);
        }
        if (activation != null) {
            b.layerActivations(activation.stream().map(a -> named(CellActivation.class, "--activation", a)).toList());
        }
        if (recurrentDrop != null) {
            b.recurrentDrop(recurrentDrop);
        }
        if (init != null) {
            b.weightInit(named(WeightInitKind.class, "--init", init));
        }
        if (recurrentInit != null) {
            b.recurrentInit(named(WeightInitKind.class, "--recurrent-init", recurrentInit));
        }
        if (l1 != null) {
            b.l1(l1);
        }
        if (l2 != null) {
            b.l2(l2);
        }
        if (patience != null || minDelta != null || monitor != null) {
            EarlyStopping stopping = patience != null || minDelta != null
                    ? EarlyStopping.patience(
                            patience == null ? ModelConfig.DEFAULTS.earlyStopping().patience() : patience,
                            minDelta == null ? ModelConfig.DEFAULTS.earlyStopping().minDelta() : minDelta)
                    : base.earlyStopping();
            b.earlyStopping(monitor == null ? stopping.withMonitor(base.earlyStopping().monitor())
                    : stopping.withMonitor(monitor));
        }
        if (seed != null) {
            b.seed(seed);
        }
        if (batchSize != null) {
            b.batchSize(batchSize);
        } else if (config == null || !ModelConfigJson.declares(config, "batchSize")) {
            // Keras' rule for a batch size nobody chose: the whole training set when it is smaller
            b.batchSize(Math.min(base.batchSize(), Math.max(1, trainingSamples)));
        }
        if (precision != null) {
            b.precision(precision);
        }
        return b.build();
    }

    /**
     * The base's architecture with {@code --architecture} and the architecture settings applied
     * ({@link Architectures}: the one dispatch by type name); a setting the architecture does not
     * have is a user error naming its option.
     */
    private Architecture architecture(Architecture base) {
        try {
            // the LSTM layers first, so a type's defaults that follow them (an encoder-decoder's decoder) see --units
            Architecture from = units == null ? base
                    : Architectures.withLstmPart(base, Architectures.lstmPart(base).withUnits(units));
            Architecture a = architecture == null ? from : Architectures.ofType(architecture.trim(), from);
            a = setting(a, "filters", filters);
            a = setting(a, "kernelSize", kernelSize);
            a = setting(a, "pool", pool == null ? null : List.of(pool));
            a = setting(a, "subsequences", subsequences == null ? null : List.of(subsequences));
            return setting(a, "decoderUnits", decoderUnits);
        } catch (InvalidConfigException e) {
            OptionNames.requireNoModelProblems(e.problems());
            throw e;
        }
    }

    private static Architecture setting(Architecture a, String name, List<Integer> values) {
        return values == null ? a : Architectures.with(a, name, values);
    }

    /**
     * {@link #toConfig}, checked: a problem is a user error naming the option that sets the field
     * ({@code --units: cells in layer 1 must be at least 1, was 0}).
     */
    ModelConfig toValidConfig(int trainingSamples) {
        ModelConfig c = toConfig(trainingSamples);
        OptionNames.requireNoModelProblems(c.validateFor(trainingSamples), given(), config);
        return c;
    }

    /**
     * {@link #toValidConfig(int)} also checked against the data's shape: a convolution kernel
     * longer than the window, subsequences that do not divide it.
     */
    ModelConfig toValidConfig(int trainingSamples, NetworkShape shape) {
        ModelConfig c = toConfig(trainingSamples);
        OptionNames.requireNoModelProblems(c.validateFor(trainingSamples, shape), given(), config);
        return c;
    }

    /** The options the user typed on the command line (picocli's parse result of the command). */
    private Set<String> given() {
        Set<String> given = new HashSet<>();
        mixee.commandLine().getParseResult().matchedOptions().forEach(o -> given.add(o.longestName()));
        return given;
    }

    /**
     * The configuration for a classification run over {@code classes}: {@link #toConfig} with the
     * classification task and cross-entropy loss (unless the {@code --config} file names its own
     * loss, which validation then judges); unchecked.
     */
    ModelConfig toClassificationConfig(int trainingSequences, ClassLabels classes) {
        ModelConfigBuilder b = toConfig(trainingSequences).toBuilder().task(Task.classification(classes));
        if (config == null || !ModelConfigJson.declares(config, "loss")) {
            b.loss(LossKind.CROSS_ENTROPY);
        }
        return b.build();
    }

    /** {@link #toClassificationConfig}, checked as {@link #toValidConfig} checks. */
    ModelConfig toValidClassificationConfig(int trainingSequences, ClassLabels classes) {
        ModelConfig c = toClassificationConfig(trainingSequences, classes);
        // sequences are padded and masked: their length counts as varying (steps 0) for the architecture
        NetworkShape sequences = new NetworkShape(1, Math.max(1, classes.size()), false);
        OptionNames.requireNoModelProblems(c.validateFor(trainingSequences, sequences), given(), config);
        return c;
    }

    /** The constant {@code s} names ({@code glorot-normal} for {@code GLOROT_NORMAL}), or a user error listing them. */
    static <E extends Enum<E>> E named(Class<E> type, String option, String s) {
        try {
            return Enum.valueOf(type, s.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new WorkbenchException(option + " must be one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                    .collect(java.util.stream.Collectors.joining(", ")) + ", not \"" + s + "\"");
        }
    }

    private static OptimizerKind optimizer(String s) {
        try {
            return OptimizerKind.valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new WorkbenchException("--optimizer must be adam, rmsprop, adagrad, sgd or nesterov, not \"" + s + "\"");
        }
    }
}
