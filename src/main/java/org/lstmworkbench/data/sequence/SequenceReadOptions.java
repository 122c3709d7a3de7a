package org.lstmworkbench.data.sequence;

import java.nio.file.Path;
import java.util.List;

/**
 * What a user told the {@link SequenceLoader} about a file; every field may be left out
 * ({@code null}, or an empty list) to be detected or defaulted as the loader documents.
 *
 * @param format the layout, or {@code null} to detect it
 * @param sequenceColumn long format: the sequence-id column (default: the first of
 *     {@link LongCsvReader#ID_COLUMNS})
 * @param stepColumn long format: the step/order column rows are sorted by (default: the first of
 *     {@link LongCsvReader#STEP_COLUMNS}, else file order)
 * @param labelColumn long format: the label column (default: the first of
 *     {@link LongCsvReader#LABEL_COLUMNS})
 * @param groupColumn long format: the group column, or {@code null} for none (never guessed)
 * @param featureColumns long format: the feature columns (default: every numeric column but id,
 *     step, label and group)
 * @param labelsFile folder format: the labels CSV (default: the one file of the folder whose name
 *     contains {@code label})
 */
public record SequenceReadOptions(SequenceFormat format, String sequenceColumn, String stepColumn,
                                  String labelColumn, String groupColumn, List<String> featureColumns,
                                  Path labelsFile) {

    public SequenceReadOptions {
        featureColumns = featureColumns == null ? List.of() : List.copyOf(featureColumns);
    }

    /** Everything detected. */
    public static SequenceReadOptions detect() {
        return new SequenceReadOptions(null, null, null, null, null, List.of(), null);
    }

    public SequenceReadOptions withFormat(SequenceFormat f) {
        return new SequenceReadOptions(f, sequenceColumn, stepColumn, labelColumn, groupColumn, featureColumns,
                labelsFile);
    }

    public SequenceReadOptions withSequenceColumn(String column) {
        return new SequenceReadOptions(format, column, stepColumn, labelColumn, groupColumn, featureColumns,
                labelsFile);
    }

    public SequenceReadOptions withStepColumn(String column) {
        return new SequenceReadOptions(format, sequenceColumn, column, labelColumn, groupColumn, featureColumns,
                labelsFile);
    }

    public SequenceReadOptions withLabelColumn(String column) {
        return new SequenceReadOptions(format, sequenceColumn, stepColumn, column, groupColumn, featureColumns,
                labelsFile);
    }

    public SequenceReadOptions withGroupColumn(String column) {
        return new SequenceReadOptions(format, sequenceColumn, stepColumn, labelColumn, column, featureColumns,
                labelsFile);
    }

    public SequenceReadOptions withFeatureColumns(List<String> columns) {
        return new SequenceReadOptions(format, sequenceColumn, stepColumn, labelColumn, groupColumn, columns,
                labelsFile);
    }

    public SequenceReadOptions withLabelsFile(Path file) {
        return new SequenceReadOptions(format, sequenceColumn, stepColumn, labelColumn, groupColumn, featureColumns,
                file);
    }
}
