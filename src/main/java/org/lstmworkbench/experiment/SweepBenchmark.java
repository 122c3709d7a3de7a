package org.lstmworkbench.experiment;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.data.DemoDatasets;
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
    public static final List<String> WORKLOADS = List.of("seed-grid", "repeats-30", "airline");

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
     */
    public record Timing(String path, long wallMillis, int runs, long epochs, Map<String, RunRecord> records) {

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
            default -> throw new WorkbenchException("unknown workload '" + name + "'; known: "
                    + String.join(", ", WORKLOADS));
        };
    }

    /** Runs the workload on {@code threads} workers with the given trainer and times it. */
    public static Timing time(Workload w, String path, BatchTrainer trainer, int threads) {
        Nd4jRuntime.ensureStarted();
        long start = System.nanoTime();
        SweepResult result = new SweepRunner(w.experiment(), trainer, threads).run(null, new CancellationToken());
        long wall = (System.nanoTime() - start) / 1_000_000;
        Map<String, RunRecord> records = result.runs().stream()
                .collect(Collectors.toMap(RunRecord::id, Function.identity()));
        long epochs = result.runs().stream().mapToLong(r -> r.valLosses().length).sum();
        return new Timing(path, wall, records.size(), epochs, records);
    }

    /**
     * The largest absolute difference between the two paths' per-epoch training and validation
     * losses over all runs, or infinity when their runs or epoch counts differ.
     */
    public static double maxLossDifference(Timing a, Timing b) {
        if (!a.records().keySet().equals(b.records().keySet())) {
            return Double.POSITIVE_INFINITY;
        }
        double max = 0;
        for (Map.Entry<String, RunRecord> e : a.records().entrySet()) {
            RunRecord other = b.records().get(e.getKey());
            max = Math.max(max, maxDiff(e.getValue().trainLosses(), other.trainLosses()));
            max = Math.max(max, maxDiff(e.getValue().valLosses(), other.valLosses()));
        }
        return max;
    }

    private static double maxDiff(double[] x, double[] y) {
        if (x.length != y.length) {
            return Double.POSITIVE_INFINITY;
        }
        double max = 0;
        for (int i = 0; i < x.length; i++) {
            if (Double.isNaN(x[i]) && Double.isNaN(y[i])) {
                continue;
            }
            double d = Math.abs(x[i] - y[i]);
            max = Double.isNaN(d) ? Double.POSITIVE_INFINITY : Math.max(max, d);
        }
        return max;
    }
}
