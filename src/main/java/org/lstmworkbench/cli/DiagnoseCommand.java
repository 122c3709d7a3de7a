package org.lstmworkbench.cli;

import org.lstmworkbench.experiment.RunDiagnostics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.diagnosis.AccuracyCurves;
import org.lstmworkbench.diagnosis.CurveDiagnoser;
import org.lstmworkbench.diagnosis.CurveInput;
import org.lstmworkbench.diagnosis.CurveReaders;
import org.lstmworkbench.diagnosis.Diagnosis;
import org.lstmworkbench.diagnosis.DiagnosisJson;
import org.lstmworkbench.diagnosis.LossCurve;
import org.lstmworkbench.training.RunStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code diagnose [--json] [--classes K] FILE...}: labels learning curves saved by Keras
 * ({@code CSVLogger}, {@code history.history} as JSON or as Python prints it) or by {@code train}
 * ({@code history.csv}; a {@code run.json} beside it supplies the run's naive baseline, dropout,
 * classes and divergence, so the verdict is the one {@code train} printed). Accuracy curves in
 * the file ({@code accuracy}/{@code val_accuracy}, TF1's {@code acc}/{@code val_acc}, our
 * {@code train_accuracy}) are judged with the losses; {@code --classes} adds the chance levels
 * (loss ln K, accuracy 1/K), which a Keras history does not record. Every file is read before anything is printed: a bad file gives one
 * line on stderr and exit status 2, with no partial output.
 */
@Command(name = "diagnose", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Label learning curves from Keras logs or history.csv files.",
        description = {"Label learning curves (underfit, good fit, overfit, not learning, diverged, data mismatch)",
                "with the evidence and a next step. Reads Keras CSVLogger files, Keras history JSON",
                "(or the printed dict) and this tool's history.csv; accuracy curves in them are judged too."},
        footer = {"", "Examples:", "  diagnose runs/good-fit/history.csv", "  diagnose --json training.log history.json",
                "  diagnose --classes 6 har-history.json"})
final class DiagnoseCommand implements Callable<Integer> {

    @Option(names = "--json", description = "print a JSON array, one object per file")
    boolean json;

    @Option(names = "--classes", paramLabel = "K", description = "number of classes of a classifier's curves "
            + "(>= 2): enables the chance-level checks (loss ln K, accuracy 1/K)")
    Integer classes;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "curve files (.csv, .log, .json, .txt)")
    List<Path> files;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (classes != null && classes < 2) {
            throw new WorkbenchException("--classes must be at least 2, got " + classes);
        }
        CurveDiagnoser diagnoser = new CurveDiagnoser();
        List<CurveInput> inputs = new ArrayList<>();
        List<Diagnosis> results = new ArrayList<>();
        for (Path file : files) {
            CurveInput input = withClasses(inputOf(file), classes);
            inputs.add(input);
            results.add(diagnoser.diagnose(input));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ArrayNode array = new ObjectMapper().createArrayNode();
            for (int i = 0; i < files.size(); i++) {
                array.add(DiagnosisJson.toJson(files.get(i).toString(), results.get(i)));
            }
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(array));
        } else {
            for (int i = 0; i < files.size(); i++) {
                if (i > 0) {
                    out.println();
                }
                out.print(files.get(i) + ": " + results.get(i).describe());
                accuracyLine(inputs.get(i)).ifPresent(out::println);
            }
        }
        out.flush();
        return 0;
    }

    /** The file's curves, with the run's options when it is our history.csv with its run.json beside it. */
    static CurveInput inputOf(Path file) {
        LossCurve curve = CurveReaders.read(file);
        CurveInput input = curve.toCurveInput();
        Path runJson = file.toAbsolutePath().resolveSibling("run.json");
        if (file.getFileName().toString().equals("history.csv") && Files.isRegularFile(runJson)) {
            JsonNode run = readRunJson(runJson);
            JsonNode options = run.path("diagnosisInput");
            if (options.isObject()) {
                input = DiagnosisJson.applyInput(input, options);
            }
            if (run.path("status").asText().equals(RunStatus.DIVERGED.label())) {
                // history.csv keeps the finite epochs only; the run itself ended on a NaN/Inf loss
                input = new CurveInput(RunDiagnostics.appendNaN(input.train()),
                        input.hasValidation() ? RunDiagnostics.appendNaN(input.val()) : null,
                        input.naiveBaselineVal(), input.regularised(), input.expectedInitialLoss(),
                        input.accuracy().map(DiagnoseCommand::appendNaN), input.meanBaselineVal());
            }
        }
        return input;
    }

    /** {@code input} with the number of classes from the command line, if given (it wins over run.json). */
    static CurveInput withClasses(CurveInput input, Integer classes) {
        if (classes == null) {
            return input;
        }
        AccuracyCurves acc = input.accuracy().orElse(AccuracyCurves.of(null, null));
        return input.withAccuracy(acc.withClasses(classes));
    }

    /** One line naming the accuracy curves that were judged, e.g. {@code accuracy: training 0.50 -> 0.97, ...}. */
    static Optional<String> accuracyLine(CurveInput input) {
        if (input.accuracy().isEmpty()) {
            return Optional.empty();
        }
        AccuracyCurves acc = input.accuracy().get();
        List<String> parts = new ArrayList<>();
        describeCurve("training", acc.train()).ifPresent(parts::add);
        describeCurve("validation", acc.val()).ifPresent(parts::add);
        if (parts.isEmpty()) {
            parts.add("not recorded");
        }
        acc.chanceAccuracy().ifPresent(c -> parts.add(String.format(Locale.ROOT, "chance %.2f", c)));
        acc.chanceLoss().ifPresent(l -> parts.add(String.format(Locale.ROOT, "chance loss ln %d = %.4g",
                acc.classes().getAsInt(), l)));
        return Optional.of("accuracy: " + String.join(", ", parts));
    }

    private static Optional<String> describeCurve(String which, double[] curve) {
        if (curve == null || curve.length == 0) {
            return Optional.empty();
        }
        double best = Arrays.stream(curve).filter(v -> !Double.isNaN(v)).max().orElse(Double.NaN);
        return Optional.of(String.format(Locale.ROOT, "%s %.4f -> %.4f (best %.4f)", which, curve[0],
                curve[curve.length - 1], best));
    }

    /** The accuracy curves with one NaN epoch appended, matching losses that end on a NaN. */
    private static AccuracyCurves appendNaN(AccuracyCurves acc) {
        return new AccuracyCurves(acc.train() == null ? null : RunDiagnostics.appendNaN(acc.train()),
                acc.val() == null ? null : RunDiagnostics.appendNaN(acc.val()), acc.classes(), acc.majorityShare());
    }

    private static JsonNode readRunJson(Path runJson) {
        try {
            return new ObjectMapper().readTree(runJson.toFile());
        } catch (IOException e) {
            throw new WorkbenchException(runJson + ": cannot read the run summary beside history.csv ("
                    + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
    }
}
