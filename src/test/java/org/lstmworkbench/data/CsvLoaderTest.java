package org.lstmworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvLoaderTest {

    private static DataTable load(String text) {
        return CsvLoader.load(text, "t.csv", MissingPolicy.ERROR);
    }

    @Test
    void readsHeaderLabelsAndNumericColumns() {
        DataTable t = load("\"Month\",\"Passengers\"\r\n\"1949-01\",112\r\n\"1949-02\",118\r\n");
        assertThat(t.hasHeader()).isTrue();
        assertThat(t.labelName()).isEqualTo("Month");
        assertThat(t.labels()).containsExactly("1949-01", "1949-02");
        assertThat(t.columnNames()).containsExactly("Passengers");
        assertThat(t.column("Passengers")).containsExactly(112, 118);
        assertThat(t.rowNumbers()).containsExactly(2, 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {",", ";", "\t"})
    void detectsDelimiter(String d) {
        DataTable t = load("date" + d + "a" + d + "b\n1-01" + d + "1.5" + d + "2\n1-02" + d + "3" + d + "-4e1\n");
        assertThat(t.columnNames()).containsExactly("a", "b");
        assertThat(t.column("b")).containsExactly(2, -40);
    }

    @Test
    void treatsFirstRowAsDataWhenAllNumeric() {
        DataTable t = load("1,10\n2,20\n3,30\n");
        assertThat(t.hasHeader()).isFalse();
        assertThat(t.hasLabels()).isFalse();
        assertThat(t.columnNames()).containsExactly("column 1", "column 2");
        assertThat(t.column("column 2")).containsExactly(10, 20, 30);
    }

    @Test
    void keepsAnyTextFirstColumnAsLabelsWithoutHeader() {
        DataTable t = load("Jan,5\nFeb,6\n");
        assertThat(t.hasHeader()).isFalse();
        assertThat(t.labels()).containsExactly("Jan", "Feb");
        assertThat(t.column("column 2")).containsExactly(5, 6);
    }

    @Test
    void stripsByteOrderMarkAndReadsQuotedFields() {
        DataTable t = load("\uFEFF\"when\",\"value, in k\"\n\"a, b\",\"7\"\n");
        assertThat(t.labelName()).isEqualTo("when");
        assertThat(t.labels()).containsExactly("a, b");
        assertThat(t.column("value, in k")).containsExactly(7);
    }

    @Test
    void dropsTrailingFooterLineAndBlankLines() {
        DataTable t = load("Month,Sales\n1-01,266.0\n\n1-02,145.9\n\nSales of shampoo over a three year period\n");
        assertThat(t.column("Sales")).containsExactly(266.0, 145.9);
        assertThat(t.rowNumbers()).containsExactly(2, 4);
    }

    @Test
    void loadsFromReader() {
        DataTable t = CsvLoader.load(new StringReader("x\n1\n2\n"), "r.csv", MissingPolicy.ERROR);
        assertThat(t.column("x")).containsExactly(1, 2);
    }

    @Test
    void reportsRowAndColumnOfNonNumericCell() {
        String text = "Month,Passengers\n1,1\n2,2\n3,3\n4,4\n5,5\n6,abc\n";
        assertThatThrownBy(() -> CsvLoader.load(text, "airline.csv", MissingPolicy.ERROR))
                .isInstanceOf(DataException.class)
                .hasMessage("airline.csv: row 7, column \"Passengers\": \"abc\" is not a number");
    }

    @Test
    void reportsColumnIndexOfNonNumericCellWithoutHeader() {
        assertThatThrownBy(() -> load("1,2,3\n4,5,x\n"))
                .hasMessage("t.csv: row 2, column 3: \"x\" is not a number");
    }

    @Test
    void reportsRowOfRaggedRowWithTooFewFields() {
        assertThatThrownBy(() -> load("d,a,b\nx,1,2\ny,3\nz,5,6\n"))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("t.csv: row 3, column \"b\": missing")
                .hasMessageContaining("2 field(s) where the first row has 3");
    }

    @Test
    void reportsRowOfRaggedRowWithTooManyFields() {
        assertThatThrownBy(() -> load("d,a\nx,1\ny,3,4\n"))
                .hasMessageStartingWith("t.csv: row 3, column 3: unexpected: the row has 3 fields");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "\uFEFF", "   "})
    void reportsEmptyFile(String text) {
        assertThatThrownBy(() -> load(text)).isInstanceOf(DataException.class)
                .hasMessage("t.csv: the file is empty (no rows)");
    }

    @Test
    void reportsHeaderOnly() {
        assertThatThrownBy(() -> load("\"Month\",\"Passengers\"\n"))
                .hasMessage("t.csv: has a header (row 1) but no data rows");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"NA|3", "''|4", "NaN|5", "nan|6", "null|7"})
    void refusesMissingValueByDefaultNamingRowAndColumn(String token, int ignored) {
        String text = "d,v\na,1\nb," + token + "\nc,3\n";
        assertThatThrownBy(() -> load(text)).isInstanceOf(DataException.class)
                .hasMessageStartingWith("t.csv: row 3, column \"v\": missing value");
    }

    @Test
    void appliesMissingPolicies() {
        String text = "d,v,w\na,1,10\nb,NA,20\nc,,30\nd,4,NA\ne,8,50\n";
        assertThat(CsvLoader.load(text, "t", MissingPolicy.DROP_ROWS).column("v")).containsExactly(1, 8);
        assertThat(CsvLoader.load(text, "t", MissingPolicy.DROP_ROWS).labels()).containsExactly("a", "e");
        assertThat(CsvLoader.load(text, "t", MissingPolicy.FORWARD_FILL).column("v")).containsExactly(1, 1, 1, 4, 8);
        assertThat(CsvLoader.load(text, "t", MissingPolicy.FORWARD_FILL).column("w")).containsExactly(10, 20, 30, 30, 50);
        assertThat(CsvLoader.load(text, "t", MissingPolicy.INTERPOLATE).column("v")).containsExactly(1, 2, 3, 4, 8);
        assertThat(CsvLoader.load(text, "t", MissingPolicy.INTERPOLATE).column("w")).containsExactly(10, 20, 30, 40, 50);
    }

    @ParameterizedTest
    @CsvSource({"FORWARD_FILL, forward-filled", "INTERPOLATE, interpolated"})
    void refusesLeadingMissingValueWhenFilling(MissingPolicy policy, String verb) {
        assertThatThrownBy(() -> CsvLoader.load("d,v\na,NA\nb,2\n", "t.csv", policy))
                .hasMessage("t.csv: row 2, column \"v\": missing value at the start cannot be " + verb);
    }

    @Test
    void namesUnknownColumnAndListsKnownOnes() {
        DataTable t = load("d,a,b\nx,1,2\n");
        assertThatThrownBy(() -> t.column("c")).isInstanceOf(DataException.class)
                .hasMessage("t.csv: unknown column \"c\"; known columns: \"a\", \"b\"");
    }

    @Test
    void reportsFileNotFound(@TempDir Path dir) {
        assertThatThrownBy(() -> CsvLoader.load(dir.resolve("nope.csv"))).isInstanceOf(DataException.class)
                .hasMessageStartingWith("nope.csv: file not found");
    }

    @Test
    void reportsUnreadableFile(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("latin1.csv");
        Files.write(bad, new byte[] {'a', '\n', (byte) 0xE9, '\n'});
        assertThatThrownBy(() -> CsvLoader.load(bad)).isInstanceOf(DataException.class)
                .hasMessage("latin1.csv: is not UTF-8 text");
        assertThatThrownBy(() -> CsvLoader.load(dir)).isInstanceOf(DataException.class)
                .hasMessageStartingWith(dir.getFileName() + ": cannot be read");
    }

    @Test
    void countsPhysicalLinesAcrossQuotedNewlines() {
        assertThatThrownBy(() -> load("d,v\n\"two\nlines\",1\nx,oops\n"))
                .hasMessage("t.csv: row 4, column \"v\": \"oops\" is not a number");
    }

    @Test
    void anEmptyLineInsideOneColumnDataIsAMissingValueNamedByItsRow() {
        assertThatThrownBy(() -> CsvLoader.load("sales\n1\n2\n\n4\n\n", "gap.csv", MissingPolicy.ERROR))
                .isInstanceOf(DataException.class)
                .hasMessageContaining("gap.csv").hasMessageContaining("row 4");
        DataTable filled = CsvLoader.load("sales\n1\n2\n\n4\n\n", "gap.csv", MissingPolicy.INTERPOLATE);
        assertThat(filled.column("sales")).containsExactly(1, 2, 3, 4);
    }

    @Test
    void blankLinesBetweenRowsOfSeveralColumnsAreFormatting() {
        DataTable t = CsvLoader.load("a,b\n1,2\n\n3,4\n", "blank.csv", MissingPolicy.ERROR);
        assertThat(t.column("b")).containsExactly(2, 4);
    }

    @Test
    void refusesTwoColumnsWithTheSameName() {
        assertThatThrownBy(() -> CsvLoader.load("t,a,a\n1,2,3\n", "dup.csv", MissingPolicy.ERROR))
                .isInstanceOf(DataException.class)
                .hasMessage("dup.csv: row 1: columns 2 and 3 are both named \"a\"; rename one");
    }

    @Test
    void saysALabelColumnIsNotNumeric() {
        DataTable t = CsvLoader.load("month,sales\n1-01,266\n1-02,146\n", "shampoo.csv", MissingPolicy.ERROR);
        assertThatThrownBy(() -> t.column("month"))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("shampoo.csv: column \"month\" holds labels");
    }
}
