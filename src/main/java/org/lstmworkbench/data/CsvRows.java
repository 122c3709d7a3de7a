package org.lstmworkbench.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The first step of {@link CsvLoader}: CSV text to records that know their physical line, so every
 * later message can name the row a text editor shows. Knows nothing of headers or numbers.
 * Public for the sequence readers of {@code data.sequence}, which share its line numbering.
 */
public final class CsvRows {

    /** Lines read to detect the delimiter (and, by {@link CsvLoader}, a header). */
    static final int SNIFF_LINES = 10;
    private static final char[] DELIMITERS = {'\t', ';', ','};

    /** One record: its 1-based physical line (where it starts) and its trimmed fields. */
    public record Row(int line, List<String> fields) {
    }

    private CsvRows() {
    }

    /**
     * The records of CSV text (without a byte-order mark) with their 1-based physical lines, the
     * delimiter detected from the first lines, blank lines dropped as {@link #withoutBlankLines} says.
     *
     * @throws DataException when the text is not valid CSV or holds no rows
     */
    public static List<Row> read(String text, String source) {
        char delimiter = detectDelimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
                .setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true).setTrim(true).get();
        int[] lineStarts = lineStarts(text);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                // position of the record's first character: exact even with quoted newlines
                int line = lineOf(lineStarts, record.getCharacterPosition());
                rows.add(new Row(line, record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new DataException(source + ": is not valid CSV (" + e.getMessage() + ")", e);
        }
        return withoutBlankLines(rows, source);
    }

    /**
     * Drops blank lines, except inside one-column data: there an empty line is an empty cell, a
     * missing value that the policy must see (dropping it would silently shift the time axis).
     * Blank lines at the end are always dropped.
     */
    private static List<Row> withoutBlankLines(List<Row> rows, String source) {
        int end = rows.size();
        while (end > 0 && blank(rows.get(end - 1))) {
            end--;
        }
        List<Row> kept = new ArrayList<>();
        boolean oneColumn = rows.stream().filter(r -> !blank(r)).findFirst().map(r -> r.fields().size() == 1)
                .orElse(false);
        for (Row r : rows.subList(0, end)) {
            if (!blank(r) || (oneColumn && !kept.isEmpty())) {
                kept.add(r);
            }
        }
        if (kept.isEmpty()) {
            throw new DataException(source + ": the file is empty (no rows)");
        }
        return kept;
    }

    private static boolean blank(Row r) {
        return r.fields().size() == 1 && r.fields().get(0).isEmpty();
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] lineStarts, long position) {
        int found = Arrays.binarySearch(lineStarts, (int) position);
        return (found >= 0 ? found : -found - 2) + 1;
    }

    /** The delimiter that splits the first lines into the same number (> 0) of fields. */
    static char detectDelimiter(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).limit(SNIFF_LINES).toList();
        char best = ',';
        int bestCount = 0;
        for (char candidate : DELIMITERS) {
            int first = countOutsideQuotes(lines.get(0), candidate);
            boolean consistent = lines.stream().allMatch(l -> countOutsideQuotes(l, candidate) == first);
            // tab and ';' come first and win ties: a ';' file may use ',' as decimal mark
            if (consistent && first > bestCount) {
                best = candidate;
                bestCount = first;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char delimiter) {
        int count = 0;
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }
}
