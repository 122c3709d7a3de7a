package org.lstmworkbench.experiment;

import java.util.List;
import java.util.stream.Collectors;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.model.ModelConfig;

/**
 * The seed's experiments (chapter sections 8.2, 8.4.2, 8.5.3) on its toy sequence, with its
 * settings: LSTM with Dense(1), MSE, Adam, full batch of the 5 training samples unless the
 * batch size is swept, no shuffling; validation on x 0.5-0.9.
 */
public final class Demos {

    private static final long SEED = 1;

    private Demos() {
    }

    /** Every demo, in the seed's order. */
    public static List<Demo> all() {
        return List.of(
                new Demo("underfit", "LSTM(10), 100 epochs: validation still falling (Brownlee ch. 12: underfit example)", Demo.Kind.SINGLE,
                        repeats(config(10, 100), 1),
                        "underfit: training and validation loss still falling at the end; train for more epochs",
                        null, Demo::single),
                new Demo("underfit-capacity", "LSTM(1), 300 epochs: flat and high, too little capacity (Brownlee ch. 12: underfit with too few cells)",
                        Demo.Kind.SINGLE, repeats(config(1, 300), 1),
                        "underfit by capacity: both curves flat, training better than validation; add cells or layers "
                                + "(the book shows only the plot; LSTM(1) and 300 epochs are our assumption)",
                        null, Demo::single),
                new Demo("good-fit", "LSTM(10), 800 epochs: both curves settle low (Brownlee ch. 12: good fit example)", Demo.Kind.SINGLE,
                        repeats(config(10, 800), 1),
                        "good fit: training and validation loss fall and settle together", null, Demo::single),
                new Demo("overfit", "LSTM(10), 1200 epochs: validation turns up (Brownlee ch. 12: overfit example)", Demo.Kind.SINGLE,
                        repeats(config(10, 1200), 1),
                        "overfit: validation loss reaches an inflection point and rises while training keeps "
                                + "falling; stop at the inflection or add data", null, Demo::single),
                new Demo("multiple-runs", "LSTM(10), 100 epochs, 5 runs overlaid (Brownlee ch. 12: multiple runs)", Demo.Kind.OVERLAY,
                        repeats(config(10, 100), 5),
                        "the underfitting trend holds in all 5 runs: a stronger case for more epochs "
                                + "(the book gives no epoch count; 100 as in its underfit script)",
                        null, Demo::labels),
                new Demo("cells", "units 1, 5, 10 x 5 repeats x 500 epochs (Brownlee ch. 12: tuning memory cells)", Demo.Kind.SWEEP,
                        grid(config(10, 500), "units", "1", "5", "10"),
                        "more memory cells, lower validation loss: mean 1 > 5 > 10", SeedReference.CELLS_TABLE,
                        Demo::ordering),
                new Demo("batch-size", "batch size 1, 2, 3 x 5 repeats x 500 epochs (Brownlee ch. 12: tuning batch size)", Demo.Kind.SWEEP,
                        grid(config(10, 500), "batchSize", "1", "2", "3"),
                        "all three batch sizes reach losses near 0.001-0.002; 2 has the lowest mean, but the boxes "
                                + "overlap", SeedReference.BATCH_SIZE_TABLE, Demo::ordering));
    }

    /** Demo names, in order. */
    public static List<String> names() {
        return all().stream().map(Demo::name).toList();
    }

    /** The demo called {@code name}; an error listing the names otherwise. */
    public static Demo byName(String name) {
        return all().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow(() ->
                new WorkbenchException("unknown demo \"" + name + "\"; demos: "
                        + all().stream().map(Demo::name).collect(Collectors.joining(", "))));
    }

    private static ModelConfig config(int units, int epochs) {
        return ModelConfig.builder().units(units).epochs(epochs).batchSize(5).build();
    }

    private static Experiment repeats(ModelConfig c, int repeats) {
        return new Experiment(DemoDatasets.recommendedSpec("seed-sequence"), c, SweepSpec.grid(List.of()), repeats, SEED);
    }

    private static Experiment grid(ModelConfig c, String param, String... values) {
        return new Experiment(DemoDatasets.recommendedSpec("seed-sequence"), c,
                SweepSpec.grid(List.of(SweepParam.values(param, List.of(values)))), 5, SEED);
    }
}
