package org.lstmworkbench.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.data.EdgeGaps;
import org.lstmworkbench.data.Encoding;
import org.lstmworkbench.data.FrameShape;
import org.lstmworkbench.data.MissingPolicy;
import org.lstmworkbench.data.ScalingNames;
import org.lstmworkbench.data.SplitSpec;
import org.lstmworkbench.data.TransformSpec;
import picocli.CommandLine.Option;

/**
 * Data options shared by commands that train. Options left out keep the dataset's defaults:
 * a demo's recommended settings, or for a CSV file the last numeric column, lags 1, min-max
 * scaling to [0, 1] and a chronological 0.7/0.15/0.15 split. With {@code --task classification}
 * the data are labelled sequences ({@link SequenceOptions#toSpec}): the format is detected when
 * not given, the split is stratified 0.7/0.3/0 (or by {@code --group-column}) and the scaling is
 * z-score per feature; an option of the other task is an error.
 */
final class DataOptions {

    @Option(names = "--task", paramLabel = "TASK", description = "regression (default: forecast a series) or "
            + "classification (label sequences)")
    String task;

    @Option(names = "--data", required = true, paramLabel = "demo:NAME|FILE|DIR",
            description = "a CSV file or a demo: demo:seed-sequence (Brownlee ch. 12's 0.0..0.9 toy), demo:sine, "
                    + "demo:seasonal; for classification "
                    + "a long or wide (UCR) file, a folder of sequence files, or demo:control-charts, demo:rising-falling")
    String data;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "classification: long (a row per time step), wide (a row per sequence, UCR) or folder; "
                    + "detected when left out")
    String format;

    @Option(names = "--sequence-column", paramLabel = "NAME", description = "classification, long format: the sequence-id column")
    String sequenceColumn;

    @Option(names = "--step-column", paramLabel = "NAME", description = "classification, long format: the time-step column")
    String stepColumn;

    @Option(names = "--label-column", paramLabel = "NAME", description = "classification, long format: the label column")
    String labelColumn;

    @Option(names = "--labels", paramLabel = "FILE", description = "classification, folder format: the labels CSV")
    String labels;

    @Option(names = "--group-column", paramLabel = "NAME",
            description = "classification: split by this column's groups (a subject never straddles two parts)")
    String groupColumn;

    @Option(names = "--fixed-length", paramLabel = "T",
            description = "classification: cut or pad every sequence to T steps (default: pad each batch to its longest)")
    Integer fixedLength;

    @Option(names = "--split-seed", paramLabel = "N", description = "classification: seed of the stratified or group split (default 42)")
    Long splitSeed;

    @Option(names = "--column", paramLabel = "NAME", description = "target column (default: the last numeric column)")
    String column;

    @Option(names = "--inputs", split = ",", paramLabel = "NAME",
            description = "input columns (default: the target's own past; classification: every numeric column)")
    List<String> inputs;

    @Option(names = "--missing", paramLabel = "POLICY",
            description = "missing values: error (default), drop, ffill, interpolate")
    String missing;

    @Option(names = "--edge-gaps", paramLabel = "HOW",
            description = "with ffill or interpolate, gaps before a column's first value (and, interpolating, after "
                    + "its last): fill (default: take the nearest value) or trim (drop those rows)")
    String edgeGaps;

    @Option(names = "--encode", split = ",", paramLabel = "COLUMN=MODE",
            description = "encoding of a text input column: onehot (default) or integer, e.g. cbwd=integer; "
                    + "repeatable or a comma list")
    List<String> encode;

    @Option(names = "--lags", paramLabel = "N", description = "input sequence length in time steps")
    Integer lags;

    @Option(names = "--horizon", paramLabel = "H", description = "values to forecast per sample")
    Integer horizon;

    @Option(names = "--shape", paramLabel = "SHAPE",
            description = "many-to-one (default), one-to-one, one-to-many, many-to-many")
    String shape;

    @Option(names = "--scale", paramLabel = "KIND", description = "none, minmax ([0,1]), minmax-symmetric ([-1,1]), standard (z-score)")
    String scale;

    @Option(names = "--difference", paramLabel = "D", description = "difference the series D times (0-2)")
    Integer difference;

    @Option(names = "--seasonal-difference", paramLabel = "M", description = "seasonal difference with period M")
    Integer seasonalDifference;

    @Option(names = "--log", description = "take logs first (values must be positive; see --shift and --log1p)")
    boolean log;

    @Option(names = "--log1p", description = "take log(1 + x) first: for series holding 0 (counts such as sunspots)")
    boolean log1p;

    @Option(names = "--shift", paramLabel = "C", description = "add C before --log, --log1p or --box-cox: log(x + C)")
    Double shift;

    @Option(names = "--box-cox", arity = "0..1", fallbackValue = "fit", paramLabel = "LAMBDA",
            description = "Box-Cox transform; without LAMBDA it is fitted by maximum likelihood on the training part")
    String boxCox;

    @Option(names = "--split", split = ",", paramLabel = "F",
            description = "train,validation,test fractions, e.g. 0.7,0.15,0.15 (chronological; classification: "
                    + "by sequence, stratified, default 0.7,0.3,0)")
    List<Double> split;

    /** Whether {@code --task} asks for classification (a bad task name is a user error). */
    boolean classification() {
        if (task == null) {
            return false;
        }
        return switch (task.trim().toLowerCase(Locale.ROOT)) {
            case "regression" -> false;
            case "classification" -> true;
            default -> throw new WorkbenchException("--task must be regression or classification, not \"" + task + "\"");
        };
    }

    /**
     * The dataset settings these options describe; a problem is a user error naming its option ({@code --lags: ...}).
     * A classification option given here is an error too.
     */
    DatasetSpec toSpec() {
        SequenceOptions.refuse("regression", SequenceOptions.sequenceOnly(this));
        DatasetSpec base = data.startsWith(DemoDatasets.PREFIX)
                ? DemoDatasets.recommendedSpec(data)
                : DatasetSpec.builder(Path.of(data).toString())
                        .transform(TransformSpec.scaled(TransformSpec.Scaling.MIN_MAX)).build();
        DatasetSpec.Builder b = base.toBuilder();
        if (column != null) {
            b.targetColumn(column);
        }
        if (inputs != null) {
            b.inputColumns(inputs);
        }
        if (missing != null) {
            b.missingPolicy(missingPolicy(missing));
        }
        if (edgeGaps != null) {
            b.edgeGaps(edgeGaps(edgeGaps));
        }
        if (encode != null) {
            b.encodings(encodings(encode, inputs == null ? List.of() : inputs));
        }
        if (lags != null) {
            b.lags(lags);
        }
        if (horizon != null) {
            b.horizon(horizon);
        }
        if (shape != null) {
            b.shape(frameShape(shape));
        }
        b.transform(transform(base.transform()));
        if (split != null) {
            if (split.size() < 2 || split.size() > 3) {
                throw new WorkbenchException("--split takes 2 or 3 fractions (train,validation[,test]), got " + split.size());
            }
            b.split(new SplitSpec.Chronological(split.get(0), split.get(1), split.size() == 3 ? split.get(2) : 0.0));
        }
        DatasetSpec spec = b.build();
        OptionNames.requireNoDataProblems(spec.validate());
        return spec;
    }

    private TransformSpec transform(TransformSpec t) {
        if (scale != null) {
            t = t.withScaling(scaling(scale));
        }
        if (difference != null) {
            t = t.withDifference(difference);
        }
        if (seasonalDifference != null) {
            t = t.withSeasonalDifference(seasonalDifference);
        }
        if (log && log1p) {
            throw new WorkbenchException("--log and --log1p exclude each other: choose one");
        }
        if ((log || log1p) && boxCox != null) {
            throw new WorkbenchException((log ? "--log" : "--log1p") + " and --box-cox exclude each other (Box-Cox "
                    + "replaces the log; its lambda 0 is the log): choose one");
        }
        if (log) {
            t = t.withLog();
        }
        if (log1p) {
            t = t.withLog1p();
        }
        if (boxCox != null) {
            t = t.withBoxCox("fit".equals(boxCox) ? null : number("--box-cox", boxCox));
        }
        if (shift != null) {
            if (t.power() == TransformSpec.Power.NONE) {
                throw new WorkbenchException("--shift applies before --log, --log1p or --box-cox: give one of them");
            }
            t = t.withShift(shift);
        }
        return t;
    }

    private static TransformSpec.Scaling scaling(String s) {
        return ScalingNames.parse(s).orElseThrow(() -> new WorkbenchException(
                "--scale must be " + ScalingNames.CHOICES + ", not \"" + s + "\""));
    }

    private static MissingPolicy missingPolicy(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "error" -> MissingPolicy.ERROR;
            case "drop" -> MissingPolicy.DROP_ROWS;
            case "ffill", "forward-fill" -> MissingPolicy.FORWARD_FILL;
            case "interpolate" -> MissingPolicy.INTERPOLATE;
            default -> throw new WorkbenchException("--missing must be error, drop, ffill or interpolate, not \"" + s + "\"");
        };
    }

    private static EdgeGaps edgeGaps(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "fill" -> EdgeGaps.FILL;
            case "trim" -> EdgeGaps.TRIM;
            default -> throw new WorkbenchException("--edge-gaps must be fill or trim, not \"" + s + "\"");
        };
    }

    /** {@code COLUMN=MODE} items to encodings; the column must be one of {@code --inputs}. */
    static Map<String, Encoding> encodings(List<String> items, List<String> inputs) {
        Map<String, Encoding> result = new LinkedHashMap<>();
        for (String item : items) {
            int eq = item.indexOf('=');
            String column = eq < 0 ? item.trim() : item.substring(0, eq).trim();
            String mode = eq < 0 ? "" : item.substring(eq + 1).trim().toLowerCase(Locale.ROOT);
            if (eq < 0 || column.isEmpty()) {
                throw new WorkbenchException("--encode takes COLUMN=onehot or COLUMN=integer, not \"" + item + "\"");
            }
            if (!inputs.contains(column)) {
                throw new WorkbenchException("--encode " + item + ": column \"" + column + "\" is not one of --inputs "
                        + (inputs.isEmpty() ? "(none given)" : String.join(",", inputs)));
            }
            result.put(column, switch (mode) {
                case "onehot", "one-hot" -> Encoding.ONE_HOT;
                case "integer" -> Encoding.INTEGER;
                default -> throw new WorkbenchException("--encode " + item + ": mode \"" + mode
                        + "\" is not onehot or integer");
            });
        }
        return result;
    }

    private static FrameShape frameShape(String s) {
        try {
            return FrameShape.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new WorkbenchException("--shape must be many-to-one, one-to-one, one-to-many or many-to-many, not \"" + s + "\"");
        }
    }

    private static double number(String option, String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new WorkbenchException(option + " takes a number, not \"" + s + "\"");
        }
    }
}
