package org.lstmworkbench.workspace;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.lstmworkbench.SpecialFiles;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.StrictJson;
import org.lstmworkbench.metrics.Metric;

/**
 * Reads and writes workspaces as JSON. Writes are atomic: the JSON goes to a temporary file in
 * the same folder, is forced to disk, then renamed over the target, so a crash mid-write leaves
 * the previous file intact. Non-finite numbers (a validation loss without a validation part) are
 * written as the strings "NaN"/"Infinity" and read back as such.
 *
 * <p>Format versions ({@code "version"}): 1, the first release's, stores each epoch's four
 * numbers as fixed fields; 2 stores them as {@code metrics} keyed by metric id, in the order of
 * the run's metric list, and a run's test numbers as {@code testMetrics} by id; 3 adds the
 * window's {@code task} ({@code regression} or {@code classification}), the classification data
 * settings as {@code sequences} ({@link org.lstmworkbench.data.sequence.SequenceSpecJson}'s form)
 * beside the regression {@code dataset}, and each classifier run's {@code classificationReports}
 * (validation and test: classes, confusion counts, per-class scores, accuracy); 4 lists the runs'
 * data as {@code datasets} (id, name, the {@code dataset} or {@code sequences} settings and the
 * baselines computed from them) and gives each run a {@code dataset} id (absent for an imported
 * curve without data), so the runs of several datasets keep their own. Version 1 to 3 files are
 * upgraded as they are read (their runs refer to the one dataset of their task, whose baselines are
 * computed again when the window opens them). A run may carry optional fields this build does not
 * know (they are skipped); unknown fields elsewhere are an error naming the field.
 */
public final class WorkspaceStore {

    // the limits of every user-editable file (a workspace's strings are names, paths and messages; its
    // size is in arrays of numbers, which no limit bounds), duplicate keys and trailing text refused
    private static final ObjectMapper JSON = StrictJson.mapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);

    /** Version 1's per-epoch fields and the metric ids they hold. */
    private static final Map<String, String> V1_FIELDS = v1Fields();

    private static Map<String, String> v1Fields() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("trainLoss", Metric.TRAIN_LOSS.id());
        m.put("valLoss", Metric.VAL_LOSS.id());
        m.put("trainRmse", Metric.TRAIN_RMSE.id());
        m.put("valRmse", Metric.VAL_RMSE.id());
        return m;
    }

    private WorkspaceStore() {
    }

    /** Writes the workspace atomically. */
    public static void save(Path file, Workspace workspace) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            keepMode(file, tmp);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                JSON.writeValue(new NonClosing(out), workspace);
                out.flush();
                ch.force(true);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot save the workspace (" + e.getMessage() + ")", e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /** Reads a workspace; a missing, truncated or invalid file gives a message naming it and where. */
    public static Workspace load(Path file) {
        if (SpecialFiles.isSpecial(file)) {
            // a FIFO or a device would block the read forever
            throw new WorkbenchException(file + ": is not a regular file (a pipe, device or socket)");
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new WorkbenchException(file + ": no such workspace file");
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot read the workspace (" + e.getMessage() + ")", e);
        }
        if (text.isBlank()) {
            throw new WorkbenchException(file + ": the workspace file is empty");
        }
        Workspace w;
        try {
            JsonNode tree = StrictJson.readTree(JSON, text);
            if (tree == null || !tree.isObject()) {
                throw new WorkbenchException(file + ": not a valid workspace file (the content is not a JSON object)");
            }
            int version = tree.path("version").asInt(0);
            if (version < 1 || version > Workspace.CURRENT_VERSION) {
                throw new WorkbenchException(file + ": workspace format version " + tree.path("version").asText()
                        + " is not supported (this version reads 1 to " + Workspace.CURRENT_VERSION + ")");
            }
            if (version == 1 && tree instanceof ObjectNode root) {
                upgradeFromVersion1(root);
            }
            if (version <= 2 && tree instanceof ObjectNode root) {
                upgradeFromVersion2(root);
            }
            if (version <= 3 && tree instanceof ObjectNode root) {
                upgradeFromVersion3(root);
            }
            WorkspaceCheck.nullEntry(tree).ifPresent(p -> {
                throw new WorkbenchException(file + ": " + p);
            });
            w = JSON.treeToValue(tree, Workspace.class);
        } catch (JsonProcessingException e) {
            // a limit failure has no location; its reason names the limit
            String where = StrictJson.where(e);
            // truncated: the parser failed at the end of the text (its exception type varies with the reader)
            boolean truncated = e.getLocation() != null && e.getLocation().getCharOffset() >= text.stripTrailing().length();
            String what = truncated
                    ? "the workspace file is truncated" : "not a valid workspace file (" + StrictJson.reason(e) + ")";
            throw new WorkbenchException(file + ": " + what + where);
        }
        WorkspaceCheck.problem(w).ifPresent(p -> {
            throw new WorkbenchException(file + ": " + p);
        });
        return w;
    }

    /**
     * Rewrites a version-3 tree as version 4 in place: the regression {@code dataset} becomes
     * dataset {@code d1} and the classification {@code sequences} {@code d2} (baselines not stored:
     * computed on open); each run trained here (no {@code source}) refers to the one of its task.
     * The top-level settings stay: they are the data the window had loaded.
     */
    static void upgradeFromVersion3(ObjectNode root) {
        root.put("version", Workspace.CURRENT_VERSION);
        com.fasterxml.jackson.databind.node.ArrayNode datasets = root.putArray("datasets");
        JsonNode regression = root.path("dataset");
        JsonNode sequences = root.path("sequences");
        if (regression.isObject()) {
            ObjectNode d = datasets.addObject().put("id", "d1");
            d.put("name", RunDataset.nameOf(regression.path("source").asText(null)));
            d.set("dataset", regression.deepCopy());
        }
        if (sequences.isObject()) {
            ObjectNode d = datasets.addObject().put("id", "d2");
            d.put("name", RunDataset.nameOf(sequences.path("source").asText(null)));
            d.set("sequences", sequences.deepCopy());
        }
        for (JsonNode run : root.path("runs")) {
            JsonNode task = run.path("config").path("task");
            boolean classifier = "classification".equals(task.path("type").asText(task.asText("")));
            JsonNode data = classifier ? sequences : regression;
            // an imported curve (a source) was trained on data the file never knew
            boolean trainedHere = run.path("source").isNull() || run.path("source").isMissingNode();
            if (trainedHere && data.isObject() && run instanceof ObjectNode r) {
                r.put("dataset", classifier ? "d2" : "d1");
            }
        }
    }

    /**
     * Rewrites a version-2 tree as version 3 in place: a version-2 window knew regression data
     * only, so its task is regression; its runs have no classification reports (their accuracy
     * epochs, if any, are kept as they are).
     */
    static void upgradeFromVersion2(ObjectNode root) {
        root.put("version", 3);
        if (!root.has("task")) {
            root.put("task", "regression");
        }
    }

    /**
     * Rewrites a version-1 tree as version 2 in place: each epoch's fixed fields
     * ({@code trainLoss, valLoss, trainRmse, valRmse}) become its {@code metrics} keyed by metric
     * id, a run's {@code bestValLoss} its {@code bestValue} and its {@code testRmse} its
     * {@code testMetrics}. Field order does not matter to the reader.
     */
    static void upgradeFromVersion1(ObjectNode root) {
        root.put("version", 2);
        for (JsonNode run : root.path("runs")) {
            if (run instanceof ObjectNode r) {
                rename(r, "bestValLoss", "bestValue");
                if (r.has("testRmse")) {
                    JsonNode test = r.remove("testRmse");
                    r.putObject("testMetrics").set(Metric.TEST_RMSE.id(), test);
                }
            }
            for (JsonNode epoch : run.path("history")) {
                if (epoch instanceof ObjectNode e && !e.has("metrics")) {
                    ObjectNode metrics = e.putObject("metrics");
                    V1_FIELDS.forEach((field, id) -> {
                        JsonNode v = e.remove(field);
                        if (v != null) {
                            metrics.set(id, v);
                        }
                    });
                    // keep the field order of version 2: epoch, metrics, learningRate, elapsedMillis
                    JsonNode lr = e.remove("learningRate");
                    JsonNode ms = e.remove("elapsedMillis");
                    if (lr != null) {
                        e.set("learningRate", lr);
                    }
                    if (ms != null) {
                        e.set("elapsedMillis", ms);
                    }
                }
            }
        }
    }

    private static void rename(ObjectNode node, String from, String to) {
        if (node.has(from)) {
            node.set(to, node.remove(from));
        }
    }

    /**
     * Gives the temporary file the mode of the file it will replace (a temporary file is created
     * owner-only, and the rename would carry that over a shared workspace).
     */
    private static void keepMode(Path file, Path tmp) throws IOException {
        if (Files.isRegularFile(file) && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(file));
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp != null) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // a leftover temporary file is harmless; the workspace itself was written or kept
            }
        }
    }

    /** Keeps Jackson from closing the channel before it is forced to disk. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
