package org.lstmworkbench.data;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lstmworkbench.Problem;

/**
 * Everything needed to turn a source into framed train/validation/test samples. Build one
 * with {@link #builder(String)}; Jackson reads and writes it as it is (absent fields take
 * the defaults below).
 *
 * @param source {@code demo:NAME} (see {@link DemoDatasets}) or a CSV file path
 * @param targetColumn the column to forecast; {@code null} means the last numeric column
 * @param inputColumns input features; empty (default) means the target's own past
 * @param missingPolicy gaps handling; default {@link MissingPolicy#ERROR}
 * @param transform transforms; default {@link TransformSpec#none()}
 * @param lags input sequence length (timesteps); default 1
 * @param horizon values forecast per sample; default 1
 * @param shape framing shape; default {@link FrameShape#MANY_TO_ONE}
 * @param split how samples are divided; default {@link SplitSpec#DEFAULT} (chronological
 *     0.7/0.15/0.15; demos recommend their own, see {@link DemoDatasets#recommendedSpec})
 * @param edgeGaps leading (and, for interpolation, trailing) gaps under forward-fill or
 *     interpolation; default {@link EdgeGaps#FILL} (files written before this field had no such
 *     gaps, since they were refused, so they prepare as before)
 * @param encodings encoding of text input columns by name; a text input not named is one-hot;
 *     default empty
 */
public record DatasetSpec(String source, String targetColumn, List<String> inputColumns,
                          MissingPolicy missingPolicy, TransformSpec transform, int lags, int horizon,
                          FrameShape shape, SplitSpec split, EdgeGaps edgeGaps, Map<String, Encoding> encodings) {

    /** A spec with the default edge-gap handling and one-hot text inputs. */
    public DatasetSpec(String source, String targetColumn, List<String> inputColumns, MissingPolicy missingPolicy,
                       TransformSpec transform, int lags, int horizon, FrameShape shape, SplitSpec split) {
        this(source, targetColumn, inputColumns, missingPolicy, transform, lags, horizon, shape, split, null, null);
    }

    /** Nulls become the documented defaults; range checks live in {@link #validate()}. */
    public DatasetSpec {
        edgeGaps = edgeGaps == null ? EdgeGaps.FILL : edgeGaps;
        // insertion order kept, so files list the encodings as they were given
        encodings = encodings == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(encodings));
        inputColumns = inputColumns == null ? List.of() : List.copyOf(inputColumns);
        missingPolicy = missingPolicy == null ? MissingPolicy.ERROR : missingPolicy;
        transform = transform == null ? TransformSpec.none() : transform;
        shape = shape == null ? FrameShape.MANY_TO_ONE : shape;
        split = split == null ? SplitSpec.DEFAULT : split;
    }

    @JsonCreator
    static DatasetSpec fromJson(@JsonProperty("source") String source,
                                @JsonProperty("targetColumn") String targetColumn,
                                @JsonProperty("inputColumns") List<String> inputColumns,
                                @JsonProperty("missingPolicy") MissingPolicy missingPolicy,
                                @JsonProperty("transform") TransformSpec transform,
                                @JsonProperty("lags") Integer lags,
                                @JsonProperty("horizon") Integer horizon,
                                @JsonProperty("shape") FrameShape shape,
                                @JsonProperty("split") SplitSpec split,
                                @JsonProperty("edgeGaps") EdgeGaps edgeGaps,
                                @JsonProperty("encodings") Map<String, Encoding> encodings) {
        return new DatasetSpec(source, targetColumn, inputColumns, missingPolicy, transform,
                lags == null ? 1 : lags, horizon == null ? 1 : horizon, shape, split, edgeGaps, encodings);
    }

    /** A builder with every default set, for the given source. */
    public static Builder builder(String source) {
        return new Builder(source);
    }

    /** A builder starting from this spec. */
    public Builder toBuilder() {
        return new Builder(source).targetColumn(targetColumn).inputColumns(inputColumns)
                .missingPolicy(missingPolicy).transform(transform).lags(lags).horizon(horizon)
                .shape(shape).split(split).edgeGaps(edgeGaps).encodings(encodings);
    }

    /** How text input {@code column} is encoded: as named in {@link #encodings()}, else one-hot. */
    public Encoding encodingOf(String column) {
        return encodings.getOrDefault(column, Encoding.ONE_HOT);
    }

    /** Whether the source names a built-in demo dataset. */
    public boolean fromDemo() {
        return source != null && source.startsWith(DemoDatasets.PREFIX);
    }

    /**
     * Problems a user must fix before this spec can be prepared, each a sentence with the path of
     * its field ({@code lags}, {@code horizon}, {@code source}, ...); empty when
     * the spec is fit. (Split fractions and transform parameters are already checked when
     * their records are built.)
     */
    public List<Problem> validate() {
        List<Problem> problems = new ArrayList<>();
        if (source == null || source.isBlank()) {
            problems.add(new Problem("source",
                    "no source: give a CSV file path or one of " + DemoDatasets.sources()));
        } else if (fromDemo() && !DemoDatasets.names().contains(source.substring(DemoDatasets.PREFIX.length()))) {
            problems.add(new Problem("source",
                    "unknown demo dataset \"" + source + "\"; valid: " + DemoDatasets.sources()));
        }
        if (targetColumn != null && targetColumn.isBlank()) {
            problems.add(new Problem("targetColumn",
                    "target column is blank: name a column or leave it unset for the last one"));
        }
        if (new HashSet<>(inputColumns).size() != inputColumns.size()) {
            problems.add(new Problem("inputColumns", "input columns repeat a column: " + inputColumns));
        }
        for (String column : encodings.keySet()) {
            if (!inputColumns.contains(column)) {
                problems.add(new Problem("encodings", "column \"" + column + "\" has an encoding but is not an input; "
                        + "inputs: " + inputColumns));
            }
        }
        if (lags < 1) {
            problems.add(new Problem("lags", "lags must be at least 1, got " + lags));
        }
        if (horizon < 1) {
            problems.add(new Problem("horizon", "horizon must be at least 1, got " + horizon));
        }
        if ((shape == FrameShape.ONE_TO_ONE || shape == FrameShape.ONE_TO_MANY) && lags != 1) {
            problems.add(new Problem("lags", shape + " reads 1 timestep, so lags must be 1, got " + lags));
        }
        if ((shape == FrameShape.ONE_TO_ONE || shape == FrameShape.MANY_TO_MANY) && horizon != 1) {
            problems.add(new Problem("horizon",
                    shape + " forecasts one step per timestep, so horizon must be 1, got " + horizon));
        }
        return problems;
    }

    /** Builds a {@link DatasetSpec}; every setting starts at the record's documented default. */
    public static final class Builder {
        private final String source;
        private String targetColumn;
        private List<String> inputColumns = List.of();
        private MissingPolicy missingPolicy = MissingPolicy.ERROR;
        private TransformSpec transform = TransformSpec.none();
        private int lags = 1;
        private int horizon = 1;
        private FrameShape shape = FrameShape.MANY_TO_ONE;
        private SplitSpec split = SplitSpec.DEFAULT;
        private EdgeGaps edgeGaps = EdgeGaps.FILL;
        private Map<String, Encoding> encodings = Map.of();

        private Builder(String source) {
            this.source = source;
        }

        /** Default {@code null}: the last numeric column. */
        public Builder targetColumn(String column) {
            this.targetColumn = column;
            return this;
        }

        /** Default empty: the target's own past. */
        public Builder inputColumns(List<String> columns) {
            this.inputColumns = columns;
            return this;
        }

        /** Default {@link MissingPolicy#ERROR}. */
        public Builder missingPolicy(MissingPolicy policy) {
            this.missingPolicy = policy;
            return this;
        }

        /** Default {@link TransformSpec#none()}. */
        public Builder transform(TransformSpec spec) {
            this.transform = spec;
            return this;
        }

        /** Default 1. */
        public Builder lags(int value) {
            this.lags = value;
            return this;
        }

        /** Default 1. */
        public Builder horizon(int value) {
            this.horizon = value;
            return this;
        }

        /** Default {@link FrameShape#MANY_TO_ONE}. */
        public Builder shape(FrameShape value) {
            this.shape = value;
            return this;
        }

        /** Default chronological 0.7/0.15/0.15. */
        public Builder split(SplitSpec value) {
            this.split = value;
            return this;
        }

        /** Default {@link EdgeGaps#FILL}. */
        public Builder edgeGaps(EdgeGaps value) {
            this.edgeGaps = value;
            return this;
        }

        /** Default empty: every text input one-hot. */
        public Builder encodings(Map<String, Encoding> value) {
            this.encodings = value;
            return this;
        }

        public DatasetSpec build() {
            return new DatasetSpec(source, targetColumn, inputColumns, missingPolicy, transform, lags, horizon,
                    shape, split, edgeGaps, encodings);
        }
    }
}
