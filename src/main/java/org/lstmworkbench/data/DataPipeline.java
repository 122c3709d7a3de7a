package org.lstmworkbench.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.lstmworkbench.Problem;

/**
 * Turns a {@link DatasetSpec} into {@link PreparedData}: load (CSV or demo), choose columns,
 * apply the missing-value policy, frame windows, split the samples by the index of their
 * first target, fit the transforms and the text inputs' categories on the training part only, and
 * compute baselines.
 *
 * <p>Fitting uses only the series indices the training samples read or predict, so no
 * validation or test value reaches the Box-Cox lambda or the scaler. Input columns other
 * than the target get the same {@link TransformSpec}, each fitted on its own training
 * values, so all series lose the same leading values to differencing and stay aligned.
 */
public final class DataPipeline {

    private DataPipeline() {
    }

    /**
     * Prepares the data a spec describes.
     *
     * @throws DataException for an unfit spec (all problems listed), unreadable data or too
     *     few rows
     */
    public static PreparedData prepare(DatasetSpec spec) {
        String name = spec.source() == null ? "dataset" : spec.source();
        List<String> problems = spec.validate().stream().map(Problem::message).toList();
        if (!problems.isEmpty()) {
            throw new DataException(name + ": " + String.join("; ", problems));
        }
        DataTable table = spec.fromDemo() ? DemoDatasets.load(spec.source()) : CsvLoader.read(Path.of(spec.source()));
        return prepare(spec, table);
    }

    /** Prepares an already loaded table (gaps still NaN) as the spec says; the spec's source is not read. */
    public static PreparedData prepare(DatasetSpec spec, DataTable loaded) {
        List<String> problems = spec.validate().stream().map(Problem::message).toList();
        if (!problems.isEmpty()) {
            throw new DataException(loaded.source() + ": " + String.join("; ", problems));
        }
        String target = spec.targetColumn() != null ? spec.targetColumn() : loaded.lastColumnName();
        List<String> inputs = spec.inputColumns().isEmpty() ? List.of(target) : spec.inputColumns();
        MissingValues.Handled handled = MissingValues.handle(usedColumns(spec, loaded, target, inputs),
                spec.missingPolicy(), spec.edgeGaps());
        DataTable table = handled.table();

        Framer framer = new Framer(spec.shape(), spec.lags(), spec.horizon());
        requireEnoughRows(spec, table, framer);
        int offset = spec.transform().lostValues();
        int samples = framer.sampleCount(table.rowCount(), offset);
        SplitIndices split = purge(assign(spec.split(), samples, table), spec, framer, table.source());
        boolean[] training = trainingMask(framer, split.train(), offset, table.rowCount());

        SeriesTransform targetTransform = fitColumn(spec, table, target, training);
        Features features = features(spec, table, inputs, target, targetTransform, training);
        FramedSet all = framer.frame(features.series(), targetTransform.transformed(), targetTransform.raw(), offset);
        FramedSet train = all.select(split.train());
        FramedSet validation = all.select(split.validation());
        FramedSet test = all.select(split.test());
        Double lambda = Double.isNaN(targetTransform.lambda()) ? null : targetTransform.lambda();
        DataReport report = new DataReport(handled.report(), features.encodings(), lambda, features.names());
        return new PreparedData(loaded.source(), spec, table, target, train, validation, test, targetTransform,
                PartBoundaries.of(train, validation, test), Baselines.compute(train, validation, targetTransform),
                report, features.series(), features.transforms());
    }

    /**
     * The target and input columns, gaps still in; refuses a text target, an encoding of a numeric
     * column and a mostly numeric column with a bad cell (a typo to fix, not categories to encode).
     */
    private static DataTable usedColumns(DatasetSpec spec, DataTable loaded, String target, List<String> inputs) {
        loaded.textColumn(target).ifPresent(t -> {
            if (!t.categorical()) {
                throw loaded.notANumber(t);
            }
            throw new DataException(loaded.notANumber(t).getMessage() + "; the target column \"" + target
                    + "\" holds text, and a forecast target must be numeric: choose a numeric column");
        });
        LinkedHashSet<String> used = new LinkedHashSet<>(inputs);
        used.add(target);
        DataTable selected = loaded.select(new ArrayList<>(used));
        for (String column : spec.encodings().keySet()) {
            if (selected.textColumn(column).isEmpty()) {
                throw new DataException(loaded.source() + ": column \"" + column + "\" holds numbers; only a text "
                        + "input column takes an encoding (" + spec.encodings().get(column) + ")");
            }
        }
        for (TextColumn t : selected.textColumns()) {
            if (!t.categorical()) {
                throw selected.notANumber(t);
            }
        }
        return selected;
    }

    /** The model's input features in order, with their names and the encodings of text inputs. */
    private record Features(List<double[]> series, List<String> names, List<EncodingReport> encodings,
                            java.util.Map<String, SeriesTransform> transforms) {
    }

    private static Features features(DatasetSpec spec, DataTable table, List<String> inputs, String target,
                                     SeriesTransform targetTransform, boolean[] training) {
        Features f = new Features(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new java.util.LinkedHashMap<>());
        for (String input : inputs) {
            java.util.Optional<TextColumn> text = table.textColumn(input);
            if (text.isPresent()) {
                CategoryEncoder.Encoded encoded = CategoryEncoder.encode(text.get(), spec.encodingOf(input),
                        training, spec.transform().lostValues());
                f.series().addAll(encoded.features());
                f.names().addAll(encoded.names());
                f.encodings().add(encoded.report());
            } else {
                SeriesTransform t = input.equals(target) ? targetTransform : fitColumn(spec, table, input, training);
                f.series().add(t.transformed());
                f.names().add(input);
                f.transforms().put(input, t);
            }
        }
        return f;
    }

    /**
     * Refuses a table too short for the windows, the differencing and the split, naming the rows needed. Counted in
     * long arithmetic: lags, horizon and periods near {@code Integer.MAX_VALUE} must give the true (huge) count.
     */
    private static void requireEnoughRows(DatasetSpec spec, DataTable table, Framer framer) {
        long gap = spec.split() instanceof SplitSpec.Random ? 0 : framer.outputs() - 1L;
        long needed;
        try {
            needed = SplitMinimum.of(spec.split(), gap);
        } catch (DataException e) {
            // no row count would do (an explicit split too short for the horizon's gap): still name the data
            throw new DataException(table.source() + " (" + table.rowCount() + " rows, horizon " + spec.horizon()
                    + "): " + e.getMessage(), e);
        }
        long offset = (long) spec.transform().seasonalPeriod() + spec.transform().differenceOrder();
        long rows = needed + offset + framer.span();
        if (table.rowCount() < rows) {
            throw new DataException(table.source() + ": " + table.rowCount() + " rows are too few for lags "
                    + spec.lags() + ", horizon " + spec.horizon()
                    + (offset > 0 ? ", " + offset + " values lost to differencing" : "")
                    + " and a " + spec.split().describe() + " split: need at least " + rows);
        }
    }

    /** The split's parts; its refusal (a part left empty by the rounding) names the file and its rows. */
    private static SplitIndices assign(SplitSpec split, int samples, DataTable table) {
        try {
            return split.assign(samples);
        } catch (DataException e) {
            throw new DataException(table.source() + " (" + table.rowCount() + " rows): " + e.getMessage());
        }
    }

    /**
     * Keeps a part's targets from reaching into the next part. Chronological parts are cut at
     * each sample's first target, so with H > 1 targets per sample (or L for many-to-many) the
     * last H - 1 samples of a part would train on (or be validated against) values of the next
     * part, and the scaler would see them too. Those samples are left out. Random splits are
     * for independent samples and are kept as they are.
     */
    private static SplitIndices purge(SplitIndices split, DatasetSpec spec, Framer framer, String source) {
        int gap = framer.outputs() - 1;
        if (gap == 0 || spec.split() instanceof SplitSpec.Random) {
            return split;
        }
        int[] train = dropLast(split.train(), gap);
        int[] validation = split.test().length > 0 ? dropLast(split.validation(), gap) : split.validation();
        if (train.length < 1 || validation.length < 1) {
            throw new DataException(source + ": " + spec.horizon() + " targets per sample need a gap of " + gap
                    + " samples between the parts, which leaves " + train.length + " for training and "
                    + validation.length + " for validation; use more rows, a shorter horizon or other fractions");
        }
        return new SplitIndices(train, validation, split.test());
    }

    private static int[] dropLast(int[] part, int n) {
        return java.util.Arrays.copyOf(part, Math.max(0, part.length - n));
    }

    /** The smallest sample count for which the split gives non-empty train and validation parts. */
    static long minimumSamples(SplitSpec split) {
        return SplitMinimum.of(split, 0);
    }

    /** Marks every series index a training sample reads (inputs) or predicts (targets). */
    private static boolean[] trainingMask(Framer framer, int[] trainSamples, int offset, int length) {
        boolean[] mask = new boolean[length];
        for (int i : trainSamples) {
            int start = offset + i;
            int end = framer.targetIndex(i, framer.outputs() - 1, offset);
            for (int t = start; t <= end; t++) {
                mask[t] = true;
            }
        }
        return mask;
    }

    private static SeriesTransform fitColumn(DatasetSpec spec, DataTable table, String column, boolean[] training) {
        int index = table.indexOf(column);
        SeriesLocation where = new SeriesLocation(table.source(), table.describe(index), table.rowNumbers());
        return SeriesTransform.fit(spec.transform(), table.column(column), training, where);
    }
}
