package org.lstmworkbench.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.lstmworkbench.data.sequence.ExportedClassifier;
import org.lstmworkbench.data.sequence.PreparedSequences;
import org.lstmworkbench.data.sequence.SequenceSpec;
import org.lstmworkbench.data.sequence.SequenceSpecJson;
import org.lstmworkbench.diagnosis.CurveDiagnoser;
import org.lstmworkbench.diagnosis.Diagnosis;
import org.lstmworkbench.diagnosis.DiagnosisJson;
import org.lstmworkbench.experiment.RunDiagnostics;
import org.lstmworkbench.metrics.Metric;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.report.ConfusionImages;
import org.lstmworkbench.report.LossChartImages;
import org.lstmworkbench.training.CancellationToken;
import org.lstmworkbench.training.ClassificationReport;
import org.lstmworkbench.training.ModelExport;
import org.lstmworkbench.training.RunFiles;
import org.lstmworkbench.training.RunJournal;
import org.lstmworkbench.training.RunResult;
import org.lstmworkbench.training.Trainer;
import org.lstmworkbench.training.TrainingData;
import org.lstmworkbench.training.TrainingDataFactory;

/**
 * {@code train --task classification}: one classifier on labelled sequences; writes history.csv
 * (with the accuracy columns), run.json ({@link RunFiles#runJson}: classes with counts, final and
 * best accuracy, confusion matrices and per-class scores; plus the data settings and part sizes),
 * loss.png and confusion.png (the validation part's matrix, else the test part's).
 */
final class ClassificationTrain {

    private final DataOptions dataOptions;
    private final ModelOptions modelOptions;
    private final Path out;
    private final boolean quiet;
    /** {@code --save-model}, null for none. */
    private final Path saveModel;

    ClassificationTrain(DataOptions dataOptions, ModelOptions modelOptions, Path out, boolean quiet, Path saveModel) {
        this.dataOptions = dataOptions;
        this.modelOptions = modelOptions;
        this.out = out;
        this.quiet = quiet;
        this.saveModel = saveModel;
    }

    /** Trains and writes the files; a bad input is a user error (exit 2) before anything is written. */
    int run(PrintWriter o, PrintWriter err) {
        SequenceSpec spec = SequenceOptions.toSpec(dataOptions);
        PreparedSequences prepared = spec.prepare();
        TrainingData data = TrainingDataFactory.from(prepared);
        ModelConfig config = modelOptions.toValidClassificationConfig(data.train().samples(), prepared.classes());
        TrainCommand.createFolder(out);
        Progress progress = new Progress(err, config.epochs(), !quiet, System.console() != null);
        // the epochs reach the disk as they end; the folder's previous history stays until the run ends
        RunJournal journal = RunJournal.start(out);
        RunResult result;
        Trainer trainer = new Trainer(config, data);
        try (journal) {
            result = trainer.run(m -> {
                progress.onEpoch(m);
                journal.onEpoch(m);
            }, new CancellationToken());
        }
        progress.finish();

        journal.commitHistory(result);
        ObjectNode json = RunFiles.runJson(result, SequenceSpecJson.toTree(spec));
        json.put("dataset", prepared.dataset().source());
        json.put("trainSequences", data.train().samples());
        json.put("validationSequences", data.validationPart().map(p -> p.samples()).orElse(0));
        json.put("testSequences", data.testPart().map(p -> p.samples()).orElse(0));
        boolean hasVal = data.validationPart().isPresent();
        Optional<Diagnosis> diagnosis = RunDiagnostics.inputOf(result, null, hasVal).map(input -> {
            json.set("diagnosisInput", DiagnosisJson.inputToJson(input));
            return new CurveDiagnoser().diagnose(input);
        });
        diagnosis.ifPresent(d -> json.set("diagnosis", DiagnosisJson.toJson(d)));
        journal.commitRunJson(json);
        LossChartImages.writePng(out.resolve("loss.png"), "model train vs validation loss",
                result.trainLosses(), result.valLosses(), 1000, 700);
        List<String> written = new ArrayList<>(List.of("history.csv", "run.json", "loss.png"));
        Optional<Map.Entry<String, ClassificationReport>> shown = confusionReport(result);
        shown.ifPresent(e -> {
            ConfusionImages.writePng(out.resolve("confusion.png"), "confusion matrix (" + e.getKey() + ")",
                    e.getValue(), 900, 800);
            written.add("confusion.png");
        });
        Optional<ExportedClassifier> saved = saveModel == null ? Optional.empty()
                : trainer.network().map(n -> ModelExport.writeClassifier(n, prepared, saveModel));
        printSummary(o, prepared, result, diagnosis, written);
        saved.ifPresent(c -> o.println("  saved model " + saveModel + " and " + ModelExport.transformFile(saveModel)
                + " (output [samples, " + c.classes().size()
                + "], the probabilities of " + String.join(", ", c.classes()) + ") "
                + ModelExport.loadingNeeds(c.requiresWorkbenchClasses())));
        o.flush();
        return 0;
    }

    /** The validation report, else the test one. */
    private static Optional<Map.Entry<String, ClassificationReport>> confusionReport(RunResult r) {
        for (String part : List.of(RunResult.VALIDATION, RunResult.TEST)) {
            Optional<ClassificationReport> report = r.classificationReport(part);
            if (report.isPresent()) {
                return Optional.of(Map.entry(part, report.get()));
            }
        }
        return Optional.empty();
    }

    private void printSummary(PrintWriter o, PreparedSequences prepared, RunResult r, Optional<Diagnosis> diagnosis,
                              List<String> written) {
        o.printf(Locale.ROOT, "%s on %s (%s): %s after %d epochs (%,d parameters, %.1f s)%n",
                r.config().summary(), prepared.dataset().source(), prepared.classes().describe(), r.status().label(),
                r.history().size(), r.parameterCount(), r.wallMillis() / 1000.0);
        if (!r.message().isEmpty()) {
            o.println("  " + r.message());
        }
        o.printf(Locale.ROOT, "  final train loss %.6g, validation loss %.6g; best validation loss %.6g at epoch %d%n",
                r.finalTrainLoss(), r.finalValLoss(), r.bestValLoss(), r.bestEpoch());
        if (r.metrics().contains(Metric.VAL_ACCURACY) && Double.isFinite(r.modelValue(Metric.VAL_ACCURACY))) {
            double[] curve = r.curve(Metric.VAL_ACCURACY);
            int bestAt = -1;
            for (int i = 0; i < curve.length; i++) {
                if (Double.isFinite(curve[i]) && (bestAt < 0 || curve[i] > curve[bestAt])) {
                    bestAt = i;
                }
            }
            o.printf(Locale.ROOT, "  final validation accuracy %.4f (train %.4f); best validation accuracy %.4f at "
                            + "epoch %d%n", r.modelValue(Metric.VAL_ACCURACY), r.modelValue(Metric.TRAIN_ACCURACY),
                    bestAt < 0 ? Double.NaN : curve[bestAt], bestAt + 1);
        } else if (r.metrics().contains(Metric.TRAIN_ACCURACY)) {
            o.printf(Locale.ROOT, "  final train accuracy %.4f (no validation part)%n", r.modelValue(Metric.TRAIN_ACCURACY));
        }
        r.classificationReport(RunResult.TEST).ifPresent(t -> o.printf(Locale.ROOT,
                "  test accuracy %.4f, balanced accuracy %.4f%n", t.accuracy(), t.balancedAccuracy()));
        diagnosis.ifPresent(d -> o.print("  diagnosis: " + d.describe().replace("\n", "\n  ").stripTrailing() + "\n"));
        o.println("  wrote " + String.join(", ", written.stream().map(f -> out.resolve(f).toString()).toList()));
        o.flush();
    }
}
