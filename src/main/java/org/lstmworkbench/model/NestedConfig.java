package org.lstmworkbench.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The version-2 JSON form of {@link ModelConfig} (see {@link ModelConfigJson}): the parts as
 * objects, the training loop's fields at the top level, and the task: its id ({@code "regression"})
 * or, for classification, an object with its classes and their counts
 * ({@code {"type": "classification", "classes": [{"name": "cyclic", "count": 100}, ...]}}), so a run's
 * file keeps the encoding its network was trained with.
 */
@JsonPropertyOrder({"formatVersion", "task", "architecture", "regularization", "learning", "batchSize", "epochs",
        "shuffle", "clipping", "clipThreshold", "precision", "earlyStopping", "loss", "seed"})
record NestedConfig(int formatVersion, JsonNode task, Architecture architecture, Regularization regularization,
                    Learning learning, int batchSize, int epochs, boolean shuffle, ClippingKind clipping,
                    double clipThreshold, Precision precision, EarlyStopping earlyStopping, LossKind loss, long seed) {

    static NestedConfig of(ModelConfig c) {
        TrainingLoop t = c.training();
        return new NestedConfig(ModelConfigJson.FORMAT_VERSION, taskTree(c.task()), c.architecture(), c.regularization(),
                c.learning(), t.batchSize(), t.epochs(), t.shuffle(), t.clipping(), t.clipThreshold(),
                t.precision(), c.earlyStopping(), c.loss(), c.seed());
    }

    /** The configuration; an unknown task id is an {@link IllegalArgumentException} naming the known ones. */
    ModelConfig toConfig() {
        return new ModelConfig(task(task), architecture, regularization, learning,
                new TrainingLoop(batchSize, epochs, shuffle, clipping, clipThreshold, precision), earlyStopping, loss, seed);
    }

    /** A task's JSON: its id, or the classification object with its classes. */
    static JsonNode taskTree(Task task) {
        if (task instanceof ClassificationTask c) {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("type", ClassificationTask.ID);
            ArrayNode classes = node.putArray("classes");
            for (int i = 0; i < c.size(); i++) {
                classes.addObject().put("name", c.classes().name(i)).put("count", c.classes().count(i));
            }
            return node;
        }
        return JsonNodeFactory.instance.textNode(task.id());
    }

    /** The task of its JSON ({@link #taskTree}); a bad one is an {@link IllegalArgumentException} saying why. */
    static Task task(JsonNode node) {
        if (node == null || node.isNull()) {
            return Task.REGRESSION;
        }
        if (node.isTextual()) {
            return Task.byId(node.asText());
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("field \"task\" must be a task id or a task object");
        }
        String type = node.path("type").asText("");
        if (!ClassificationTask.ID.equals(type)) {
            if (node.size() == 1 && node.has("type")) {
                return Task.byId(type);
            }
            throw new IllegalArgumentException("field \"task.type\" must be \"classification\" for a task with classes,"
                    + " got \"" + type + "\"");
        }
        JsonNode classes = node.path("classes");
        if (!classes.isArray() || classes.isEmpty()) {
            throw new IllegalArgumentException("field \"task.classes\" must list the classes with their counts");
        }
        java.util.Iterator<String> fields = node.fieldNames();
        while (fields.hasNext()) {
            String f = fields.next();
            if (!f.equals("type") && !f.equals("classes")) {
                throw new IllegalArgumentException("unknown field \"task." + f + "\"; known fields: type, classes");
            }
        }
        List<String> names = new ArrayList<>();
        int[] counts = new int[classes.size()];
        for (int i = 0; i < classes.size(); i++) {
            JsonNode c = classes.get(i);
            if (!c.path("name").isTextual() || !c.path("count").canConvertToInt() || !c.path("count").isIntegralNumber()) {
                throw new IllegalArgumentException("field \"task.classes[" + i + "]\" needs a text \"name\" and an"
                        + " integer \"count\"");
            }
            names.add(c.get("name").asText());
            counts[i] = c.get("count").asInt();
        }
        return ClassificationTask.of(names, counts);
    }
}
