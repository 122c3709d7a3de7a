package org.lstmworkbench.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.DatasetSpec;
import org.lstmworkbench.data.StrictJson;
import org.lstmworkbench.data.sequence.SequenceSpec;
import org.lstmworkbench.data.sequence.SequenceSpecJson;
import org.lstmworkbench.model.ModelConfigJson;
import org.lstmworkbench.training.RunFiles;

/**
 * {@code experiment.json}: the experiment a sweep folder holds, so a sweep can be resumed (and
 * checked to be the same experiment) after a crash or restart. From format version 2 the file
 * names its version ({@code "formatVersion": 2}); a file without it is version 1, the first
 * release's, and reads the same.
 *
 * <p>A classification experiment is version {@value #SEQUENCES_VERSION}: instead of {@code data}
 * it holds {@code sequences} (its {@link SequenceSpec}, see {@link SequenceSpecJson}); its base
 * configuration's task names the classes with their counts. Regression experiments are still
 * written as version 2, so earlier releases read them.
 */
public final class ExperimentJson {

    /** The field naming the file's format version. */
    public static final String VERSION_FIELD = "formatVersion";

    /** The version of classification experiments (the first to hold labelled sequences). */
    public static final int SEQUENCES_VERSION = 3;

    private static final int LATEST = Math.max(SEQUENCES_VERSION, RunFiles.FORMAT_VERSION);

    // read with the limits of every user-editable file: an experiment.json is a few short fields
    private static final ObjectMapper MAPPER = StrictJson.mapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExperimentJson() {
    }

    /** The experiment as a JSON tree. */
    public static ObjectNode toTree(Experiment e) {
        ObjectNode root = MAPPER.createObjectNode();
        if (e.isClassification()) {
            root.put(VERSION_FIELD, SEQUENCES_VERSION);
            root.set("sequences", SequenceSpecJson.toTree(e.sequences()));
        } else {
            root.put(VERSION_FIELD, RunFiles.FORMAT_VERSION);
            root.set("data", MAPPER.valueToTree(e.data()));
        }
        root.set("model", ModelConfigJson.toTree(e.base()));
        root.set("sweep", MAPPER.valueToTree(e.sweep()));
        root.put("repeats", e.repeats());
        root.put("baseSeed", e.baseSeed());
        return root;
    }

    /** Builds an experiment from {@link #toTree}'s form; {@code source} names it in messages. */
    public static Experiment fromTree(JsonNode root, String source) {
        if (root == null || !root.isObject()) {
            throw new WorkbenchException(source + ": not a valid experiment description (the content is not a JSON "
                    + "object)");
        }
        int version = root.path(VERSION_FIELD).asInt(1);
        if (version < 1 || version > LATEST) {
            throw new WorkbenchException(source + ": experiment format version " + root.path(VERSION_FIELD).asText()
                    + " is not supported (this version reads 1 to " + LATEST + ")");
        }
        try {
            SweepSpec sweep = MAPPER.treeToValue(object(root, "sweep", source), SweepSpec.class);
            ObjectNode model = object(root, "model", source);
            if (root.has("sequences")) {
                SequenceSpec sequences = SequenceSpecJson.fromTree(root.get("sequences"), source + " (sequences)");
                return Experiment.classification(sequences,
                        ModelConfigJson.fromTree(model, source), sweep,
                        wholeNumber(root, "repeats", source), wholeLong(root, "baseSeed", source));
            }
            DatasetSpec data = MAPPER.treeToValue(object(root, "data", source), DatasetSpec.class);
            return new Experiment(data, ModelConfigJson.fromTree(model, source),
                    sweep, wholeNumber(root, "repeats", source), wholeLong(root, "baseSeed", source));
        } catch (JsonProcessingException | RuntimeException e) {
            if (e instanceof WorkbenchException w) {
                // the experiment's own checks ("repeats must be at least 1") do not know the file
                throw w.getMessage() != null && w.getMessage().startsWith(source) ? w
                        : new WorkbenchException(source + ": " + w.getMessage(), w);
            }
            String why = e instanceof JsonProcessingException j ? StrictJson.reason(j) + StrictJson.where(j)
                    : String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new WorkbenchException(source + ": not a valid experiment description (" + why + ")", e);
        }
    }

    /** A value as a message shows it: its JSON, cut short (a field may hold a long string). */
    private static String shown(JsonNode node) {
        if (node == null) {
            return "nothing";
        }
        String text = node.toString();
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    /** A field that must hold a JSON object; a missing one is named rather than met as a null later. */
    private static ObjectNode object(JsonNode root, String field, String source) {
        if (root.get(field) instanceof ObjectNode node) {
            return node;
        }
        throw new WorkbenchException(source + ": field \"" + field + "\" must be a JSON object, got "
                + shown(root.get(field)));
    }

    /** A field that must hold a whole number: {@code asInt()} would read {@code "abc"} or {@code 2.5} as 0 or 2. */
    private static int wholeNumber(JsonNode root, String field, String source) {
        JsonNode node = root.get(field);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new WorkbenchException(source + ": field \"" + field + "\" must be a whole number, got "
                    + shown(node));
        }
        return node.intValue();
    }

    private static long wholeLong(JsonNode root, String field, String source) {
        JsonNode node = root.get(field);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new WorkbenchException(source + ": field \"" + field + "\" must be a whole number, got "
                    + shown(node));
        }
        return node.longValue();
    }

    /** Writes the experiment to a file. */
    public static void write(Path file, Experiment e) {
        try {
            Files.writeString(file, MAPPER.writeValueAsString(toTree(e)) + "\n");
        } catch (IOException ex) {
            throw new WorkbenchException(file + ": cannot write the experiment (" + ex.getMessage() + ")", ex);
        }
    }

    /** Reads the tree of an experiment file. */
    public static JsonNode readTree(Path file) {
        try {
            return StrictJson.readTree(MAPPER, Files.readString(file));
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new WorkbenchException(file + ": no such file; is this a sweep folder?", e);
        } catch (JsonProcessingException e) {
            throw new WorkbenchException(file + ": " + StrictJson.describe(e), e);
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Reads an experiment file. */
    public static Experiment read(Path file) {
        return fromTree(readTree(file), file.toString());
    }
}
