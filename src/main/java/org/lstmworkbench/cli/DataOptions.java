package org.lstmworkbench.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.data.FrameShape;
import org.lstmworkbench.data.MissingPolicy;
import org.lstmworkbench.data.ScalingNames;
import org.lstmworkbench.data.SplitSpec;
import org.lstmworkbench.data.TransformSpec;
import picocli.CommandLine.Option;

/**
 * Data options shared by commands that train. Options left out keep the dataset's defaults:
 * a demo's recommended settings, or for a CSV file the last numeric column, lags 1, min-max
 * scaling to [0, 1] and a chronological 0.7/0.15/0.15 split.
 */
final class DataOptions {

    @Option(names = "--data", required = true, paramLabel = "demo:NAME|FILE",
            description = "a CSV file or a demo: demo:seed-sequence, demo:sine, demo:seasonal")
    String data;

    @Option(names = "--column", paramLabel = "NAME", description = "target column (default: the last numeric column)")
    String column;

    @Option(names = "--inputs", split = ",", paramLabel = "NAME", description = "input columns (default: the target's own past)")
    List<String> inputs;

    @Option(names = "--missing", paramLabel = "POLICY",
            description = "missing values: error (default), drop, ffill, interpolate")
    String missing;

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

    @Option(names = "--log", description = "take logs first (values must be positive)")
    boolean log;

    @Option(names = "--box-cox", arity = "0..1", fallbackValue = "fit", paramLabel = "LAMBDA",
            description = "Box-Cox transform; without LAMBDA it is fitted by maximum likelihood on the training part")
    String boxCox;

    @Option(names = "--split", split = ",", paramLabel = "F",
            description = "chronological train,validation,test fractions, e.g. 0.7,0.15,0.15")
    List<Double> split;

    /** The dataset settings these options describe; a problem is a user error naming its option ({@code --lags: ...}). */
    DatasetSpec toSpec() {
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
        if (log) {
            t = t.withLog();
        }
        if (boxCox != null) {
            t = t.withBoxCox("fit".equals(boxCox) ? null : number("--box-cox", boxCox));
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
