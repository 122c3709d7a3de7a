package org.lstmworkbench.forecast;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.lstmworkbench.AtomicFiles;

/**
 * A forecast as files: {@code predictions.csv} (one row per sample and step) and the errors as a
 * JSON object for {@code run.json}.
 */
public final class ForecastFiles {

    /** The columns of predictions.csv; {@link #STEP_COLUMN} follows them when a sample has several steps. */
    public static final List<String> COLUMNS = List.of("part", "index", "label", "actual", "predicted", "persistence");
    /** The 1-based step ahead (many-to-many: the window time step), last, only for runs with several steps. */
    public static final String STEP_COLUMN = "step";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ForecastFiles() {
    }

    /** The header of a forecast's predictions.csv. */
    public static List<String> header(RunForecast forecast) {
        List<String> header = new ArrayList<>(COLUMNS);
        if (forecast.steps() > 1) {
            header.add(STEP_COLUMN);
        }
        return List.copyOf(header);
    }

    /**
     * Writes predictions.csv: parts in series order, then samples in the part's order, then steps;
     * {@code index} is the series index of the target row, {@code label} its time label (empty when
     * the data has none), values in original units.
     */
    public static void writeCsv(Path file, RunForecast forecast) {
        List<String> header = header(forecast);
        AtomicFiles.write(file, "the predictions", out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                    .setHeader(header.toArray(String[]::new)).setRecordSeparator('\n').get());
            for (PartForecast p : forecast.parts()) {
                double[][] actual = p.actual();
                double[][] predicted = p.predicted();
                double[][] persistence = p.persistence();
                for (int i = 0; i < p.samples(); i++) {
                    for (int s = 0; s < forecast.steps(); s++) {
                        int index = p.index(i, s);
                        List<Object> row = new ArrayList<>(List.of(p.part(), index, forecast.label(index),
                                actual[i][s], predicted[i][s], persistence[i][s]));
                        if (forecast.steps() > 1) {
                            row.add(s + 1);
                        }
                        csv.printRecord(row);
                    }
                }
            }
            csv.flush();
        });
    }

    /**
     * The errors per part as JSON: {@code steps}, {@code stepwise}, and per part present
     * ({@code train}, {@code validation}, {@code test}) {@code count}, {@code rmse}, {@code mae},
     * {@code mape} (percent; null when not defined, with {@code mapeNote} saying why), the persistence
     * forecast's {@code persistenceRmse} and {@code persistenceMae}, and with several steps
     * {@code byStep}: the same numbers per step (1-based {@code step}).
     */
    public static ObjectNode errorsJson(RunForecast forecast) {
        ObjectNode root = JSON.createObjectNode();
        root.put("steps", forecast.steps());
        root.put("stepwise", forecast.stepwise());
        for (String part : RunForecast.PART_NAMES) {
            forecast.errors(part).ifPresent(e -> {
                ObjectNode node = root.putObject(part);
                put(node, e, forecast.persistenceErrors(part).orElseThrow());
                if (forecast.steps() > 1) {
                    ArrayNode byStep = node.putArray("byStep");
                    for (int s = 0; s < forecast.steps(); s++) {
                        ObjectNode step = byStep.addObject().put("step", s + 1);
                        put(step, forecast.errors(part, s).orElseThrow(), forecast.persistenceErrors(part, s).orElseThrow());
                    }
                }
            });
        }
        return root;
    }

    private static void put(ObjectNode node, ForecastErrors model, ForecastErrors persistence) {
        node.put("count", model.count());
        number(node, "rmse", model.rmse());
        number(node, "mae", model.mae());
        number(node, "mape", model.hasMape() ? model.mape() : Double.NaN);
        if (!model.hasMape()) {
            node.put("mapeNote", model.mapeReason());
        }
        number(node, "persistenceRmse", persistence.rmse());
        number(node, "persistenceMae", persistence.mae());
    }

    private static void number(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.putNull(name);
        }
    }
}
