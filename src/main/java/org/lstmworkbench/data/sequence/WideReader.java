package org.lstmworkbench.data.sequence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lstmworkbench.data.DataException;

/**
 * Reads the wide layout of the UCR/UEA time-series classification archive: one row per sequence,
 * the label first, then the values of its single feature over time.
 *
 * <p>The delimiter is the first line's: a tab when it holds one, else a comma when it holds one,
 * else runs of white space (the archive's older {@code .txt} files). An optional header line (a
 * non-numeric cell after the label) is skipped. Trailing missing cells ({@code NaN}, empty,
 * {@code NA}) shorten the sequence, as the archive pads its variable-length sets with NaN; a
 * missing value before the last number is an error. Sequences are named by their 1-based data row
 * ({@code "1"}, {@code "2"}, ...); the feature is named {@link #FEATURE}.
 */
public final class WideReader {

    /** The name of the single feature. */
    public static final String FEATURE = "value";

    private WideReader() {
    }

    /**
     * The dataset in wide text.
     *
     * @throws DataException naming file, row and column for every bad input
     */
    public static SequenceDataset read(String text, String source) {
        String[] lines = text.split("\\R", -1);
        String splitter = null;
        List<String> header = null;
        List<Sequence> sequences = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            if (splitter == null) {
                splitter = lines[i].contains("\t") ? "\t" : lines[i].contains(",") ? "," : "\\s+";
            }
            List<String> cells = Arrays.stream(lines[i].trim().split(splitter, -1)).map(String::trim).toList();
            if (sequences.isEmpty() && header == null && Cells.looksLikeHeader(cells.subList(1, cells.size()))) {
                header = cells;
                continue;
            }
            sequences.add(row(cells, i + 1, sequences.size() + 1, header, source));
        }
        if (sequences.isEmpty()) {
            throw new DataException(source + ": holds no sequences (no data rows)");
        }
        return new SequenceDataset(source, List.of(FEATURE), sequences);
    }

    private static Sequence row(List<String> cells, int line, int ordinal, List<String> header, String source) {
        String label = ClassLabels.canonical(cells.get(0));
        if (label.isEmpty() || Cells.isMissing(label)) {
            throw DataException.at(source, line, column(header, 0), "the label is missing");
        }
        int end = cells.size();
        while (end > 1 && Cells.isMissing(cells.get(end - 1))) {
            end--;
        }
        if (end == 1) {
            throw DataException.at(source, line, column(header, 1), "the sequence has no values (no time steps)");
        }
        double[] values = new double[end - 1];
        for (int c = 1; c < end; c++) {
            values[c - 1] = Cells.feature(cells.get(c), source, line, column(header, c));
        }
        return Sequence.univariate(Integer.toString(ordinal), label, values);
    }

    private static String column(List<String> header, int c) {
        boolean named = header != null && c < header.size() && !header.get(c).isEmpty();
        return DataException.describeColumn(named ? header.get(c) : null, named, c);
    }
}
