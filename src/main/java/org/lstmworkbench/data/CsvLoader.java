package org.lstmworkbench.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.lstmworkbench.data.CsvRows.Row;

/**
 * Reads a time series table from CSV text with Apache Commons CSV.
 *
 * <p>What it accepts: a UTF-8 file (a byte-order mark is stripped); delimiter {@code ,},
 * {@code ;} or tab, detected from the first lines; quoted fields; a header line or none
 * (there is a header when the first row has a non-numeric cell in a column that is numeric
 * below it); a first column of labels when it holds non-numeric text (dates such as
 * {@code 1949-01} or {@code 1-01}); then numeric columns, and text columns (a wind direction, or
 * numbers with a bad cell) kept as {@link TextColumn}s: {@link #read} and {@link #parse} never
 * refuse them, the pipeline encodes or refuses them only when chosen; the whole-table
 * {@code load} methods still refuse any text cell. Missing cells
 * ({@code NA}, empty, {@code NaN}, {@code nan}, {@code null}) are read as {@link Double#NaN}
 * and then handled by a {@link MissingPolicy}. Blank lines are skipped, and trailing lines
 * holding a single text field (a footer such as "Sales of shampoo over a three year period")
 * are dropped.
 *
 * <p>{@link CsvRows} splits the text into records with their lines; this class finds the header,
 * the label column and the numbers.
 *
 * <p>Errors are {@link DataException}s naming the source, the 1-based physical line (the
 * header is row 1) and the column (see {@link DataException}).
 */
public final class CsvLoader {

    private static final Set<String> MISSING = Set.of("", "na", "nan", "null");
    /** Plain decimal numbers only: no hex, no "Infinity", no Java suffixes like "1d". */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private CsvLoader() {
    }

    /** Loads a file, refusing missing values ({@link MissingPolicy#ERROR}). */
    public static DataTable load(Path file) {
        return load(file, MissingPolicy.ERROR);
    }

    /** Loads a file and handles its missing values with {@code policy}. */
    public static DataTable load(Path file, MissingPolicy policy) {
        return MissingValues.apply(numericOnly(read(file)), policy);
    }

    /**
     * Loads the named numeric columns of a file (for example a target and its inputs) and
     * handles missing values in those columns only.
     *
     * @throws DataException for an unknown column, listing the known ones
     */
    public static DataTable load(Path file, List<String> columns, MissingPolicy policy) {
        return MissingValues.apply(numericOnly(read(file).select(columns)), policy);
    }

    /** Loads CSV text (tests, pasted data) named {@code source} in messages. */
    public static DataTable load(String content, String source, MissingPolicy policy) {
        return MissingValues.apply(numericOnly(parse(content, source)), policy);
    }

    /**
     * The table these whole-table loaders return: every column numeric, as before text columns
     * were kept (a text cell is an error naming its row and column).
     */
    private static DataTable numericOnly(DataTable table) {
        if (!table.textColumns().isEmpty()) {
            throw table.notANumber(table.textColumns().get(0));
        }
        return table;
    }

    /** Loads CSV from a reader named {@code source} in messages. */
    public static DataTable load(Reader reader, String source, MissingPolicy policy) {
        try {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[8192];
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                text.append(buffer, 0, n);
            }
            return load(text.toString(), source, policy);
        } catch (IOException e) {
            throw new DataException(source + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /**
     * Reads a file keeping gaps as {@link Double#NaN} (the pipeline applies the missing-value
     * policy after choosing columns, so gaps in unused columns do not matter).
     *
     * @throws DataException when the file is missing, unreadable, not UTF-8 or malformed
     */
    public static DataTable read(Path file) {
        RegularFiles.require(file);
        String source = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new DataException(source + ": cannot be read: it is a folder (" + file.toAbsolutePath()
                    + "); give a CSV file");
        }
        String content;
        try {
            content = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DataException(source + ": file not found (" + file.toAbsolutePath() + ")", e);
        } catch (CharacterCodingException e) {
            throw new DataException(source + ": is not UTF-8 text", e);
        } catch (java.nio.file.AccessDeniedException e) {
            throw new DataException(source + ": cannot be read (permission denied: " + file.toAbsolutePath() + ")", e);
        } catch (IOException e) {
            throw new DataException(source + ": cannot be read (" + e.getMessage() + ")", e);
        }
        return parse(content, source);
    }

    /** Parses CSV text keeping gaps as {@link Double#NaN}. */
    public static DataTable parse(String content, String source) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (text.isBlank()) {
            throw new DataException(source + ": the file is empty (no rows)");
        }
        List<Row> rows = CsvRows.read(text, source);
        dropFooter(rows);
        boolean header = hasHeader(rows);
        if (header) {
            refuseDuplicateNames(rows.get(0), source);
        }
        int width = rows.get(0).fields().size();
        for (Row row : rows) {
            checkWidth(row, width, header ? rows.get(0).fields() : null, source);
        }
        List<Row> data = header ? rows.subList(1, rows.size()) : rows;
        if (data.isEmpty()) {
            throw new DataException(source + ": has a header (row " + rows.get(0).line()
                    + ") but no data rows");
        }
        return toTable(source, header ? rows.get(0).fields() : null, data, width);
    }

    private static void refuseDuplicateNames(Row header, String source) {
        List<String> names = header.fields();
        for (int j = 0; j < names.size(); j++) {
            int first = names.indexOf(names.get(j));
            if (first < j) {
                throw new DataException(source + ": row " + header.line() + ": columns " + (first + 1) + " and "
                        + (j + 1) + " are both named \"" + names.get(j) + "\"; rename one");
            }
        }
    }

    /** Drops trailing blank rows and single-text-field footer lines after the data. */
    private static void dropFooter(List<Row> rows) {
        int width = rows.get(0).fields().size();
        while (rows.size() > 1) {
            List<String> last = rows.get(rows.size() - 1).fields();
            boolean blank = last.stream().allMatch(String::isEmpty);
            boolean footer = width > 1 && last.stream().filter(f -> !f.isEmpty()).count() == 1
                    && !isNumber(last.get(0)) && !isMissing(last.get(0))
                    && last.stream().skip(1).allMatch(String::isEmpty);
            if (!blank && !footer) {
                return;
            }
            rows.remove(rows.size() - 1);
        }
    }

    private static boolean hasHeader(List<Row> rows) {
        List<String> first = rows.get(0).fields();
        if (rows.size() == 1) {
            return first.stream().noneMatch(CsvLoader::isNumber);
        }
        for (int c = 0; c < first.size(); c++) {
            String cell = first.get(c);
            if (isNumber(cell) || isMissing(cell)) {
                continue;
            }
            for (Row row : rows.subList(1, Math.min(rows.size(), 1 + CsvRows.SNIFF_LINES))) {
                if (c < row.fields().size() && isNumber(row.fields().get(c))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void checkWidth(Row row, int width, List<String> header, String source) {
        int size = row.fields().size();
        if (size < width) {
            String column = header == null ? "column " + (size + 1) : "column \"" + header.get(size) + "\"";
            throw DataException.at(source, row.line(), column, "missing: the row has " + size
                    + " field(s) where the first row has " + width);
        }
        if (size > width) {
            throw DataException.at(source, row.line(), "column " + (width + 1), "unexpected: the row has "
                    + size + " fields where the first row has " + width);
        }
    }

    private static DataTable toTable(String source, List<String> header, List<Row> data, int width) {
        boolean labelled = width > 1 && hasTextFirstColumn(data);
        int firstNumeric = labelled ? 1 : 0;
        List<String> names = new ArrayList<>();
        List<double[]> columns = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        List<TextColumn> text = new ArrayList<>();
        for (int c = firstNumeric; c < width; c++) {
            String name = header == null || header.get(c).isEmpty() ? "column " + (c + 1) : header.get(c);
            int column = c;
            List<String> cells = data.stream().map(r -> r.fields().get(column)).toList();
            int firstText = firstText(cells);
            if (firstText >= 0) {
                // kept as text: parsed (and refused) or encoded only if the column is chosen
                text.add(new TextColumn(name, c, cells.stream().map(f -> isMissing(f) ? null : f).toList(),
                        firstText, mostlyText(cells)));
                continue;
            }
            names.add(name);
            columns.add(cells.stream().mapToDouble(f -> isMissing(f) ? Double.NaN : Double.parseDouble(f)).toArray());
            indices.add(c);
        }
        List<String> labels = labelled ? data.stream().map(r -> r.fields().get(0)).toList() : List.of();
        String labelName = !labelled ? null : header == null ? "column 1" : header.get(0);
        int[] lines = data.stream().mapToInt(Row::line).toArray();
        return new DataTable(source, header != null, labelName, labels, names, columns, lines,
                indices.stream().mapToInt(Integer::intValue).toArray(), text);
    }

    /** 0-based row of the first present cell that is not a number, or -1. */
    private static int firstText(List<String> cells) {
        for (int r = 0; r < cells.size(); r++) {
            if (!isMissing(cells.get(r)) && !isNumber(cells.get(r))) {
                return r;
            }
        }
        return -1;
    }

    /** Whether most present cells are text: a category column rather than numbers with a typo. */
    private static boolean mostlyText(List<String> cells) {
        long present = cells.stream().filter(f -> !isMissing(f)).count();
        long text = cells.stream().filter(f -> !isMissing(f) && !isNumber(f)).count();
        return 2 * text > present;
    }

    private static boolean hasTextFirstColumn(List<Row> data) {
        return data.stream().map(r -> r.fields().get(0)).filter(f -> !isMissing(f)).findFirst()
                .map(f -> !isNumber(f)).orElse(false);
    }

    static boolean isMissing(String cell) {
        return MISSING.contains(cell.trim().toLowerCase(Locale.ROOT));
    }

    static boolean isNumber(String cell) {
        return NUMBER.matcher(cell.trim()).matches();
    }
}
