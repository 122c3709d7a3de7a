package org.lstmworkbench.workspace;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.lstmworkbench.data.Baselines;
import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.data.PreparedData;
import org.lstmworkbench.data.TransformSpec;
import org.lstmworkbench.data.sequence.SequenceSpec;
import org.lstmworkbench.data.sequence.SequenceSpecJson;

/**
 * The data a run was trained on, as the run keeps it: a name, the settings that prepare it again
 * (a regression {@link DatasetSpec} or classification {@link SequenceSpec}: source, split,
 * transforms) and the naive baselines computed from it when the run started, so the run is judged
 * against its own data whatever is loaded later. A workspace lists each dataset once; runs refer
 * to it by {@link #id}.
 *
 * @param id        unique within a workspace ({@code d1, d2...})
 * @param name      shown in the run list: a demo's source ({@code demo:seasonal}) or a file's name
 * @param dataset   the regression settings, or null for classification data
 * @param sequences the classification settings ({@link SequenceSpecJson}'s form), or null for regression data
 * @param baselines the validation part's persistence and training-mean losses; NaN for classification data;
 *                  null when not known yet (a version-3 file: {@code WorkspaceCommands} computes them on open)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunDataset(String id, String name, DatasetSpec dataset,
                         @JsonSerialize(using = SequenceSpecField.Writer.class)
                         @JsonDeserialize(using = SequenceSpecField.Reader.class) SequenceSpec sequences,
                         Baselines baselines) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public RunDataset {
        Objects.requireNonNull(id, "id");
        name = name == null ? nameOf(dataset != null ? dataset.source() : sequences != null ? sequences.source() : null)
                : name;
    }

    /** The reference of prepared regression data (its id assigned by a {@link DatasetCatalog}). */
    public static RunDataset of(PreparedData prepared) {
        return new RunDataset("", nameOf(prepared.spec().source()), prepared.spec(), null, prepared.baselines());
    }

    /** The reference of classification data read with {@code spec}; a classifier has no forecast baselines. */
    public static RunDataset of(SequenceSpec spec, String source) {
        return new RunDataset("", nameOf(spec != null ? spec.source() : source), null, spec,
                new Baselines(Double.NaN, Double.NaN, Double.NaN, Double.NaN));
    }

    /** This reference under another id. */
    public RunDataset withId(String newId) {
        return new RunDataset(newId, name, dataset, sequences, baselines);
    }

    /** This reference with the baselines computed from its data. */
    public RunDataset withBaselines(Baselines b) {
        return new RunDataset(id, name, dataset, sequences, b);
    }

    /** Whether both describe the same data prepared the same way (ids and baselines aside). */
    public boolean sameData(RunDataset other) {
        return other != null && Objects.equals(dataset, other.dataset) && Objects.equals(sequences, other.sequences)
                && (dataset != null || sequences != null || Objects.equals(name, other.name));
    }

    /** Whether this is the data of {@code loaded} regression settings. */
    public boolean isData(DatasetSpec loaded) {
        return dataset != null && dataset.equals(loaded);
    }

    /** Whether this is the data of {@code loaded} classification settings. */
    public boolean isData(SequenceSpec loaded) {
        return sequences != null && sequences.equals(loaded);
    }

    /** Whether the settings are known, so the data can be loaded again. */
    @JsonIgnore
    public boolean loadable() {
        return dataset != null || sequences != null;
    }

    /**
     * The settings in one line for the run list and the CSV export: target, inputs, lags,
     * horizon, shape, transforms and split for regression; format, scaling, length and split for
     * classification.
     */
    @JsonIgnore
    public String settings() {
        if (dataset != null) {
            DatasetSpec d = dataset;
            return String.format(Locale.ROOT, "target %s, inputs %s, lags %d, horizon %d, %s, %s, missing %s, split %s",
                    d.targetColumn() == null ? "last column" : d.targetColumn(),
                    d.inputColumns().isEmpty() ? "own past" : String.join("+", d.inputColumns()), d.lags(),
                    d.horizon(), d.shape(), transforms(d.transform()), d.missingPolicy(), d.split().describe());
        }
        if (sequences != null) {
            SequenceSpec s = sequences;
            return String.format(Locale.ROOT, "%s, scaling %s, length %s, split %s/%s/%s, seed %d",
                    s.format() == null ? "format detected" : s.format(), s.scaling(),
                    s.fixedLength() == 0 ? "longest per batch" : Integer.toString(s.fixedLength()),
                    s.split().train(), s.split().validation(), s.split().test(), s.seed());
        }
        return "settings not known";
    }

    /** Name, id and every setting as JSON, for the Configuration tab. */
    @JsonIgnore
    public String describe() {
        String settings;
        try {
            settings = dataset != null ? JSON.writeValueAsString(dataset)
                    : sequences != null ? SequenceSpecJson.write(sequences) : "settings not known";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            settings = settings();
        }
        return "dataset " + name + " (" + id + ")\n" + settings;
    }

    private static String transforms(TransformSpec t) {
        StringBuilder b = new StringBuilder(t.power().toString().toLowerCase(Locale.ROOT));
        if (t.seasonalPeriod() > 0) {
            b.append(", seasonal diff ").append(t.seasonalPeriod());
        }
        if (t.differenceOrder() > 0) {
            b.append(", diff ").append(t.differenceOrder());
        }
        return b.append(", ").append(t.scaling().toString().toLowerCase(Locale.ROOT)).toString();
    }

    /** A demo's source as it is, a file's name without its folder. */
    static String nameOf(String source) {
        if (source == null || source.isBlank()) {
            return "dataset";
        }
        if (source.startsWith("demo:")) {
            return source;
        }
        try {
            Path file = Path.of(source).getFileName();
            return file == null ? source : file.toString();
        } catch (InvalidPathException e) {
            return source;
        }
    }
}
