package org.lstmworkbench.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.Benchmark;
import org.lstmworkbench.training.Nd4jRuntime;
import org.lstmworkbench.training.TrainingData;
import org.lstmworkbench.training.TrainingDataFactory;
import org.lstmworkbench.model.Precision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: per-epoch training time of the seed's toy and of a realistic configuration, with
 * the ratios that matter measured in the same run (evaluation overhead, one native thread vs all).
 */
@Command(name = "bench", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Measure training speed (per epoch, and sweep workloads against PyTorch).",
        description = {"Measure per-epoch training time: Brownlee ch. 12's toy (LSTM(10) on 5 samples, full batch) and",
                "a realistic configuration (demo:seasonal, lags 12, LSTM(50,50), batch 32)."},
        footer = {"", "Examples:", "  bench --toy-epochs 500 --realistic-epochs 30",
                "  bench --workload seed-grid            (DL4J's fit and the fast engine; losses compared)",
                "  bench --workload airline --data airline-passengers.csv --path engine",
                "  bench --workload control-charts       (LSTM(32) classifier, 50 epochs)",
                "  bench --workload w-200 --precision float --path engine",
                "  bench --workload airline,s-50,m-64,l-128,w-200 --precision both --rounds 3",
                "                                        (the engine in double and float, interleaved)",
                "  bench --workload seq2seq              (encoder-decoder vs direct model, demo:seasonal, H 6)"})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--toy-epochs", paramLabel = "N", description = "timed epochs of the toy (default ${DEFAULT-VALUE})")
    int toyEpochs = 300;

    @Option(names = "--realistic-epochs", paramLabel = "N",
            description = "timed epochs of the realistic case (default ${DEFAULT-VALUE})")
    int realisticEpochs = 20;

    @Option(names = "--warmup", paramLabel = "N", description = "untimed warm-up epochs (default ${DEFAULT-VALUE})")
    int warmup = 20;

    @Option(names = "--workload", paramLabel = "NAME",
            description = "time a workload instead: seed-grid, repeats-30, airline (sweeps), cnn-lstm (demo:seasonal, "
                    + "lags 24, horizon 6), s-50, m-64, l-128, "
                    + "w-200 (one run of the engine table's sizes), control-charts (a classifier) or seq2seq (an "
                    + "encoder-decoder and the direct model, H 6)")
    String workload;

    @Option(names = "--path", paramLabel = "PATH",
            description = "with --workload: dl4j (DL4J's fit, one network per run), engine (the fast engine) "
                    + "or all (default ${DEFAULT-VALUE}; also checks that the engine's losses equal dl4j's)")
    String path = "all";

    @Option(names = "--data", paramLabel = "demo:NAME|FILE", description = "data of the airline workload (default demo:seasonal)")
    String data;

    @Option(names = "--threads", paramLabel = "N", description = "sweep workers (default: the cores)")
    Integer threads;

    @Option(names = "--precision", paramLabel = "P",
            description = "with --workload: the fast engine's arithmetic, double (default) or float; or both: "
                    + "whole runs of each workload (comma-separated names) in double and float, interleaved")
    String precision = "double";

    @Option(names = "--rounds", paramLabel = "N",
            description = "with --precision both: rounds per precision (default ${DEFAULT-VALUE}, at least 3)")
    int rounds = 3;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (workload != null) {
            return workload(spec.commandLine().getOut());
        }
        if (!precision.equals("double")) {
            throw new org.lstmworkbench.WorkbenchException("--precision applies to a --workload only (e.g. --workload "
                    + "w-200 --precision float)");
        }
        if (data != null || threads != null) {
            // without a workload these would be ignored: the plain speed check uses its own demo data
            throw new org.lstmworkbench.WorkbenchException((data != null ? "--data" : "--threads")
                    + " applies to a --workload only (e.g. --workload airline); the plain bench uses its own demo data");
        }
        if (toyEpochs < 1 || realisticEpochs < 1 || warmup < 1) {
            throw new org.lstmworkbench.WorkbenchException("--toy-epochs, --realistic-epochs and --warmup must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        long start = System.nanoTime();
        Nd4jRuntime.ensureStarted();
        int cores = Runtime.getRuntime().availableProcessors();
        out.printf(Locale.ROOT, "Java %s (%s), %d cores, max heap %d MiB; ND4J started in %.1f s%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"), cores,
                Runtime.getRuntime().maxMemory() >> 20, (System.nanoTime() - start) / 1e9);

        TrainingData toy = TrainingDataFactory.from(DataPipeline.prepare(DemoDatasets.recommendedSpec("seed-sequence")));
        ModelConfig toyConfig = ModelConfig.builder().units(10).batchSize(5).build();
        TrainingData seasonal = TrainingDataFactory.from(DataPipeline.prepare(
                DemoDatasets.recommendedSpec("seasonal").toBuilder().lags(12).build()));
        ModelConfig realConfig = ModelConfig.builder().units(50, 50).batchSize(32).build();

        out.printf(Locale.ROOT, "%-46s %7s %7s %14s %18s %17s %8s %12s%n",
                "case", "params", "epochs", "fit ms/epoch", "trainer ms/epoch", "engine ms/epoch", "ratio",
                "max rel diff");
        print(out, Benchmark.measure("seed toy: LSTM(10), 5 samples, full batch", toyConfig, toy, warmup, toyEpochs));
        print(out, Benchmark.measure("seasonal: lags 12, LSTM(50,50), batch 32", realConfig, seasonal,
                Math.min(warmup, 3), realisticEpochs));

        if (cores > 1) {
            double all = Benchmark.fitMillisWithThreads(toyConfig, toy, warmup, toyEpochs, cores);
            double one = Benchmark.fitMillisWithThreads(toyConfig, toy, warmup, toyEpochs, 1);
            out.printf(Locale.ROOT, "toy fit with 1 native thread: %.3f ms/epoch; with %d: %.3f ms/epoch; ratio %.2fx%n",
                    one, cores, all, all / one);
        }
        out.flush();
        return 0;
    }

    private int workload(PrintWriter out) {
        if (precision.equals("both")) {
            int workers = threads == null ? org.lstmworkbench.experiment.SweepRunner.defaultThreads() : threads;
            return new PrecisionBench(out, workers, rounds).run(java.util.List.of(workload.split(",")), data);
        }
        Precision p;
        try {
            p = Precision.parse(precision);
        } catch (IllegalArgumentException e) {
            throw new org.lstmworkbench.WorkbenchException("--precision must be double, float or both, got '"
                    + precision + "'");
        }
        String before = System.getProperty(Precision.PROPERTY);
        System.setProperty(Precision.PROPERTY, p.id());
        try {
            return new WorkloadBench(out, threads).run(workload, path, data);
        } finally {
            if (before == null) {
                System.clearProperty(Precision.PROPERTY);
            } else {
                System.setProperty(Precision.PROPERTY, before);
            }
        }
    }

    /** One case: DL4J's fit alone, the trainer on fit (with the per-epoch evaluation), the trainer on the engine. */
    private static void print(PrintWriter out, Benchmark.Measurement m) {
        out.printf(Locale.ROOT, "%-46s %7d %7d %14.3f %18.3f %17.3f %7.3fx %12.1e%n", m.name(), m.parameters(),
                m.epochs(), m.fitMillis(), m.trainerMillis(), m.engineMillis(), m.engineRatio(),
                m.maxRelativeDifference());
        if (!m.engine().startsWith("fast engine")) {
            out.printf(Locale.ROOT, "  (the trainer could not use the fast engine here: %s)%n", m.engine());
        }
    }
}
