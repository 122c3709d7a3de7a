package org.lstmworkbench.data.sequence;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.lstmworkbench.data.CsvRows;
import org.lstmworkbench.data.CsvRows.Row;
import org.lstmworkbench.data.DataException;

/**
 * Reads a folder of one CSV per sequence plus a labels CSV.
 *
 * <p>Sequence files: every {@code .csv}, {@code .tsv} and {@code .txt} file of the folder but the
 * labels file, ordered by name with a trailing number compared as a number ({@code s2} before
 * {@code s10}). Each holds one row per time step and one column per feature, all numeric, with
 * an optional header line naming the features (the first file's names are the dataset's). The
 * sequence is named by the file's stem.
 *
 * <p>Labels file: {@link SequenceReadOptions#labelsFile} (a relative path is looked up in the
 * folder), else the one file whose name contains {@code label}. Its first column names a sequence
 * file by its file name ({@code walk_3.csv}), its stem ({@code walk_3}) or the integer at the end
 * of its stem ({@code 3}, as UCI sets that number their files); its second column is the label. A
 * first line that starts with {@code #}, or that names no file while later lines do, is a header.
 * With {@link SequenceReadOptions#groupColumn} the labels file's column of that header name gives
 * each sequence its group. Every sequence file needs exactly one label.
 */
public final class FolderReader {

    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d+)$");

    private FolderReader() {
    }

    /**
     * The dataset in a folder.
     *
     * @throws DataException naming file, row and column for every bad input
     */
    public static SequenceDataset read(Path folder, SequenceReadOptions options) {
        String source = Cells.name(folder) + "/";
        Path labels = labelsFile(folder, options, source);
        List<Path> files = sequenceFiles(folder, labels, source);
        Map<Path, String[]> labelled = new LabelsTable(labels, files, options.groupColumn()).read();
        List<String> features = null;
        String firstFile = null;
        List<Sequence> sequences = new ArrayList<>();
        for (Path file : files) {
            String[] labelAndGroup = labelled.get(file);
            if (labelAndGroup == null) {
                throw new DataException(Cells.name(file) + ": a label is missing for this sequence file (no row of "
                        + Cells.name(labels) + " names it by its file name, stem or number)");
            }
            FileSteps steps = readSteps(file);
            if (features == null) {
                features = steps.names;
                firstFile = Cells.name(file);
            } else if (steps.names.size() != features.size()) {
                throw new DataException(Cells.name(file) + ": has " + steps.names.size() + " feature column(s) where "
                        + firstFile + " has " + features.size() + "; every sequence needs the same features");
            }
            sequences.add(new Sequence(stem(file), labelAndGroup[1], labelAndGroup[0], steps.values));
        }
        return new SequenceDataset(source, features, sequences);
    }

    private static Path labelsFile(Path folder, SequenceReadOptions options, String source) {
        if (options.labelsFile() != null) {
            Path given = options.labelsFile();
            Path file = given.isAbsolute() || Files.exists(given) ? given : folder.resolve(given);
            if (!Files.isRegularFile(file)) {
                throw new DataException(Cells.name(file) + ": labels file not found (" + file.toAbsolutePath() + ")");
            }
            return file;
        }
        List<Path> candidates = list(folder, source).stream()
                .filter(p -> Cells.name(p).toLowerCase(Locale.ROOT).contains("label")).toList();
        if (candidates.size() != 1) {
            throw new DataException(source + ": " + (candidates.isEmpty() ? "no labels file" : "several labels files ("
                    + String.join(", ", candidates.stream().map(Cells::name).toList()) + ")")
                    + "; name the labels CSV (looked for a file whose name contains \"label\")");
        }
        return candidates.get(0);
    }

    private static List<Path> sequenceFiles(Path folder, Path labels, String source) {
        List<Path> files = list(folder, source).stream().filter(p -> !samePath(p, labels))
                .sorted(Comparator.comparing(FolderReader::sortKey)).toList();
        if (files.isEmpty()) {
            throw new DataException(source + ": holds no sequence files (.csv, .tsv or .txt) beside the labels file");
        }
        return files;
    }

    private static List<Path> list(Path folder, String source) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).filter(p -> !Cells.name(p).startsWith("."))
                    .filter(p -> Cells.name(p).toLowerCase(Locale.ROOT).matches(".*\\.(csv|tsv|txt)")).toList();
        } catch (IOException e) {
            throw new DataException(source + ": cannot be listed (" + e + ")", e);
        }
    }

    private static boolean samePath(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** Name order with a trailing number compared as a number, padded to compare as text. */
    private static String sortKey(Path file) {
        Matcher m = TRAILING_NUMBER.matcher(stem(file));
        return m.matches() ? m.group(1) + "\u0000" + "%040d".formatted(new BigInteger(m.group(2))) + Cells.name(file)
                : stem(file) + "\u0000" + Cells.name(file);
    }

    static String stem(Path file) {
        String name = Cells.name(file);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The integer at the end of a file's stem, or null. */
    static String trailingNumber(Path file) {
        Matcher m = TRAILING_NUMBER.matcher(stem(file));
        return m.matches() ? new BigInteger(m.group(2)).toString() : null;
    }

    private record FileSteps(List<String> names, double[][] values) {
    }

    private static FileSteps readSteps(Path file) {
        String source = Cells.name(file);
        List<Row> rows = CsvRows.read(Cells.read(file), source);
        boolean header = Cells.looksLikeHeader(rows.get(0).fields());
        List<String> first = rows.get(0).fields();
        List<Row> data = header ? rows.subList(1, rows.size()) : rows;
        if (data.isEmpty()) {
            throw new DataException(source + ": has no data rows; a sequence needs at least one time step");
        }
        int width = first.size();
        List<String> names = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            names.add(header && !first.get(c).isEmpty() ? first.get(c) : "column " + (c + 1));
        }
        double[][] values = new double[data.size()][width];
        for (int r = 0; r < data.size(); r++) {
            Row row = data.get(r);
            if (row.fields().size() != width) {
                throw DataException.at(source, row.line(), "column " + (Math.min(row.fields().size(), width) + 1),
                        "the row has " + row.fields().size() + " field(s) where the first row has " + width);
            }
            for (int c = 0; c < width; c++) {
                values[r][c] = Cells.feature(row.fields().get(c), source, row.line(),
                        DataException.describeColumn(names.get(c), header, c));
            }
        }
        return new FileSteps(names, values);
    }

    /** The labels CSV matched to the sequence files. */
    private static final class LabelsTable {
        private final Path file;
        private final String source;
        private final String groupColumn;
        private final Map<String, Path> byName = new HashMap<>();
        private final Map<String, Path> byStem = new HashMap<>();
        private final Map<String, List<Path>> byNumber = new HashMap<>();

        LabelsTable(Path file, List<Path> sequenceFiles, String groupColumn) {
            this.file = file;
            this.source = Cells.name(file);
            this.groupColumn = groupColumn;
            for (Path p : sequenceFiles) {
                byName.put(Cells.name(p), p);
                byStem.put(stem(p), p);
                String number = trailingNumber(p);
                if (number != null) {
                    byNumber.computeIfAbsent(number, k -> new ArrayList<>()).add(p);
                }
            }
        }

        /** Label and group (or null) per sequence file. */
        Map<Path, String[]> read() {
            List<Row> rows = CsvRows.read(Cells.read(file), source);
            boolean header = isHeader(rows);
            int group = groupIndex(header ? rows.get(0) : null);
            Map<Path, String[]> labels = new LinkedHashMap<>();
            Map<Path, Integer> lines = new HashMap<>();
            for (Row row : header ? rows.subList(1, rows.size()) : rows) {
                List<String> f = row.fields();
                if (f.size() < 2 || f.get(1).isEmpty()) {
                    throw DataException.at(source, row.line(), "column 2", "the label is missing (a row holds a "
                            + "sequence file's name and its label)");
                }
                Path target = match(f.get(0), row.line());
                if (target == null) {
                    throw DataException.at(source, row.line(), "column 1", "\"" + f.get(0)
                            + "\" names no sequence file (by file name, stem or trailing number)");
                }
                Integer before = lines.put(target, row.line());
                if (before != null) {
                    throw DataException.at(source, row.line(), "column 1", "a second label for " + Cells.name(target)
                            + " (row " + before + " gave one)");
                }
                String groupValue = group < 0 || group >= f.size() || f.get(group).isEmpty() ? null : f.get(group);
                labels.put(target, new String[] {ClassLabels.canonical(f.get(1)), groupValue});
            }
            return labels;
        }

        private boolean isHeader(List<Row> rows) {
            String first = rows.get(0).fields().get(0);
            if (first.startsWith("#")) {
                return true;
            }
            return rows.size() > 1 && lookup(first) == null && lookup(rows.get(1).fields().get(0)) != null;
        }

        private int groupIndex(Row header) {
            if (groupColumn == null) {
                return -1;
            }
            if (header == null) {
                throw new DataException(source + ": has no header line, so it has no column \"" + groupColumn
                        + "\" for the groups");
            }
            List<String> names = header.fields().stream().map(n -> n.startsWith("#") ? n.substring(1).trim() : n)
                    .toList();
            int c = Cells.column(names, groupColumn);
            if (c < 0) {
                throw new DataException(source + ": no column \"" + groupColumn + "\" (the group column); the columns "
                        + "are " + String.join(", ", names));
            }
            return c;
        }

        private Path lookup(String key) {
            Path p = byName.get(key);
            if (p == null) {
                p = byStem.get(key);
            }
            if (p == null && key.matches("\\d+")) {
                List<Path> numbered = byNumber.get(new BigInteger(key).toString());
                p = numbered == null ? null : numbered.get(0);
            }
            return p;
        }

        private Path match(String key, int line) {
            if (!byName.containsKey(key) && !byStem.containsKey(key) && key.matches("\\d+")) {
                List<Path> numbered = byNumber.get(new BigInteger(key).toString());
                if (numbered != null && numbered.size() > 1) {
                    throw DataException.at(source, line, "column 1", "the number " + key + " ends the names of "
                            + String.join(" and ", numbered.stream().map(Cells::name).toList())
                            + "; name the file instead");
                }
            }
            return lookup(key);
        }
    }
}
