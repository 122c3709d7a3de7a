package org.lstmworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input through the real command line: exit 2, one line naming the place, no trace. */
class BadInputLimitsCliTest {

    @TempDir
    Path dir;

    private Path fiveRows() throws Exception {
        Path csv = dir.resolve("five.csv");
        Files.writeString(csv, "t,y\n1,2\n2,4\n3,6\n4,8\n5,10\n");
        return csv;
    }

    static void assertOneLineError(CliRunner r, String... fragments) {
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        String err = r.err().strip();
        assertThat(err.lines().count()).as(err).isEqualTo(1);
        assertThat(err).doesNotContain("Exception").contains(fragments);
    }

    @ParameterizedTest
    @Timeout(20)
    @CsvSource(delimiter = '|', value = {
        "--horizon 2147483647|horizon 2147483647|need at least 16464041289",
        "--seasonal-difference 2147483647 --difference 1|2147483648 values lost to differencing|need at least 2147483651",
        "--lags 2147483647|lags 2147483647|need at least 2147483649"})
    void hugeWindowsAndPeriodsGiveTheTrueRowCountAtOnce(String options, String fragment, String more)
            throws Exception {
        List<String> args = new ArrayList<>(List.of("train", "--data", fiveRows().toString(), "--out",
                dir.resolve("run").toString()));
        args.addAll(List.of(options.split(" ")));
        CliRunner r = CliRunner.run(args.toArray(String[]::new));
        assertOneLineError(r, "five.csv: 5 rows are too few", fragment, more);
        assertThat(dir.resolve("run")).doesNotExist();
    }

    @Test
    void unitsAboveTheTrainableCapAreRefusedWithTheReason() {
        CliRunner r = CliRunner.run("train", "--data", "demo:seed-sequence", "--units", "4096", "--out",
                dir.resolve("run").toString());
        assertOneLineError(r, "cells in layer 1 must be at most 1024, was 4096", "grow as cells squared");
        assertThat(dir.resolve("run")).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"epochs\":3} garbage|not valid JSON at line 1, column 21",
        "{\"epochs\":3} {}|more content after the configuration object",
        "{\"epochs\":3, \"epochs\":4}|field \"epochs\" given twice",
        "{\"epochs\": 5.7}|epochs"})
    void aConfigFileWithTrailingTextADuplicateKeyOrAFractionalCountIsRefused(String json, String fragment)
            throws Exception {
        Path config = dir.resolve("model.json");
        Files.writeString(config, json);
        CliRunner r = CliRunner.run("train", "--data", "demo:seed-sequence", "--config", config.toString(), "--out",
                dir.resolve("run").toString());
        assertOneLineError(r, "model.json", fragment);
        assertThat(dir.resolve("run")).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "train --data demo:seed-sequence --log --box-cox=0.5 --out RUN|--log and --box-cox exclude each other",
        "train --data demo:seed-sequence --out=|--out: the output folder name is empty",
        "sweep --data demo:seed-sequence --param units=1,2 --out=|--out: the output folder name is empty",
        "bench --data none.csv|--data applies to a --workload only"})
    void optionsThatWouldBeDroppedOrMisreadAreRefused(String command, String fragment) {
        String[] args = command.replace("RUN", dir.resolve("run").toString()).split(" ");
        CliRunner r = CliRunner.run(args);
        assertOneLineError(r, fragment);
        assertThat(dir.resolve("run")).doesNotExist();
    }

    @Test
    void aSweepWhoseEveryRunDivergedSaysSoAndExits3() throws Exception {
        Path out = dir.resolve("sweep");
        CliRunner r = CliRunner.run("sweep", "--data", "demo:seed-sequence", "--param", "learningRate=10",
                "--optimizer", "sgd", "--epochs", "100", "--repeats", "2", "--threads", "1", "-q", "--out",
                out.toString());
        assertThat(r.status()).as(r.err()).isEqualTo(WorkbenchCli.EXIT_NOTHING_USABLE).isEqualTo(3);
        assertThat(r.err().strip()).isEqualTo("lstm-workbench sweep: all 2 runs diverged, so the summary has no "
                + "values (count 0): lower the learning rate or the swept range and run again");
        assertThat(Files.readAllLines(out.resolve("results.csv")).subList(1, 3))
                .allSatisfy(line -> assertThat(line.split(",")[4]).isEqualTo("diverged"));
    }

    @Test
    void aSplitLeftEmptyByTheRoundingNamesTheFile() throws Exception {
        CliRunner r = CliRunner.run("train", "--data", fiveRows().toString(), "--out", dir.resolve("run").toString());
        assertOneLineError(r, "five.csv (5 rows): split 0.7/0.15/0.15 of 4 samples leaves 3 for training and 0 for "
                + "validation");
    }

    @Test
    void sanityOnAConstantSeriesNamesTheFileAndColumn() throws Exception {
        Path csv = dir.resolve("flat.csv");
        Files.writeString(csv, "y\n" + "5\n".repeat(30));
        CliRunner r = CliRunner.run("sanity", "--data", csv.toString());
        assertOneLineError(r, "flat.csv: column \"y\" does not vary over the 20 training samples");
        assertThat(r.err()).doesNotContain("Expected initial loss");
    }

    @Test
    void sweepFolderErrorsNameTheFileAndItsPhysicalLine() throws Exception {
        Path out = dir.resolve("sweep");
        String[] sweep = {"sweep", "--data", "demo:seed-sequence", "--param", "units=1", "--repeats", "1",
            "--epochs", "2", "-q", "--out", out.toString(), "--resume"};
        CliRunner first = CliRunner.run(java.util.Arrays.copyOf(sweep, sweep.length - 1));
        assertThat(first.status()).as(first.err()).isZero();
        Path results = out.resolve("results.csv");
        Path history = out.resolve("histories").resolve("point-000-repeat-000.csv");
        Path experiment = out.resolve("experiment.json");
        String goodResults = Files.readString(results);
        String goodHistory = Files.readString(history);

        Files.writeString(results, goodResults.replace(",done,", ",bogus,"));
        assertOneLineError(CliRunner.run(sweep), "results.csv line 2: status \"bogus\" is not a run status");
        Files.writeString(results, goodResults);

        List<String> lines = new ArrayList<>(goodHistory.lines().toList());
        lines.set(2, "2,zz" + lines.get(2).substring(lines.get(2).indexOf(',') + 1));
        Files.writeString(history, String.join("\n", lines) + "\n");
        CliRunner badHistory = CliRunner.run(sweep);
        assertOneLineError(badHistory, "point-000-repeat-000.csv line 3: ");
        assertThat(badHistory.err()).doesNotContain("results.csv");
        Files.writeString(history, goodHistory);

        Files.writeString(experiment, Files.readString(experiment).replace("\"repeats\" : 1", "\"repeats\" : \"abc\""));
        assertOneLineError(CliRunner.run(sweep), "experiment.json: field \"repeats\" must be a whole number, got \"abc\"");
    }
}
