package org.lstmworkbench.data.sequence;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.lstmworkbench.data.DataException;
import org.lstmworkbench.data.RegularFiles;

/** File text and cell values for the sequence readers, with the messages of {@code CsvLoader}. */
final class Cells {

    private static final Set<String> MISSING = Set.of("", "na", "nan", "null");
    /** Plain decimal numbers only, as {@code CsvLoader} reads them. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private Cells() {
    }

    /** The file's name as messages show it. */
    static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    /** The UTF-8 text of a file without a byte-order mark. */
    static String read(Path file) {
        RegularFiles.require(file);
        String source = name(file);
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
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        if (text.isBlank()) {
            throw new DataException(source + ": the file is empty (no rows)");
        }
        return text;
    }

    static boolean isMissing(String cell) {
        return MISSING.contains(cell.trim().toLowerCase(Locale.ROOT));
    }

    static boolean isNumber(String cell) {
        return NUMBER.matcher(cell.trim()).matches();
    }

    /** Whether a row is a header: some cell is neither a number nor a missing value. */
    static boolean looksLikeHeader(List<String> fields) {
        return fields.stream().anyMatch(f -> !isNumber(f) && !isMissing(f));
    }

    /**
     * A feature value.
     *
     * @throws DataException naming source, row and column for a missing or non-numeric cell, or a number
     *     beyond a double
     */
    static double feature(String cell, String source, int line, String column) {
        if (isMissing(cell)) {
            throw DataException.at(source, line, column, "a feature value is missing"
                    + (cell.isEmpty() ? "" : " (\"" + cell + "\")"));
        }
        if (!isNumber(cell)) {
            throw DataException.at(source, line, column, "\"" + cell + "\" is not a number");
        }
        double value = Double.parseDouble(cell);
        if (Double.isInfinite(value)) {
            // 1e309 or a 400-digit number: finite as written, beyond a double (as CsvLoader's series say)
            throw DataException.at(source, line, column, "the number is too large for a double (it overflows to "
                    + (value > 0 ? "" : "-") + "infinity)");
        }
        return value;
    }

    /** The column named {@code wanted}, compared without case; -1 when absent. */
    static int column(List<String> header, String wanted) {
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).equalsIgnoreCase(wanted)) {
                return c;
            }
        }
        return -1;
    }

    /** The first of {@code candidates} the header holds; -1 when none. */
    static int firstColumn(List<String> header, List<String> candidates) {
        for (String candidate : candidates) {
            int c = column(header, candidate);
            if (c >= 0) {
                return c;
            }
        }
        return -1;
    }
}
