package org.lstmworkbench.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.experiment.Demo;
import org.lstmworkbench.experiment.Demos;
import org.lstmworkbench.experiment.RunRecord;
import org.lstmworkbench.experiment.SweepProgress;
import org.lstmworkbench.experiment.SweepResult;
import org.lstmworkbench.experiment.SweepStore;
import org.lstmworkbench.report.LossChartImages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code demo}: the seed's experiments with its settings, our measurements beside its conclusions. */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Reproduce an experiment of Brownlee ch. 12 (LSTM Networks with Python) on its toy sequence.",
        description = {"Reproduce an experiment of Brownlee's Long Short-Term Memory Networks with Python, chapter 12",
                "(diagnosing under- and overfitting; tuning cells and batch size) on its toy sequence 0.0..0.9,",
                "and print what the book concluded next to what we measured. Writes the sweep files (results.csv, summary.csv,",
                "histories/, experiment.json) and the charts: loss.png (one run), runs.png (several runs",
                "overlaid) or boxplot.png (a grid with repeats)."},
        footer = {"", "Examples:", "  demo --list", "  demo overfit --out runs/overfit",
                "  demo cells --out runs/cells --threads 2"})
final class DemoCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "the demo (see --list)")
    String name;

    @Option(names = "--list", description = "list the demos and exit")
    boolean list;

    @Mixin
    SweepFolderOptions folder;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter o = spec.commandLine().getOut();
        if (list) {
            Demos.all().forEach(d -> o.printf("  %-18s %s%n", d.name(), d.title()));
            o.flush();
            return 0;
        }
        if (name == null) {
            throw new WorkbenchException("name a demo (" + String.join(", ", Demos.names()) + ") or use --list");
        }
        folder.requireValidThreads();
        Demo demo = Demos.byName(name);
        Path out = folder.out;
        if (out == null) {
            throw new WorkbenchException("demo " + name + " needs --out DIR");
        }
        long start = System.nanoTime();
        String[] chart = new String[1];
        SweepResult result = folder.run(demo.experiment(), r -> chart[0] = writeCharts(demo, r, out));
        long wall = (System.nanoTime() - start) / 1_000_000;
        o.println("demo " + demo.name() + ": " + demo.title());
        o.println("  seed:     " + demo.seedSays());
        o.println("  measured: " + demo.measured().apply(result));
        if (demo.seedTable() != null) {
            o.println();
            o.println("Brownlee's table (Keras, its printed losses):");
            o.print(demo.seedTable());
            o.println();
            o.println("ours (DL4J, base seed " + demo.experiment().baseSeed() + "):");
            o.print(result.describeTable(result.primaryMetric()));
        }
        o.println("wall time " + SweepProgress.formatDuration(wall) + "; wrote " + out.resolve(chart[0]) + ", "
                + out.resolve(SweepStore.RESULTS) + ", " + out.resolve(SweepStore.SUMMARY) + ", "
                + out.resolve(SweepStore.HISTORIES) + "/");
        o.flush();
        return nothingUsable(result, out) ? WorkbenchCli.EXIT_NOTHING_USABLE : 0;
    }

    /**
     * As {@code sweep}: a demo whose every run diverged wrote its files, yet has nothing to set beside
     * the book's conclusion, so it says so on stderr and the caller exits 3. The demo's settings are
     * fixed, so the advice is about the folder rather than the learning rate.
     */
    private boolean nothingUsable(SweepResult result, Path out) {
        List<RunRecord> runs = result.runs();
        if (runs.isEmpty() || runs.stream().anyMatch(RunRecord::usable)) {
            return false;
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println(spec.qualifiedName() + ": all " + runs.size() + " runs diverged, so the summary has no values "
                + "(count 0) to compare with the book: the demo's settings are fixed, so check "
                + out.resolve(SweepStore.RESULTS) + " or run the demo into a new folder");
        err.flush();
        return true;
    }

    private static String writeCharts(Demo demo, SweepResult result, Path out) {
        List<RunRecord> runs = result.runs();
        switch (demo.kind()) {
            case SINGLE -> {
                RunRecord r = runs.get(0);
                LossChartImages.writePng(out.resolve("loss.png"), "model train vs validation loss",
                        r.trainLosses(), r.valLosses(), 1000, 700);
                SweepReport.writeFiles(out, result, null, false);
                return "loss.png";
            }
            case OVERLAY -> {
                LossChartImages.writeOverlayPng(out.resolve("runs.png"), "model train vs validation loss, "
                                + runs.size() + " runs", runs.stream().map(RunRecord::trainLosses).toList(),
                        runs.stream().map(RunRecord::valLosses).toList(), 1000, 700);
                SweepReport.writeFiles(out, result, null, false);
                return "runs.png";
            }
            default -> {
                SweepReport.writeFiles(out, result, demo.name(), true);
                return "boxplot.png";
            }
        }
    }
}
