package org.lstmworkbench.training;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.model.ModelConfigJson;

/**
 * The files a run leaves behind: {@code history.csv} (one row per epoch, header
 * {@code epoch,train_loss,val_loss,...}, epochs from 1) and {@code run.json} (configuration,
 * seed, status, best and final losses, parameter count, timings). Non-finite numbers are written
 * as empty CSV cells and JSON nulls, so every file parses with standard tools.
 */
public final class RunFiles {

    /** Columns of history.csv, in order. */
    public static final List<String> HISTORY_COLUMNS = List.of(
            "epoch", "train_loss", "val_loss", "train_rmse", "val_rmse", "learning_rate", "elapsed_ms");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RunFiles() {
    }

    /** Writes the per-epoch history as CSV. */
    public static void writeHistory(Path file, List<EpochMetrics> history) {
        try (Writer w = Files.newBufferedWriter(file);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                     .setHeader(HISTORY_COLUMNS.toArray(String[]::new)).setRecordSeparator('\n').get())) {
            for (EpochMetrics m : history) {
                csv.printRecord(m.epoch(), cell(m.trainLoss()), cell(m.valLoss()), cell(m.trainRmse()),
                        cell(m.valRmse()), cell(m.learningRate()), m.elapsedMillis());
            }
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot write the history (" + e.getMessage() + ")", e);
        }
    }

    /**
     * The run's summary as JSON.
     *
     * @param data the data settings the run used (any JSON), or null
     */
    public static ObjectNode runJson(RunResult r, JsonNode data) {
        ObjectNode root = JSON.createObjectNode();
        root.put("status", r.status().label());
        root.put("message", r.message());
        root.put("seed", r.seed());
        root.put("epochs", r.history().size());
        root.put("epochsRequested", r.config().epochs());
        putNumber(root, "finalTrainLoss", r.finalTrainLoss());
        putNumber(root, "finalValLoss", r.finalValLoss());
        root.put("bestEpoch", r.bestEpoch());
        root.put("restoredBestWeights", r.restoredBest());
        putNumber(root, "modelValLoss", r.modelValLoss());
        putNumber(root, "bestValLoss", r.bestValLoss());
        putNumber(root, "testRmse", r.testRmse());
        root.put("parameterCount", r.parameterCount());
        ObjectNode timings = root.putObject("timings");
        timings.put("wallMillis", r.wallMillis());
        putNumber(timings, "millisPerEpoch", r.history().isEmpty() ? Double.NaN
                : (double) r.history().get(r.history().size() - 1).elapsedMillis() / r.history().size());
        if (data != null) {
            root.set("data", data);
        }
        root.set("config", ModelConfigJson.toTree(r.config()));
        return root;
    }

    /** Writes {@link #runJson} to a file. */
    public static void writeRunJson(Path file, ObjectNode json) {
        try {
            Files.writeString(file, JSON.writeValueAsString(json) + "\n");
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot write the run summary (" + e.getMessage() + ")", e);
        }
    }

    private static void putNumber(ObjectNode node, String field, double v) {
        if (Double.isFinite(v)) {
            node.put(field, v);
        } else {
            node.putNull(field);
        }
    }

    private static String cell(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%s", v) : "";
    }
}
