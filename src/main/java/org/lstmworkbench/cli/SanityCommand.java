package org.lstmworkbench.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.data.sequence.PreparedSequences;
import org.lstmworkbench.diagnosis.SanityChecks.Finding;
import org.lstmworkbench.experiment.SanityRun;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.CancellationToken;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code sanity}: the seed's checks before a long run, for a configuration on its data. */
@Command(name = "sanity", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Check a configuration before a long run (size, first loss, tiny subset).",
        description = {"Check a configuration before a long run: parameters against training samples, the first",
                "epoch's loss against an untrained model's, and whether it can memorise a tiny subset."},
        footer = {"", "Examples:", "  sanity --data demo:seasonal --units 50,50",
                "  sanity --task classification --data demo:control-charts --units 32",
                "", "For classification the first epoch's loss is checked against the chance level ln K."})
final class SanityCommand implements Callable<Integer> {

    @Mixin
    DataOptions dataOptions;

    @Mixin
    ModelOptions modelOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (dataOptions.classification()) {
            return classification();
        }
        PreparedData prepared = DataPipeline.prepare(dataOptions.toSpec());
        ModelConfig config = modelOptions.toValidConfig(prepared.train().size());
        config.requireValidFor(prepared.train().size());
        List<Finding> findings = SanityRun.check(config, prepared, new CancellationToken());
        print(config.summary() + " on " + prepared.name() + ":", findings);
        return 0;
    }

    /** The classifier's checks: size, first loss against the chance level ln K, tiny subset. */
    private int classification() {
        PreparedSequences prepared = SequenceOptions.toSpec(dataOptions).prepare();
        int sequences = prepared.split().train().length;
        ModelConfig config = modelOptions.toValidClassificationConfig(sequences, prepared.classes());
        List<Finding> findings = SanityRun.check(config, prepared, new CancellationToken());
        print(config.summary() + " on " + prepared.dataset().source() + " (" + prepared.classes().describe() + "):",
                findings);
        return 0;
    }

    private void print(String title, List<Finding> findings) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(title);
        for (Finding f : findings) {
            out.printf("  %-7s %-13s %s%n", f.severity(), f.check(), f.message());
        }
        out.flush();
    }
}
