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
import java.util.List;
import java.util.concurrent.Callable;
import org.lstmworkbench.WorkbenchException;
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
 * {@code diagnose [--json] FILE...}: labels learning curves saved by Keras ({@code CSVLogger},
 * {@code history.history} as JSON or as Python prints it) or by {@code train} ({@code history.csv};
 * a {@code run.json} beside it supplies the run's naive baseline, dropout and divergence, so the
 * verdict is the one {@code train} printed). Every file is read before anything is printed: a bad file gives one
 * line on stderr and exit status 2, with no partial output.
 */
@Command(name = "diagnose", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Label learning curves from Keras logs or history.csv files.",
        description = {"Label learning curves (underfit, good fit, overfit, not learning, diverged, data mismatch)",
                "with the evidence and a next step. Reads Keras CSVLogger files, Keras history JSON",
                "(or the printed dict) and this tool's history.csv."},
        footer = {"", "Examples:", "  diagnose runs/good-fit/history.csv", "  diagnose --json training.log history.json"})
final class DiagnoseCommand implements Callable<Integer> {

    @Option(names = "--json", description = "print a JSON array, one object per file")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "curve files (.csv, .log, .json, .txt)")
    List<Path> files;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CurveDiagnoser diagnoser = new CurveDiagnoser();
        List<Diagnosis> results = new ArrayList<>();
        for (Path file : files) {
            results.add(diagnoser.diagnose(inputOf(file)));
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
                        input.naiveBaselineVal(), input.regularised(), input.expectedInitialLoss());
            }
        }
        return input;
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
