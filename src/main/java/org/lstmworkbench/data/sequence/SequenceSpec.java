package org.lstmworkbench.data.sequence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.lstmworkbench.Problem;
import org.lstmworkbench.data.DataException;
import org.lstmworkbench.data.TransformSpec.Scaling;

/**
 * The user's settings for classification data: where the sequences come from, how to read them,
 * how to split them by sequence, how to scale them and how long a batch makes them. Build one with
 * {@link #builder(String)}; {@link SequenceSpecJson} reads and writes it (absent fields take the
 * defaults below). {@link Problem} paths are the JSON names ({@code source}, {@code labelColumn},
 * {@code fixedLength}, ...).
 *
 * @param source {@code demo:NAME} (see {@link SequenceDemos}), a file or a folder
 * @param format the layout, or {@code null} to detect it ({@link SequenceLoader})
 * @param sequenceColumn long format: the sequence-id column, or {@code null} to detect it
 * @param stepColumn long format: the step/order column, or {@code null} to detect it
 * @param labelColumn long format: the label column, or {@code null} to detect it
 * @param groupColumn the group column (long format, or the labels file of a folder), or
 *     {@code null}: with a group column the split keeps every group in one part
 *     ({@link SequenceSplitter#byGroup}), without it the split is stratified by class
 * @param featureColumns long format: the input features; empty (default) means every numeric
 *     column but id, step, label and group
 * @param labelsFile folder format: the labels CSV (relative: looked up in the folder), or
 *     {@code null} for the one file whose name contains {@code label}
 * @param split the train/validation/test fractions, default {@link #DEFAULT_SPLIT} (0.7/0.3/0)
 * @param scaling per-feature scaling fitted on the training sequences, default
 *     {@link Scaling#Z_SCORE}
 * @param fixedLength the length every sequence is cut or padded to, or 0 (default) to pad each
 *     batch to its longest ({@link SequenceLength})
 * @param seed the split's seed, default {@link #DEFAULT_SEED}
 */
public record SequenceSpec(String source, SequenceFormat format, String sequenceColumn, String stepColumn,
                           String labelColumn, String groupColumn, List<String> featureColumns, String labelsFile,
                           PartFractions split, Scaling scaling, int fixedLength, long seed) {

    /** Training 0.7, validation 0.3, no test part. */
    public static final PartFractions DEFAULT_SPLIT = new PartFractions(0.7, 0.3, 0);
    /** The split seed when none is given. */
    public static final long DEFAULT_SEED = 42;

    /** Nulls become the documented defaults; checks live in {@link #validate()}. */
    public SequenceSpec {
        featureColumns = featureColumns == null ? List.of() : List.copyOf(featureColumns);
        split = split == null ? DEFAULT_SPLIT : split;
        scaling = scaling == null ? Scaling.Z_SCORE : scaling;
    }

    @JsonCreator
    static SequenceSpec fromJson(@JsonProperty("source") String source,
                                 @JsonProperty("format") SequenceFormat format,
                                 @JsonProperty("sequenceColumn") String sequenceColumn,
                                 @JsonProperty("stepColumn") String stepColumn,
                                 @JsonProperty("labelColumn") String labelColumn,
                                 @JsonProperty("groupColumn") String groupColumn,
                                 @JsonProperty("featureColumns") List<String> featureColumns,
                                 @JsonProperty("labelsFile") String labelsFile,
                                 @JsonProperty("split") PartFractions split,
                                 @JsonProperty("scaling") Scaling scaling,
                                 @JsonProperty("fixedLength") Integer fixedLength,
                                 @JsonProperty("seed") Long seed) {
        return new SequenceSpec(source, format, sequenceColumn, stepColumn, labelColumn, groupColumn, featureColumns,
                labelsFile, split, scaling, fixedLength == null ? 0 : fixedLength, seed == null ? DEFAULT_SEED : seed);
    }

    /** A builder with every default set, for the given source. */
    public static Builder builder(String source) {
        return new Builder(source);
    }

    /** A builder starting from this spec. */
    public Builder toBuilder() {
        return new Builder(source).format(format).sequenceColumn(sequenceColumn).stepColumn(stepColumn)
                .labelColumn(labelColumn).groupColumn(groupColumn).featureColumns(featureColumns)
                .labelsFile(labelsFile).split(split).scaling(scaling).fixedLength(fixedLength).seed(seed);
    }

    /** Whether the source names a built-in demo. */
    public boolean fromDemo() {
        return SequenceDemos.isDemo(source);
    }

    /** What the loader is told. */
    public SequenceReadOptions readOptions() {
        return new SequenceReadOptions(format, sequenceColumn, stepColumn, labelColumn, groupColumn, featureColumns,
                labelsFile == null ? null : Path.of(labelsFile));
    }

    /** The batch length: variable, or {@link #fixedLength} steps. */
    public SequenceLength length() {
        return fixedLength > 0 ? SequenceLength.fixed(fixedLength) : SequenceLength.VARIABLE;
    }

    /**
     * Problems a user must fix before this spec can be prepared, each a sentence with the JSON name
     * of its field as path; empty when the spec is fit. Problems the data itself has (a label column
     * the file lacks, one class only, ...) are found by {@link #load()} and {@link #prepare()}.
     */
    public List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        if (source == null || source.isBlank()) {
            problems.add(new Problem("source", "no data: give a file, a folder or one of "
                    + String.join(", ", SequenceDemos.sources())));
        } else if (fromDemo()) {
            if (!SequenceDemos.names().contains(source.substring(SequenceDemos.PREFIX.length()))) {
                problems.add(new Problem("source", "unknown classification demo \"" + source + "\"; valid: "
                        + String.join(", ", SequenceDemos.sources())));
            }
            if (groupColumn != null) {
                problems.add(new Problem("groupColumn", "the demo " + source + " has no groups; split it by "
                        + "sequence (no group column)"));
            }
        } else if (!Files.exists(Path.of(source))) {
            problems.add(new Problem("source", source + ": no such file or folder"));
        }
        blank(problems, "sequenceColumn", sequenceColumn);
        blank(problems, "stepColumn", stepColumn);
        blank(problems, "labelColumn", labelColumn);
        blank(problems, "groupColumn", groupColumn);
        blank(problems, "labelsFile", labelsFile);
        if (featureColumns.stream().anyMatch(c -> c == null || c.isBlank())) {
            problems.add(new Problem("featureColumns", "an input column name is blank: " + featureColumns));
        } else if (new HashSet<>(featureColumns).size() != featureColumns.size()) {
            problems.add(new Problem("featureColumns", "input columns repeat a column: " + featureColumns));
        }
        formatProblems(problems);
        if (fixedLength < 0) {
            problems.add(new Problem("fixedLength", "a fixed sequence length must be at least 1 (or 0 for variable), "
                    + "got " + fixedLength));
        }
        return problems;
    }

    /** Options the given format does not read: an error rather than silently ignored. */
    private void formatProblems(List<Problem> problems) {
        if (format == null) {
            return;
        }
        if (format != SequenceFormat.FOLDER && labelsFile != null) {
            problems.add(new Problem("labelsFile", "a labels file belongs to the folder format, not " + format.id()));
        }
        if (format != SequenceFormat.LONG) {
            List<String> given = new ArrayList<>();
            if (sequenceColumn != null) {
                given.add("sequenceColumn");
            }
            if (stepColumn != null) {
                given.add("stepColumn");
            }
            if (labelColumn != null) {
                given.add("labelColumn");
            }
            if (!featureColumns.isEmpty()) {
                given.add("featureColumns");
            }
            for (String field : given) {
                problems.add(new Problem(field, field + " belongs to the long format (one row per time step), not "
                        + format.id()));
            }
        }
        if (format == SequenceFormat.WIDE && groupColumn != null) {
            problems.add(new Problem("groupColumn", "the wide format has no group column; split it by sequence"));
        }
    }

    private static void blank(List<Problem> problems, String path, String value) {
        if (value != null && value.isBlank()) {
            problems.add(new Problem(path, path + " is blank: name it or leave it unset"));
        }
    }

    /**
     * The raw (unscaled, unsplit) dataset.
     *
     * @throws DataException when {@link #validate()} finds a problem (its messages) or the data has
     *     one (naming file, row and column)
     */
    public SequenceDataset load() {
        List<Problem> problems = validate();
        if (!problems.isEmpty()) {
            throw new DataException(problems.stream().map(Problem::message).collect(Collectors.joining("; ")));
        }
        return SequenceLoader.load(source, readOptions());
    }

    /** The split of {@code raw}: by group with a group column, else stratified by class; seeded. */
    public SequenceSplit split(SequenceDataset raw) {
        return groupColumn != null ? SequenceSplitter.byGroup(raw, split, seed)
                : SequenceSplitter.stratified(raw, split, seed);
    }

    /** Loads, splits and scales: the data a classification run trains on. */
    public PreparedSequences prepare() {
        return prepare(load());
    }

    /** Splits and scales an already loaded dataset (a form that showed it need not read it again). */
    public PreparedSequences prepare(SequenceDataset raw) {
        return PreparedSequences.prepare(raw, split(raw), scaling, length());
    }

    /** Builds a {@link SequenceSpec}; every setting starts at the record's documented default. */
    public static final class Builder {
        private final String source;
        private SequenceFormat format;
        private String sequenceColumn;
        private String stepColumn;
        private String labelColumn;
        private String groupColumn;
        private List<String> featureColumns = List.of();
        private String labelsFile;
        private PartFractions split = DEFAULT_SPLIT;
        private Scaling scaling = Scaling.Z_SCORE;
        private int fixedLength;
        private long seed = DEFAULT_SEED;

        private Builder(String source) {
            this.source = source;
        }

        /** Default {@code null}: detected. */
        public Builder format(SequenceFormat value) {
            this.format = value;
            return this;
        }

        public Builder sequenceColumn(String column) {
            this.sequenceColumn = column;
            return this;
        }

        public Builder stepColumn(String column) {
            this.stepColumn = column;
            return this;
        }

        public Builder labelColumn(String column) {
            this.labelColumn = column;
            return this;
        }

        /** Default {@code null}: a stratified split. */
        public Builder groupColumn(String column) {
            this.groupColumn = column;
            return this;
        }

        /** Default empty: every numeric column. */
        public Builder featureColumns(List<String> columns) {
            this.featureColumns = columns;
            return this;
        }

        public Builder labelsFile(String file) {
            this.labelsFile = file;
            return this;
        }

        /** Default 0.7/0.3/0. */
        public Builder split(PartFractions value) {
            this.split = value;
            return this;
        }

        /** Default z-score. */
        public Builder scaling(Scaling value) {
            this.scaling = value;
            return this;
        }

        /** Default 0: variable length. */
        public Builder fixedLength(int value) {
            this.fixedLength = value;
            return this;
        }

        /** Default {@link SequenceSpec#DEFAULT_SEED}. */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        public SequenceSpec build() {
            return new SequenceSpec(source, format, sequenceColumn, stepColumn, labelColumn, groupColumn,
                    featureColumns, labelsFile, split, scaling, fixedLength, seed);
        }
    }
}
