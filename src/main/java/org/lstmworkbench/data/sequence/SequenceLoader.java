package org.lstmworkbench.data.sequence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lstmworkbench.data.CsvRows;
import org.lstmworkbench.data.DataException;

/**
 * Loads a classification dataset from a file, a folder or a {@code demo:NAME}.
 *
 * <p>Format detection, when {@link SequenceReadOptions#format()} is {@code null}:
 * <ol>
 *   <li>a folder is {@link SequenceFormat#FOLDER};</li>
 *   <li>a file whose first line splits on neither comma, tab nor semicolon but on white space is
 *       {@link SequenceFormat#WIDE} (the UCR archive's {@code .txt} files);</li>
 *   <li>a file whose first line is a header naming the sequence-id column (the one given, else one
 *       of {@link LongCsvReader#ID_COLUMNS}) is {@link SequenceFormat#LONG};</li>
 *   <li>a file with no header is {@link SequenceFormat#WIDE} (UCR files have none); a first line
 *       is a header when a cell after its first is not a number (a wide row may start with a
 *       text label);</li>
 *   <li>a file with a header but no sequence-id column is wide when its header names no label
 *       column and no long-format option was given; otherwise it is an error asking for the
 *       sequence-id column or the format.</li>
 * </ol>
 */
public final class SequenceLoader {

    private SequenceLoader() {
    }

    /**
     * Loads {@code demo:NAME} (see {@link SequenceDemos}) or the file or folder at {@code source}.
     *
     * @throws DataException for an unknown demo or any bad input
     */
    public static SequenceDataset load(String source, SequenceReadOptions options) {
        if (SequenceDemos.isDemo(source)) {
            return SequenceDemos.load(source);
        }
        return load(Path.of(source), options);
    }

    /**
     * Loads a file or folder in the given or detected format.
     *
     * @throws DataException for a missing path or any bad input, naming file, row and column
     */
    public static SequenceDataset load(Path path, SequenceReadOptions options) {
        SequenceFormat format = options.format() != null ? options.format() : detect(path, options);
        if (format == SequenceFormat.FOLDER) {
            if (!Files.isDirectory(path)) {
                throw new DataException(Cells.name(path) + ": the folder format needs a folder");
            }
            return FolderReader.read(path, options);
        }
        if (Files.isDirectory(path)) {
            throw new DataException(Cells.name(path) + ": is a folder; the " + format.id() + " format reads a file");
        }
        String text = Cells.read(path);
        return format == SequenceFormat.LONG ? LongCsvReader.read(text, Cells.name(path), options)
                : WideReader.read(text, Cells.name(path));
    }

    /**
     * The format of a file or folder, by the rules of this class.
     *
     * @throws DataException when the path is missing or the format cannot be told
     */
    public static SequenceFormat detect(Path path, SequenceReadOptions options) {
        if (Files.isDirectory(path)) {
            return SequenceFormat.FOLDER;
        }
        String text = Cells.read(path);
        String source = Cells.name(path);
        String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElseThrow().trim();
        boolean delimited = firstLine.contains(",") || firstLine.contains("\t") || firstLine.contains(";");
        if (!delimited && firstLine.split("\\s+").length > 1) {
            return SequenceFormat.WIDE;
        }
        List<String> header = CsvRows.read(text, source).get(0).fields();
        // a wide data row may start with a text label, but only a header has text after it
        if (header.size() < 2 || !Cells.looksLikeHeader(header.subList(1, header.size()))) {
            return SequenceFormat.WIDE;
        }
        boolean hasId = options.sequenceColumn() != null ? Cells.column(header, options.sequenceColumn()) >= 0
                : Cells.firstColumn(header, LongCsvReader.ID_COLUMNS) >= 0;
        if (hasId) {
            return SequenceFormat.LONG;
        }
        boolean longHints = options.sequenceColumn() != null || options.stepColumn() != null
                || options.labelColumn() != null || options.groupColumn() != null
                || !options.featureColumns().isEmpty() || Cells.firstColumn(header, LongCsvReader.LABEL_COLUMNS) > 0;
        if (longHints) {
            throw new DataException(source + ": looks like the long format (one row per time step) but has no "
                    + "sequence-id column" + (options.sequenceColumn() == null ? "" : " \"" + options.sequenceColumn()
                    + "\"") + "; name it (the columns are " + String.join(", ", header) + ") or give the format");
        }
        return SequenceFormat.WIDE;
    }
}
