package org.lstmworkbench.cli;

import org.lstmworkbench.experiment.RunDiagnostics;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.data.ExportedTransform;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.diagnosis.CurveDiagnoser;
import org.lstmworkbench.diagnosis.Diagnosis;
import org.lstmworkbench.diagnosis.DiagnosisJson;
import org.lstmworkbench.forecast.ForecastFiles;
import org.lstmworkbench.forecast.Forecasts;
import org.lstmworkbench.forecast.RunForecast;
import org.lstmworkbench.forecast.StepComparison;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.CancellationToken;
import org.lstmworkbench.training.ModelExport;
import org.lstmworkbench.training.RunFiles;
import org.lstmworkbench.training.RunJournal;
import org.lstmworkbench.training.RunResult;
import org.lstmworkbench.training.Trainer;
import org.lstmworkbench.training.TrainingData;
import org.lstmworkbench.training.TrainingDataFactory;
import org.lstmworkbench.report.ForecastImages;
import org.lstmworkbench.report.LossChartImages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train}: one configuration, one seed; writes history.csv, run.json (with the run's diagnosis and
 * its forecast errors), loss.png, and for regression predictions.csv and forecast.png.
 */
@Command(name = "train", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Train one configuration: history.csv, run.json, loss.png, predictions.csv, forecast.png "
                + "(confusion.png) and a diagnosis.",
        description = {"Train one LSTM configuration and write DIR/history.csv, DIR/run.json, DIR/loss.png,",
                "DIR/predictions.csv (part,index,label,actual,predicted,persistence[,step]) and DIR/forecast.png.",
                "With --task classification it trains a classifier on labelled sequences and also writes",
                "DIR/confusion.png. Progress goes to stderr, the summary to stdout."},
        footer = {"", "Examples:",
                "  train --data demo:seed-sequence --epochs 800 --out runs/good-fit",
                "  train --data airline-passengers.csv --column Passengers --lags 12 --units 50 --out runs/airline",
                "  train --data demo:seasonal --units 50,25 --activation tanh,relu --dropout 0.2,0.1 --save-model m.zip"
                        + " --out runs/s",
                "  train --task classification --data demo:control-charts --units 32 --epochs 50 --out runs/charts",
                "  train --task classification --data har/ --labels labels.csv --group-column subject --out runs/har"})
final class TrainCommand implements Callable<Integer> {

    @Mixin
    DataOptions dataOptions;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    PrecisionOption precisionOption;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (created if needed)")
    Path out;

    @Option(names = "--save-model", paramLabel = "FILE.zip",
            description = "also save the trained network (DL4J ModelSerializer zip with its updater) and, beside it, "
                    + "FILE.transform.json with the data transform that feeds it (for a classifier: the class labels, "
                    + "scalers, padding and mask)")
    Path saveModel;

    @Option(names = {"-q", "--quiet"}, description = "no progress on stderr")
    boolean quiet;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        precisionOption.apply(modelOptions);
        OptionNames.requireFolderName(out);
        if (dataOptions.classification()) {
            return new ClassificationTrain(dataOptions, modelOptions, out, quiet, saveModel)
                    .run(spec.commandLine().getOut(), spec.commandLine().getErr());
        }
        DatasetSpec dataSpec = dataOptions.toSpec();
        PreparedData prepared = DataPipeline.prepare(dataSpec);
        if (saveModel != null) {
            // refused before the run, not after it: a transform that cannot be exported
            ExportedTransform.of(prepared);
        }
        TrainingData data = TrainingDataFactory.from(prepared);
        ModelConfig config = modelOptions.toValidConfig(data.train().samples(), data.shape());
        Trainer trainer = new Trainer(config, data);
        createFolder(out);
        PrintWriter err = spec.commandLine().getErr();
        Progress progress = new Progress(err, config.epochs(), !quiet, System.console() != null);
        // the epochs reach the disk as they end; the folder's previous history stays until the run ends
        RunJournal journal = RunJournal.start(out);
        RunResult result;
        try (journal) {
            result = trainer.run(m -> {
                progress.onEpoch(m);
                journal.onEpoch(m);
            }, new CancellationToken());
        }
        progress.finish();

        journal.commitHistory(result);
        ObjectNode dataJson = new ObjectMapper().valueToTree(dataSpec);
        dataJson.set("preparation", new ObjectMapper().valueToTree(prepared.report()));
        ObjectNode json = RunFiles.runJson(result, dataJson);
        json.put("dataset", prepared.name());
        json.put("trainSamples", data.train().samples());
        json.put("validationSamples", data.validationPart().map(p -> p.samples()).orElse(0));
        json.put("testSamples", data.testPart().map(p -> p.samples()).orElse(0));
        Optional<Diagnosis> diagnosis = RunDiagnostics.inputOf(result, prepared.baselines(),
                data.validationPart().isPresent()).map(input -> {
                    json.set("diagnosisInput", DiagnosisJson.inputToJson(input));
                    return new CurveDiagnoser().diagnose(input);
                });
        diagnosis.ifPresent(d -> json.set("diagnosis", DiagnosisJson.toJson(d)));
        // the returned weights (the best epoch's when restored) predict every part once
        Optional<RunForecast> forecast = trainer.network().map(n -> Forecasts.compute(n, prepared));
        forecast.ifPresent(f -> json.set("forecast", ForecastFiles.errorsJson(f)));
        journal.commitRunJson(json);
        LossChartImages.writePng(out.resolve("loss.png"), "model train vs validation loss",
                result.trainLosses(), result.valLosses(), 1000, 700);
        forecast.ifPresent(f -> {
            ForecastFiles.writeCsv(out.resolve("predictions.csv"), f);
            ForecastImages.writePng(out.resolve("forecast.png"), f, 1200, 800);
        });
        Optional<ExportedTransform> saved = saveModel == null ? Optional.empty()
                : trainer.network().map(n -> ModelExport.write(n, prepared, saveModel));
        printSummary(spec.commandLine().getOut(), prepared, result, diagnosis, forecast);
        saved.ifPresent(t -> spec.commandLine().getOut().println("  saved model " + saveModel + " ("
                + ModelExport.outputShape(t) + ", one value per step ahead) " + ModelExport.loadingNeeds(t)));
        spec.commandLine().getOut().flush();
        return 0;
    }

    private void printSummary(PrintWriter o, PreparedData prepared, RunResult r, Optional<Diagnosis> diagnosis,
                              Optional<RunForecast> forecast) {
        o.printf(Locale.ROOT, "%s on %s: %s after %d epochs (%,d parameters, %.1f s)%n",
                r.config().summary(), prepared.name(), r.status().label(), r.history().size(), r.parameterCount(),
                r.wallMillis() / 1000.0);
        if (!r.message().isEmpty()) {
            o.println("  " + r.message());
        }
        o.println("  layers: " + r.config().architecture().layerSummary(TrainingDataFactory.shapeOf(prepared)));
        o.println("  data: " + String.join("; ", prepared.report().lines()));
        o.printf(Locale.ROOT, "  final train loss %.6g, validation loss %.6g; best validation loss %.6g at epoch %d%n",
                r.finalTrainLoss(), r.finalValLoss(), r.bestValLoss(), r.bestEpoch());
        if (Double.isFinite(r.testRmse())) {
            o.printf(Locale.ROOT, "  test RMSE %.6g (original units)%n", r.testRmse());
        }
        forecast.flatMap(f -> f.errors(RunForecast.TEST))
                .ifPresent(e -> o.println("  test forecast: " + e.describe() + " (original units)"));
        // a path of several steps: how the error grows with the step ahead, beside persistence's
        forecast.filter(f -> f.steps() > 1 && !f.stepwise()).ifPresent(f -> {
            for (String part : List.of(RunForecast.VALIDATION, RunForecast.TEST)) {
                String line = StepComparison.describe(f, part);
                if (!line.isEmpty()) {
                    o.println("  " + line);
                }
            }
        });
        diagnosis.ifPresent(d -> o.print("  diagnosis: " + d.describe().replace("\n", "\n  ").stripTrailing() + "\n"));
        o.println("  wrote " + out.resolve("history.csv") + ", " + out.resolve("run.json") + ", " + out.resolve("loss.png")
                + (forecast.isPresent() ? ", " + out.resolve("predictions.csv") + ", " + out.resolve("forecast.png") : "")
                + (saveModel != null ? ", " + saveModel + ", " + ModelExport.transformFile(saveModel) : ""));
        o.flush();
    }

    static void createFolder(Path dir) {
        try {
            Files.createDirectories(dir);
            // find out now, not after a long run, that the results cannot be written
            Files.deleteIfExists(Files.createTempFile(dir, ".write-test", ".tmp"));
        } catch (IOException e) {
            throw new WorkbenchException(dir + ": cannot create the output folder (" + e.getMessage() + ")", e);
        }
    }
}
