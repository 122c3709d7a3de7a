package org.lstmworkbench.cli;

import java.util.ArrayList;
import java.util.List;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.ScalingNames;
import org.lstmworkbench.data.sequence.PartFractions;
import org.lstmworkbench.data.sequence.SequenceFormat;
import org.lstmworkbench.data.sequence.SequenceSpec;

/**
 * The classification side of {@link DataOptions}: the options turned into a {@link SequenceSpec},
 * and the options of one task refused under the other, so a typed option is never silently
 * ignored.
 */
final class SequenceOptions {

    private SequenceOptions() {
    }

    /**
     * The classification data settings the options describe; a problem is a user error naming its
     * option ({@code --label-column: ...}).
     */
    static SequenceSpec toSpec(DataOptions o) {
        refuse("classification", regressionOnly(o));
        SequenceSpec.Builder b = SequenceSpec.builder(o.data);
        if (o.format != null) {
            b.format(SequenceFormat.parse(o.format).orElseThrow(() -> new WorkbenchException(
                    "--format must be " + SequenceFormat.CHOICES + ", not \"" + o.format + "\"")));
        }
        b.sequenceColumn(o.sequenceColumn).stepColumn(o.stepColumn).labelColumn(o.labelColumn)
                .groupColumn(o.groupColumn).labelsFile(o.labels);
        if (o.inputs != null) {
            b.featureColumns(o.inputs);
        }
        if (o.split != null) {
            if (o.split.size() < 2 || o.split.size() > 3) {
                throw new WorkbenchException("--split takes 2 or 3 fractions (train,validation[,test]), got "
                        + o.split.size());
            }
            b.split(new PartFractions(o.split.get(0), o.split.get(1), o.split.size() == 3 ? o.split.get(2) : 0.0));
        }
        if (o.scale != null) {
            b.scaling(ScalingNames.parse(o.scale).orElseThrow(() -> new WorkbenchException(
                    "--scale must be " + ScalingNames.CHOICES + ", not \"" + o.scale + "\"")));
        }
        if (o.fixedLength != null) {
            b.fixedLength(o.fixedLength);
        }
        if (o.splitSeed != null) {
            b.seed(o.splitSeed);
        }
        SequenceSpec spec = b.build();
        OptionNames.requireNoSequenceProblems(spec.validate());
        return spec;
    }

    /** The classification-only options given. */
    static List<String> sequenceOnly(DataOptions o) {
        List<String> given = new ArrayList<>();
        add(given, "--format", o.format);
        add(given, "--sequence-column", o.sequenceColumn);
        add(given, "--step-column", o.stepColumn);
        add(given, "--label-column", o.labelColumn);
        add(given, "--labels", o.labels);
        add(given, "--group-column", o.groupColumn);
        add(given, "--fixed-length", o.fixedLength);
        add(given, "--split-seed", o.splitSeed);
        return given;
    }

    /** The regression-only options given. */
    static List<String> regressionOnly(DataOptions o) {
        List<String> given = new ArrayList<>();
        add(given, "--column", o.column);
        add(given, "--missing", o.missing);
        add(given, "--lags", o.lags);
        add(given, "--horizon", o.horizon);
        add(given, "--shape", o.shape);
        add(given, "--difference", o.difference);
        add(given, "--seasonal-difference", o.seasonalDifference);
        add(given, "--log", o.log ? Boolean.TRUE : null);
        add(given, "--box-cox", o.boxCox);
        add(given, "--log1p", o.log1p ? Boolean.TRUE : null);
        add(given, "--shift", o.shift);
        add(given, "--edge-gaps", o.edgeGaps);
        add(given, "--encode", o.encode);
        return given;
    }

    /** A user error when options of the other task were given. */
    static void refuse(String task, List<String> options) {
        if (!options.isEmpty()) {
            throw new WorkbenchException(String.join(", ", options) + (options.size() == 1 ? " is" : " are")
                    + " not an option of " + task + (task.equals("regression")
                    ? " (add --task classification to classify sequences)" : " (it applies to --task regression)"));
        }
    }

    private static void add(List<String> given, String option, Object value) {
        if (value != null) {
            given.add(option);
        }
    }
}
