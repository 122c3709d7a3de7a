package org.lstmworkbench.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Loads the shared datasets that sit beside the project ({@code ../shared/datasets}). */
class SharedDatasetsTest {

    static final Path DATASETS = Path.of("../shared/datasets");

    @BeforeEach
    void requireDatasets() {
        Assumptions.assumeTrue(Files.isDirectory(DATASETS), "no ../shared/datasets beside the project");
    }

    @ParameterizedTest
    @CsvSource({
        "airline-passengers.csv, Month, Passengers, 144, 1949-01, 112, 1960-12, 432",
        "monthly-shampoo-sales.csv, Month, Sales, 36, 1-01, 266.0, 3-12, 646.9",
        "daily-total-female-births.csv, Date, Births, 365, 1959-01-01, 35, 1959-12-31, 50"})
    void loadsSharedDatasetWithRightSizeAndEnds(String file, String labelName, String column, int rows,
                                                 String firstLabel, double first, String lastLabel, double last) {
        DataTable t = CsvLoader.load(DATASETS.resolve(file));
        assertThat(t.source()).isEqualTo(file);
        assertThat(t.labelName()).isEqualTo(labelName);
        assertThat(t.columnNames()).containsExactly(column);
        assertThat(t.rowCount()).isEqualTo(rows);
        double[] values = t.column(column);
        assertThat(values[0]).isEqualTo(first);
        assertThat(values[rows - 1]).isEqualTo(last);
        assertThat(t.labels().get(0)).isEqualTo(firstLabel);
        assertThat(t.labels().get(rows - 1)).isEqualTo(lastLabel);
        assertThat(t.rowNumbers()[rows - 1]).isEqualTo(rows + 1);
    }

    @org.junit.jupiter.api.Test
    void loadsChosenColumnsOfFileNamingUnknownOnes() {
        Path airline = DATASETS.resolve("airline-passengers.csv");
        assertThat(CsvLoader.load(airline, java.util.List.of("Passengers"), MissingPolicy.ERROR).column("Passengers"))
                .hasSize(144).startsWith(112, 118);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> CsvLoader.load(airline, java.util.List.of("Month"), MissingPolicy.ERROR))
                .isInstanceOf(DataException.class)
                .hasMessage("airline-passengers.csv: column \"Month\" holds labels (text such as dates), not numbers; numeric columns: \"Passengers\"");
    }
}
