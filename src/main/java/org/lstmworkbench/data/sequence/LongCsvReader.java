package org.lstmworkbench.data.sequence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lstmworkbench.data.CsvRows;
import org.lstmworkbench.data.CsvRows.Row;
import org.lstmworkbench.data.DataException;

/**
 * Reads the long layout: a header line, then one row per time step.
 *
 * <p>Columns (names compared without case): the sequence id ({@link SequenceReadOptions#sequenceColumn},
 * else the first of {@link #ID_COLUMNS}); the label ({@link SequenceReadOptions#labelColumn}, else
 * the first of {@link #LABEL_COLUMNS}), the same on every row of a sequence; an optional step column
 * ({@link SequenceReadOptions#stepColumn}, else the first of {@link #STEP_COLUMNS}) whose numbers
 * order the rows of a sequence, so rows may come in any order; an optional group column, constant
 * within a sequence; the features (given, else every column but those whose first filled cell is a
 * number; text columns are left out). A sequence's rows need not be adjacent; sequences keep the
 * order of their first row. Feature cells must be numbers: a missing one is an error, as is a
 * step that repeats within a sequence.
 */
public final class LongCsvReader {

    /** Sequence-id columns looked for, in this order, when none is named. */
    public static final List<String> ID_COLUMNS = List.of("sequence", "sequence_id", "sequenceid", "series",
            "series_id", "id");
    /** Label columns looked for, in this order, when none is named. */
    public static final List<String> LABEL_COLUMNS = List.of("label", "class", "target");
    /** Step columns looked for, in this order, when none is named. */
    public static final List<String> STEP_COLUMNS = List.of("step", "time_step", "timestep", "order");

    private LongCsvReader() {
    }

    /** A sequence being collected: its rows with their step keys. */
    private static final class Pending {
        final String id;
        final String label;
        final int labelLine;
        final String group;
        final List<double[]> values = new ArrayList<>();
        final List<Double> steps = new ArrayList<>();
        final List<Integer> lines = new ArrayList<>();

        Pending(String id, String label, int labelLine, String group) {
            this.id = id;
            this.label = label;
            this.labelLine = labelLine;
            this.group = group;
        }
    }

    /**
     * The dataset in CSV text.
     *
     * @param text CSV text without a byte-order mark
     * @param source file name for messages
     * @throws DataException naming file, row and column for every bad input
     */
    public static SequenceDataset read(String text, String source, SequenceReadOptions options) {
        List<Row> rows = CsvRows.read(text, source);
        List<String> header = rows.get(0).fields();
        if (!Cells.looksLikeHeader(header)) {
            throw new DataException(source + ": row " + rows.get(0).line()
                    + ": the long format needs a header line naming its columns");
        }
        List<Row> data = rows.subList(1, rows.size());
        if (data.isEmpty()) {
            throw new DataException(source + ": has a header but no data rows (a sequence needs a time step)");
        }
        for (Row row : data) {
            if (row.fields().size() != header.size()) {
                throw DataException.at(source, row.line(), "column " + (Math.min(row.fields().size(), header.size()) + 1),
                        "the row has " + row.fields().size() + " field(s) where the header has " + header.size());
            }
        }
        Columns columns = Columns.resolve(header, data, source, options);
        Map<String, Pending> pending = collect(data, header, columns, source);
        List<Sequence> sequences = new ArrayList<>();
        for (Pending p : pending.values()) {
            sequences.add(build(p, source, header, columns));
        }
        List<String> names = columns.features.stream().map(header::get).toList();
        return new SequenceDataset(source, names, sequences);
    }

    private static Map<String, Pending> collect(List<Row> data, List<String> header, Columns columns, String source) {
        Map<String, Pending> pending = new LinkedHashMap<>();
        for (Row row : data) {
            List<String> f = row.fields();
            String id = f.get(columns.id);
            if (id.isEmpty()) {
                throw DataException.at(source, row.line(), quoted(header, columns.id), "the sequence id is missing");
            }
            String label = ClassLabels.canonical(f.get(columns.label));
            if (label.isEmpty()) {
                throw DataException.at(source, row.line(), quoted(header, columns.label), "the label is missing");
            }
            String group = columns.group < 0 ? null : f.get(columns.group);
            Pending p = pending.computeIfAbsent(id, k -> new Pending(k, label, row.line(), group));
            if (!p.label.equals(label)) {
                throw DataException.at(source, row.line(), quoted(header, columns.label), "the label of sequence \""
                        + id + "\" changes from \"" + p.label + "\" (row " + p.labelLine + ") to \"" + label
                        + "\"; a sequence has one label");
            }
            if (group != null && !group.equals(p.group)) {
                throw DataException.at(source, row.line(), quoted(header, columns.group), "the group of sequence \""
                        + id + "\" changes from \"" + p.group + "\" (row " + p.labelLine + ") to \"" + group
                        + "\"; a sequence belongs to one group");
            }
            double[] values = new double[columns.features.size()];
            for (int j = 0; j < values.length; j++) {
                int c = columns.features.get(j);
                values[j] = Cells.feature(f.get(c), source, row.line(), quoted(header, c));
            }
            p.values.add(values);
            p.lines.add(row.line());
            p.steps.add(columns.step < 0 ? p.steps.size() : step(f.get(columns.step), source, row.line(),
                    quoted(header, columns.step)));
        }
        return pending;
    }

    private static Sequence build(Pending p, String source, List<String> header, Columns columns) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < p.values.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(p.steps::get));
        double[][] steps = new double[order.size()][];
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            if (k > 0 && p.steps.get(i).equals(p.steps.get(order.get(k - 1)))) {
                int first = Math.min(p.lines.get(i), p.lines.get(order.get(k - 1)));
                int second = Math.max(p.lines.get(i), p.lines.get(order.get(k - 1)));
                throw DataException.at(source, second, quoted(header, columns.step), "sequence \"" + p.id
                        + "\" has step " + format(p.steps.get(i)) + " twice (rows " + first + " and " + second + ")");
            }
            steps[k] = p.values.get(i);
        }
        return new Sequence(p.id, p.group, p.label, steps);
    }

    private static double step(String cell, String source, int line, String column) {
        if (!Cells.isNumber(cell)) {
            throw DataException.at(source, line, column, cell.isEmpty() ? "the step is missing"
                    : "the step \"" + cell + "\" is not a number");
        }
        return Double.parseDouble(cell);
    }

    private static String format(double step) {
        return step == Math.rint(step) ? Long.toString((long) step) : Double.toString(step);
    }

    static String quoted(List<String> header, int c) {
        return DataException.describeColumn(header.get(c), true, c);
    }

    /** The roles of the header's columns. */
    private record Columns(int id, int label, int step, int group, List<Integer> features) {

        static Columns resolve(List<String> header, List<Row> data, String source, SequenceReadOptions options) {
            int id = role(header, source, options.sequenceColumn(), ID_COLUMNS, "sequence-id", true);
            int label = role(header, source, options.labelColumn(), LABEL_COLUMNS, "label", true);
            int step = role(header, source, options.stepColumn(), STEP_COLUMNS, "step", false);
            int group = options.groupColumn() == null ? -1
                    : role(header, source, options.groupColumn(), List.of(), "group", true);
            List<Integer> roles = new ArrayList<>(List.of(id, label));
            for (int c : new int[] {step, group}) {
                if (c >= 0 && roles.contains(c)) {
                    throw new DataException(source + ": " + quoted(header, c) + " cannot serve two roles "
                            + "(sequence id, label, step, group)");
                }
                roles.add(c);
            }
            if (id == label) {
                throw new DataException(source + ": " + quoted(header, id) + " cannot be both the sequence id "
                        + "and the label");
            }
            return new Columns(id, label, step, group, features(header, data, source, options, roles));
        }

        private static int role(List<String> header, String source, String named, List<String> defaults,
                                String role, boolean required) {
            if (named != null) {
                int c = Cells.column(header, named);
                if (c < 0) {
                    throw new DataException(source + ": no column \"" + named + "\" (the " + role
                            + " column); the columns are " + String.join(", ", header));
                }
                return c;
            }
            int c = Cells.firstColumn(header, defaults);
            if (c < 0 && required) {
                throw new DataException(source + ": no " + role + " column; name one (the columns are "
                        + String.join(", ", header) + "; looked for " + String.join(", ", defaults) + ")");
            }
            return c;
        }

        private static List<Integer> features(List<String> header, List<Row> data, String source,
                                              SequenceReadOptions options, List<Integer> roles) {
            List<Integer> features = new ArrayList<>();
            if (!options.featureColumns().isEmpty()) {
                for (String name : options.featureColumns()) {
                    int c = role(header, source, name, List.of(), "feature", true);
                    if (roles.contains(c)) {
                        throw new DataException(source + ": " + quoted(header, c)
                                + " cannot be a feature: it is the sequence id, label, step or group column");
                    }
                    features.add(c);
                }
                return features;
            }
            for (int c = 0; c < header.size(); c++) {
                if (!roles.contains(c) && numeric(data, c)) {
                    features.add(c);
                }
            }
            if (features.isEmpty()) {
                throw new DataException(source + ": no numeric feature column besides the sequence id, label, "
                        + "step and group columns (the columns are " + String.join(", ", header) + ")");
            }
            return features;
        }

        /** A column is a feature when its first filled cell is a number. */
        private static boolean numeric(List<Row> data, int c) {
            return data.stream().map(r -> r.fields().get(c)).filter(v -> !Cells.isMissing(v)).findFirst()
                    .map(Cells::isNumber).orElse(false);
        }
    }
}
