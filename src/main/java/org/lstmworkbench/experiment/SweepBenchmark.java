package org.lstmworkbench.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.data.SplitSpec;
import org.lstmworkbench.metrics.Losses;
import org.lstmworkbench.model.CnnLstm;
import org.lstmworkbench.model.ConvLayer;
import org.lstmworkbench.model.LstmStack;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.BatchTrainer;
import org.lstmworkbench.training.CancellationToken;
import org.lstmworkbench.training.Nd4jRuntime;

/**
 * Named sweep workloads timed through the {@link SweepRunner}, once with one network per run and
 * once with the trainer {@link Experiment#trainer} picks, checking that both give the
 * same losses (same seeds). The same workloads exist in {@code src/bench/pytorch_peer.py}.
 */
public final class SweepBenchmark {

    /** Largest loss difference between the two paths that still counts as equal. */
    public static final double TOLERANCE = 1e-9;

    /** The workload names, for the command line. */
    public static final List<String> WORKLOADS = List.of("seed-grid", "repeats-30", "airline", "cnn-lstm", "s-50",
            "m-64", "l-128", "w-200");

    /**
     * The per-epoch sizes of the engine table (issue "training speed"): lags, cells, batch, training
     * samples, epochs; one run each on {@link #sizedSeries}. The same sizes are in the PyTorch peer.
     */
    private static final Map<String, int[]> SIZES = Map.of(
            "s-50", new int[] {12, 50, 32, 150, 30},
            "m-64", new int[] {24, 64, 32, 500, 10},
            "l-128", new int[] {48, 128, 64, 1000, 3},
            "w-200", new int[] {12, 200, 32, 300, 10});

    private SweepBenchmark() {
    }

    /** A named experiment and what it is, for the report. */
    public record Workload(String name, String description, Experiment experiment) {
    }

    /**
     * One timed path.
     *
     * @param path       "plain" or "fast"
     * @param wallMillis wall time of the whole sweep (data preparation included, JVM start not)
     * @param runs       runs trained
     * @param epochs     epochs trained, summed over runs
     * @param records    the runs, by id
     * @param steadyMillisPerEpoch median over runs of the mean epoch time after the first third of
     *                   each run's epochs (the JIT's warm-up and the first allocations left out),
     *                   NaN for runs of fewer than 3 epochs
     */
    public record Timing(String path, long wallMillis, int runs, long epochs, Map<String, RunRecord> records,
                         double steadyMillisPerEpoch) {

        public double runsPerSecond() {
            return runs * 1000.0 / Math.max(1, wallMillis);
        }

        public double epochsPerSecond() {
            return epochs * 1000.0 / Math.max(1, wallMillis);
        }
    }

    /**
     * A workload by name: {@code seed-grid} (demo:seed-sequence, units 1,5,10 x 5 repeats x 500
     * full-batch epochs), {@code repeats-30} (30 repeats of LSTM(10), 500 epochs) or {@code airline}
     * (lags 12, LSTM(50), batch 16, 100 epochs, 10 repeats on {@code data}, default demo:seasonal).
     */
    public static Workload workload(String name, String data) {
        ModelConfig toy = ModelConfig.builder().batchSize(5).epochs(500).build();
        DatasetSpec seed = DemoDatasets.recommendedSpec("seed-sequence");
        return switch (name) {
            case "seed-grid" -> new Workload(name, "demo:seed-sequence, units 1,5,10 x 5 repeats x 500 full-batch epochs",
                    new Experiment(seed, toy, SweepSpec.grid(List.of(SweepParam.parse("units=1,5,10"))), 5, 1));
            case "repeats-30" -> new Workload(name, "demo:seed-sequence, LSTM(10) x 30 repeats x 500 full-batch epochs",
                    new Experiment(seed, toy.toBuilder().units(10).build(), SweepSpec.grid(List.of()), 30, 1));
            case "airline" -> {
                String source = data == null ? "demo:seasonal" : data;
                DatasetSpec spec = (source.startsWith(DemoDatasets.PREFIX)
                        ? DemoDatasets.recommendedSpec(source.substring(DemoDatasets.PREFIX.length())).toBuilder()
                        : DatasetSpec.builder(source)).lags(12).build();
                yield new Workload(name, source + ", lags 12, LSTM(50), batch 16 x 10 repeats x 100 epochs",
                        new Experiment(spec, ModelConfig.builder().units(50).batchSize(16).epochs(100).build(),
                                SweepSpec.grid(List.of()), 10, 1));
            }
            case "cnn-lstm" -> new Workload(name, "demo:seasonal, lags 24, horizon 6, Conv1D 32x3 -> MaxPool 2 -> "
                    + "LSTM 32 -> Dense 6, batch 32 x 5 repeats x 100 epochs (DL4J's fit on both paths: the engine "
                    + "trains LSTM stacks only)", new Experiment(DemoDatasets.recommendedSpec("seasonal").toBuilder()
                            .lags(24).horizon(6).build(), cnnLstm(), SweepSpec.grid(List.of()), 5, 1));
            case "s-50", "m-64", "l-128", "w-200" -> sized(name, SIZES.get(name));
            default -> throw new WorkbenchException("unknown workload '" + name + "'; known: "
                    + String.join(", ", WORKLOADS));
        };
    }

    /** The window's CNN-LSTM preset for demo:seasonal (the same layers as the PyTorch peer's), 100 epochs. */
    private static ModelConfig cnnLstm() {
        LstmStack lstm = ModelConfig.DEFAULTS.lstm().withUnits(List.of(32));
        return ModelConfig.builder().architecture(new CnnLstm(List.of(ConvLayer.DEFAULT.withFilters(32)), 2, 1, lstm))
                .learningRate(0.003).batchSize(32).epochs(100).build();
    }

    private static Workload sized(String name, int[] size) {
        int lags = size[0];
        int cells = size[1];
        int batch = size[2];
        int samples = size[3];
        int epochs = size[4];
        Path csv = writeSeries(name, sizedSeries(lags + samples + samples / 4));
        DatasetSpec spec = DatasetSpec.builder(csv.toString()).lags(lags)
                .split(new SplitSpec.Explicit(samples, samples / 4, 0)).build();
        ModelConfig config = ModelConfig.builder().units(cells).batchSize(batch).epochs(epochs).build();
        return new Workload(name, String.format(java.util.Locale.ROOT,
                "sized series, lags %d, LSTM(%d), batch %d, %d training samples x %d epochs", lags, cells, batch,
                samples, epochs), new Experiment(spec, config, SweepSpec.grid(List.of()), 1, 1));
    }

    /**
     * The bench's series, computed without random numbers so the PyTorch peer has the same values:
     * {@code sin(2 pi t / 12) + 0.5 sin(2 pi t / 31) + 0.002 t}.
     */
    static double[] sizedSeries(int n) {
        double[] v = new double[n];
        for (int t = 0; t < n; t++) {
            v[t] = Math.sin(2 * Math.PI * t / 12) + 0.5 * Math.sin(2 * Math.PI * t / 31) + 0.002 * t;
        }
        return v;
    }

    private static Path writeSeries(String name, double[] values) {
        try {
            Path file = Files.createTempFile("lstm-workbench-bench-" + name + "-", ".csv");
            file.toFile().deleteOnExit();
            StringBuilder b = new StringBuilder("v\n");
            for (double v : values) {
                b.append(v).append('\n');
            }
            Files.writeString(file, b);
            return file;
        } catch (IOException e) {
            throw new WorkbenchException("cannot write the bench's series to the temporary folder: " + e.getMessage(), e);
        }
    }

    /** Runs the workload on {@code threads} workers with the given trainer and times it. */
    public static Timing time(Workload w, String path, BatchTrainer trainer, int threads) {
        Nd4jRuntime.ensureStarted();
        // keyed by identity: the runner hands the same RunSpec to both callbacks, and hashing the
        // record (its configuration and data settings) every epoch would be timed with the run
        Map<RunSpec, List<Long>> epochEnds = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
        SweepRunner runner = new SweepRunner(w.experiment(), trainer, threads).addListener(new SweepListener() {
            @Override
            public void runStarted(RunSpec run) {
                epochEnds.put(run, new java.util.ArrayList<>(List.of(System.nanoTime())));
            }

            @Override
            public void epoch(RunSpec run, org.lstmworkbench.training.EpochMetrics metrics) {
                epochEnds.get(run).add(System.nanoTime());
            }
        });
        long start = System.nanoTime();
        SweepResult result = runner.run(null, new CancellationToken());
        long wall = (System.nanoTime() - start) / 1_000_000;
        Map<String, RunRecord> records = result.runs().stream()
                .collect(Collectors.toMap(RunRecord::id, Function.identity()));
        long epochs = result.runs().stream().mapToLong(r -> r.valLosses().length).sum();
        return new Timing(path, wall, records.size(), epochs, records, steadyMillisPerEpoch(epochEnds.values()));
    }

    /**
     * The median over runs of each run's mean epoch time after its first third of epochs, from the
     * run's start time followed by its epochs' end times (nanoseconds); NaN when no run has 3 epochs.
     */
    static double steadyMillisPerEpoch(java.util.Collection<List<Long>> runs) {
        double[] perRun = runs.stream().filter(t -> t.size() > 3).mapToDouble(t -> {
            int from = (t.size() - 1) / 3;
            int last = t.size() - 1;
            return (t.get(last) - t.get(from)) / 1e6 / (last - from);
        }).sorted().toArray();
        if (perRun.length == 0) {
            return Double.NaN;
        }
        int m = perRun.length / 2;
        return perRun.length % 2 == 1 ? perRun[m] : (perRun[m - 1] + perRun[m]) / 2;
    }

    /**
     * The largest relative difference between the two paths' per-epoch training and validation
     * losses over all runs, or infinity when their runs or epoch counts differ.
     */
    public static double maxRelativeLossDifference(Timing a, Timing b) {
        if (!a.records().keySet().equals(b.records().keySet())) {
            return Double.POSITIVE_INFINITY;
        }
        double max = 0;
        for (Map.Entry<String, RunRecord> e : a.records().entrySet()) {
            RunRecord other = b.records().get(e.getKey());
            max = Math.max(max, Losses.maxRelativeDifference(e.getValue().trainLosses(), other.trainLosses()));
            max = Math.max(max, Losses.maxRelativeDifference(e.getValue().valLosses(), other.valLosses()));
        }
        return max;
    }
}
