package org.lstmworkbench.cli;

import static java.util.Map.entry;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.lstmworkbench.Problem;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.model.ModelConfigJson;

/**
 * The one table from the fields that problems name to the options that set them, so a bad value
 * is reported under the option the user typed: {@code --units: cells in layer 1 must be at least 1,
 * was 0}. Model fields are looked up by their flat name ({@link ModelConfigJson#flatName}); a model
 * field no option sets came from the {@code --config} file.
 */
final class OptionNames {

    private static final Map<String, String> MODEL = Map.ofEntries(
            entry("architecture", "--architecture"),
            entry("units", "--units"),
            entry("conv", "--filters"),
            entry("filters", "--filters"),
            entry("kernelSize", "--kernel-size"),
            entry("pool", "--pool"),
            entry("subsequences", "--subsequences"),
            entry("decoderUnits", "--decoder-units"),
            // an architecture's problems with the data's shape (an encoder-decoder on one step)
            entry("horizon", "--horizon"),
            entry("shape", "--shape"),
            entry("bidirectional", "--bidirectional"),
            entry("epochs", "--epochs"),
            entry("batchSize", "--batch-size"),
            entry("optimizer", "--optimizer"),
            entry("learningRate", "--learning-rate"),
            entry("dropout", "--dropout"),
            entry("layerDropout", "--dropout"),
            entry("activation", "--activation"),
            entry("layerActivations", "--activation"),
            entry("recurrentDrop", "--recurrent-drop"),
            entry("weightInit", "--init"),
            entry("recurrentInit", "--recurrent-init"),
            entry("l1", "--l1"),
            entry("l2", "--l2"),
            entry("earlyStopping.patience", "--patience"),
            entry("earlyStopping.minDelta", "--min-delta"),
            entry("earlyStopping.monitor", "--monitor"),
            entry("seed", "--seed"));

    private static final Map<String, String> DATA = Map.ofEntries(
            entry("source", "--data"),
            entry("targetColumn", "--column"),
            entry("inputColumns", "--inputs"),
            entry("lags", "--lags"),
            entry("horizon", "--horizon"));

    private static final Map<String, String> SEQUENCE = Map.ofEntries(
            entry("source", "--data"),
            entry("format", "--format"),
            entry("sequenceColumn", "--sequence-column"),
            entry("stepColumn", "--step-column"),
            entry("labelColumn", "--label-column"),
            entry("groupColumn", "--group-column"),
            entry("featureColumns", "--inputs"),
            entry("labelsFile", "--labels"),
            entry("fixedLength", "--fixed-length"));

    private OptionNames() {
    }

    /** The option that sets the model field a problem is about ({@code --config} for the rest), or null for the whole. */
    static String modelOption(Problem p) {
        if (p.path().isEmpty()) {
            return null;
        }
        return MODEL.getOrDefault(ModelConfigJson.flatName(p.path()), "--config");
    }

    /** The option that sets the data field a problem is about, or null when none does. */
    static String dataOption(Problem p) {
        return DATA.get(p.field());
    }

    /** Throws one user error naming the model option of every problem, if there are any. */
    static void requireNoModelProblems(List<Problem> problems) {
        require(problems.stream().map(p -> named(modelOption(p), p)).toList());
    }

    /**
     * As {@link #requireNoModelProblems(List)}, naming where each bad value came from: the option
     * when the user typed it ({@code given}), else {@code --config} when a configuration file set it.
     */
    static void requireNoModelProblems(List<Problem> problems, Set<String> given, Path config) {
        require(problems.stream().map(p -> {
            String option = modelOption(p);
            if (config != null && option != null && !given.contains(option)) {
                option = "--config";
            }
            return named(option, p);
        }).toList());
    }

    /** Throws one user error naming the data option of every problem, if there are any. */
    static void requireNoDataProblems(List<Problem> problems) {
        require(problems.stream().map(p -> named(dataOption(p), p)).toList());
    }

    /** Throws one user error naming the classification data option of every problem, if there are any. */
    static void requireNoSequenceProblems(List<Problem> problems) {
        require(problems.stream().map(p -> named(SEQUENCE.get(p.field()), p)).toList());
    }

    private static String named(String option, Problem p) {
        return option == null ? p.message() : option + ": " + p.message();
    }

    private static void require(List<String> messages) {
        if (!messages.isEmpty()) {
            throw new WorkbenchException(String.join("; ", messages));
        }
    }

    /** Refuses an empty or blank {@code --out}: it would write into the current folder unasked. */
    static void requireFolderName(Path out) {
        if (out != null && out.toString().isBlank()) {
            throw new WorkbenchException("--out: the output folder name is empty; give a folder to write into");
        }
    }
}
