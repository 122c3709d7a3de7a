package org.lstmworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.data.sequence.PreparedSequences;
import org.lstmworkbench.data.sequence.SequenceSpec;
import org.lstmworkbench.experiment.Experiment;
import org.lstmworkbench.experiment.RunRecord;
import org.lstmworkbench.experiment.SweepMetric;
import org.lstmworkbench.experiment.SweepParam;
import org.lstmworkbench.experiment.SweepResult;
import org.lstmworkbench.experiment.SweepSpec;
import org.lstmworkbench.experiment.SweepStore;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.spark.SparkSweeps;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sweep}: repeated evaluation over a grid or random search, durable and resumable. */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Grid or random search with repeats: describe() tables and a box plot.",
        description = {"Train every point of a grid (or random search) several times and summarise the final",
                "validation loss per point as pandas' describe() does. Each finished run is stored at once",
                "(DIR/results.csv, DIR/histories/); --resume continues a sweep that was stopped or killed.",
                "Writes DIR/results.csv, DIR/summary.csv, DIR/boxplot.png, DIR/histories/, DIR/experiment.json."},
        footer = {"", "Parameters: any model field by its JSON name (units, layers, epochs, batchSize, learningRate,",
                "dropout, l2, optimizer, weightInit, activation, earlyStopping.patience, ...) and the data settings",
                "lags, horizon, difference, seasonalDifference, scale. Stacked units are written 50/50.",
                "", "Examples:",
                "  sweep --data demo:seed-sequence --epochs 500 --param units=1,5,10 --repeats 5 --out runs/cells",
                "  sweep --data demo:sine --param learningRate=log:0.0001..0.1 --param units=10..100 --random 20 \\",
                "        --repeats 3 --epochs 100 --out runs/random",
                "  sweep --data demo:seed-sequence --epochs 500 --param units=1,5,10 --repeats 5 --out runs/cells --resume",
                "  sweep --task classification --data demo:control-charts --epochs 30 --param units=8,32 --repeats 3 \\",
                "        --metric val_accuracy --out runs/charts",
                "  sweep --data demo:seed-sequence --epochs 500 --param units=1,5,10 --repeats 30 --out runs/cells \\",
                "        --spark 'local[2]'      (through spark-submit or with Spark on the class path)",
                "", "Classification sweeps train one network per run and may sweep the data settings scale and",
                "fixedLength; --metric val_accuracy ranks the points highest first."})
final class SweepCommand implements Callable<Integer> {

    @Mixin
    DataOptions dataOptions;

    @Mixin
    ModelOptions modelOptions;

    @Option(names = "--param", paramLabel = "NAME=VALUES",
            description = "a swept parameter: NAME=V1,V2 (values), NAME=LOW..HIGH or NAME=log:LOW..HIGH (ranges, random search only); repeatable")
    List<String> params = new ArrayList<>();

    @Option(names = "--random", paramLabel = "N", description = "random search: draw N points instead of the full grid")
    Integer random;

    @Option(names = "--repeats", paramLabel = "R", description = "runs per point, each with its own derived seed (default 5)")
    int repeats = 5;

    @Option(names = "--metric", paramLabel = "COLUMN",
            description = "the results.csv column the summary, box plot and best point use (default: the final value "
                    + "of the monitored metric, val_loss); e.g. val_accuracy for classification (highest is best)")
    String metric;

    @Mixin
    PrecisionOption precisionOption;

    @Mixin
    SweepFolderOptions folder;

    @Option(names = "--spark", paramLabel = "MASTER",
            description = "train the runs as Apache Spark tasks on MASTER (local[N], local[N,RETRIES], spark://HOST:7077, "
                    + "yarn, k8s://...); results are stored here as they arrive, --resume works as for a local sweep. "
                    + "Needs Spark on the class path: run through spark-submit (see the README)")
    String spark;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        precisionOption.apply(modelOptions);
        folder.requireValidThreads();
        if (spark != null) {
            requireSparkOptions();
        }
        Path out = folder.requireOut();
        Experiment experiment = experiment();
        SweepMetric chosen = metric(experiment);
        SweepResult result = folder.run(experiment, spark, r -> SweepReport.writeFiles(out, r, chosen, null, true));
        PrintWriter o = spec.commandLine().getOut();
        SweepReport.printTable(o, result, chosen);
        o.println("wrote " + out.resolve(SweepStore.RESULTS) + ", " + out.resolve(SweepStore.SUMMARY) + ", "
                + out.resolve("boxplot.png") + ", " + out.resolve(SweepStore.HISTORIES) + "/");
        o.flush();
        if (!result.runs().isEmpty() && result.runs().stream().noneMatch(RunRecord::usable)) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": all " + result.runs().size()
                    + " runs diverged, so the summary has no values (count 0): lower the learning rate or the "
                    + "swept range and run again");
            return WorkbenchCli.EXIT_NOTHING_USABLE;
        }
        return 0;
    }

    /** Checks --spark before any data is read: a master, Spark on the class path, no --threads, no folder on a cluster. */
    private void requireSparkOptions() {
        if (!SparkSweeps.isMaster(spark)) {
            throw new WorkbenchException("--spark: \"" + spark + "\" is not a Spark master: local, local[N], local[N,RETRIES], "
                    + "spark://HOST:PORT, yarn or k8s://HOST:PORT");
        }
        if (folder.threads != null) {
            throw new WorkbenchException("--threads applies to local sweeps; with --spark the executors' cores "
                    + "decide how many runs train at once");
        }
        if (!spark.trim().startsWith("local") && java.nio.file.Files.isDirectory(Path.of(dataOptions.data))) {
            // Spark ships data files to the executors one by one, folders only in local mode
            throw new WorkbenchException(SparkSweeps.folderRefusal(dataOptions.data));
        }
        SparkSweeps.requireAvailable();
    }

    /** The --metric choice among the experiment's, or its primary one; an unknown column lists the known. */
    private SweepMetric metric(Experiment experiment) {
        List<SweepMetric> known = experiment.metrics();
        if (metric == null) {
            return known.get(0);
        }
        return known.stream().filter(m -> m.column().equals(metric.trim())).findFirst()
                .orElseThrow(() -> new WorkbenchException("--metric must be one of "
                        + String.join(", ", known.stream().map(SweepMetric::column).toList()) + ", not \""
                        + metric + "\""));
    }

    private Experiment experiment() {
        List<SweepParam> swept = params.stream().map(SweepParam::parse).toList();
        if (dataOptions.classification()) {
            SequenceSpec sequences = SequenceOptions.toSpec(dataOptions);
            PreparedSequences prepared = sequences.prepare();
            ModelConfig base = modelOptions.toClassificationConfig(prepared.split().train().length,
                    prepared.classes());
            SweepSpec sweep = random == null ? SweepSpec.grid(swept) : SweepSpec.random(swept, random, base.seed());
            return Experiment.classification(sequences, base, sweep, repeats, base.seed());
        }
        DatasetSpec data = dataOptions.toSpec();
        int samples = DataPipeline.prepare(data).train().size();
        ModelConfig base = modelOptions.toConfig(samples);
        SweepSpec sweep = random == null ? SweepSpec.grid(swept) : SweepSpec.random(swept, random, base.seed());
        // a bad value no parameter overrides is the option's, as in train; the points are checked by the runner
        OptionNames.requireNoModelProblems(base.validate().stream().filter(p -> !sweep.sets(p)).toList());
        if (repeats < 1) {
            throw new WorkbenchException("--repeats: repeats must be at least 1, got " + repeats);
        }
        return new Experiment(data, base, sweep, repeats, base.seed());
    }
}
