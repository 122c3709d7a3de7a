package org.lstmworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input through the real command line: each case must end with exit 2 and one line on
 * stderr naming the place, no stack trace, and (where a folder was named) nothing created.
 */
class BadInputCorpusTest {

    @TempDir
    Path dir;

    private static void assertRefused(CliRunner r, String... mentions) {
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.err().strip().lines().count()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        for (String m : mentions) {
            assertThat(r.err()).contains(m);
        }
    }

    /** A one-column series of 60 rows (physical lines 2..61) with {@code bad} placed at {@code row}. */
    private Path series(String name, int row, String... bad) throws IOException {
        List<String> lines = new ArrayList<>(List.of("v"));
        IntStream.range(0, 60).forEach(i -> lines.add(String.valueOf(10 + Math.sin(i / 3.0))));
        for (int i = 0; i < bad.length; i++) {
            lines.set(row - 1 + i, bad[i]);
        }
        return Files.write(dir.resolve(name), lines);
    }

    // point 1: numbers a double cannot carry, in the training part (row 5) and the validation part (row 50)
    @ParameterizedTest
    @ValueSource(strings = {"train", "sanity", "sweep"})
    void numbersThatOverflowADoubleAreRefusedNamingRowAndColumn(String command) throws IOException {
        String huge = "9".repeat(400);
        List<Object[]> cases = List.of(
                new Object[] {series("inf.csv", 5, "1e309"), "row 5"},
                new Object[] {series("digits.csv", 5, huge), "row 5"},
                new Object[] {series("spread.csv", 5, "1e308", "-1e308"), "row "},
                new Object[] {series("val.csv", 50, "1e309"), "row 50"},
                new Object[] {series("negative.csv", 50, "-" + huge), "row 50"});
        for (Object[] c : cases) {
            Path out = dir.resolve(command + "-out");
            List<String> args = new ArrayList<>(List.of(command, "--data", c[0].toString(), "--epochs", "1"));
            if (!command.equals("sanity")) {
                args.addAll(List.of("--out", out.toString()));
            }
            if (command.equals("sweep")) {
                args.addAll(List.of("--param", "units=2,3"));
            }
            CliRunner r = CliRunner.run(args.toArray(String[]::new));
            assertRefused(r, ((Path) c[0]).getFileName() + ": " + c[1], "column \"v\"");
            assertThat(out).doesNotExist();
        }
    }

    // point 1 for values a double holds but no loss can: a huge validation value beside a small training spread
    // (the run "diverged" at epoch 1) and two values whose difference overflows (the forecast chart failed)
    @Test
    void finiteValuesNoLossCanCarryAreRefusedNamingRowAndColumn() throws IOException {
        List<Object[]> cases = List.of(
                new Object[] {series("big.csv", 50, "1e306"), "big.csv: row 50, column \"v\": the value 1.0E306 is too "
                    + "large beside the training part"},
                new Object[] {series("apart.csv", 50, "1e308", "-1e308"), "apart.csv: row 50, column \"v\": the value "
                    + "1.0E308 is too large beside the training part"},
                new Object[] {series("far.csv", 5, "1e308"), null});
        Path far = (Path) cases.get(2)[0];
        List<String> lines = new ArrayList<>(Files.readAllLines(far));
        lines.set(49, "-1e308");
        Files.write(far, lines);
        for (Object[] c : cases) {
            Path out = dir.resolve("out");
            CliRunner r = CliRunner.run("train", "--data", c[0].toString(), "--epochs", "1", "-q", "--out",
                    out.toString());
            assertRefused(r, c[1] != null ? (String) c[1] : "far.csv: row 50, column \"v\": the value -1.0E308 is too "
                    + "far from the value 1.0E308 of row 5 for a double (their difference overflows)");
            assertThat(out).doesNotExist();
        }
        // an ordinary outlier is data, not an error
        CliRunner fine = CliRunner.run("train", "--data", series("outlier.csv", 50, "1e6").toString(), "--epochs", "1",
                "-q", "--out", dir.resolve("ok").toString());
        assertThat(fine.status()).as(fine.err()).isZero();
    }

    // point 1 for classification files: a number beyond a double is named at its row and column (not "holds
    // Infinity"), and a training spread the scaler cannot fit names the file, as a regression series does
    @Test
    void classificationNumbersBeyondADoubleAreRefusedNamingTheFileRowAndColumn() throws IOException {
        String huge = "9".repeat(400);
        List<String[]> cases = List.of(
                new String[] {"1e309", null, "long.csv: row 8, column \"x\": the number is too large for a double (it "
                    + "overflows to infinity)"},
                new String[] {"-" + huge, null, "long.csv: row 8, column \"x\": the number is too large for a double "
                    + "(it overflows to -infinity)"},
                new String[] {"1e308", "-1e308", "long.csv: sequence \"s1\": step "});
        for (String[] c : cases) {
            List<String> lines = new ArrayList<>(List.of("sequence,x,label"));
            IntStream.range(0, 100).forEach(i -> lines.add("s" + i / 5 + "," + (i % 7) / 10.0 + "," + (i / 5 % 2 == 0
                    ? "down" : "up")));
            lines.set(7, "s1," + c[0] + ",up");
            if (c[1] != null) {
                lines.set(6, "s1," + c[1] + ",up");
            }
            Path file = Files.write(dir.resolve("long.csv"), lines);
            Path out = dir.resolve("c-out");
            CliRunner r = CliRunner.run("train", "--task", "classification", "--data", file.toString(), "--epochs",
                    "1", "--out", out.toString());
            assertRefused(r, c[2]);
            assertThat(r.err()).doesNotContain("Infinity");
            assertThat(out).doesNotExist();
        }
        Path wide = Files.writeString(dir.resolve("wide.csv"), "label,t1,t2\nup,1,2\ndown,3,1e309\nup,2,2\n");
        assertRefused(CliRunner.run("train", "--task", "classification", "--data", wide.toString(), "--epochs", "1",
                "--out", dir.resolve("w-out").toString()), "wide.csv: row 3, column \"t2\": the number is too large");
    }

    // point 2: configuration JSON beyond the parser's limits
    @Test
    void configJsonBeyondTheLimitsIsOneLine() throws IOException {
        List<String> texts = List.of(
                "[".repeat(5000) + "]".repeat(5000),
                "{\"learningRate\": " + "1".repeat(2001) + "}",
                "{\"loss\": \"" + "x".repeat(200_001) + "\"}");
        for (String text : texts) {
            Path config = Files.writeString(dir.resolve("config.json"), text);
            CliRunner r = CliRunner.run("train", "--data", "demo:seed-sequence", "--config", config.toString(),
                    "--epochs", "1", "--out", dir.resolve("x").toString());
            assertRefused(r, config.toString(), "not valid JSON", "exceeds");
            assertThat(dir.resolve("x")).doesNotExist();
        }
    }

    // point 2 for the sweep folder's experiment.json (read on --resume): the same limits, no key twice, nothing after
    @Test
    void anExperimentFileBeyondTheLimitsOrWithAKeyTwiceOrTrailingTextIsOneLine() throws IOException {
        Path out = dir.resolve("sweep");
        String[] sweep = {"sweep", "--data", "demo:seed-sequence", "--param", "units=1", "--repeats", "1",
            "--epochs", "2", "--threads", "1", "-q", "--out", out.toString(), "--resume"};
        CliRunner first = CliRunner.run(java.util.Arrays.copyOf(sweep, sweep.length - 1));
        assertThat(first.status()).as(first.err()).isZero();
        Path experiment = out.resolve("experiment.json");
        String good = Files.readString(experiment);
        List<String[]> cases = List.of(
                new String[] {"{\"formatVersion\": 2, \"sweep\": " + "[".repeat(5000) + "]".repeat(5000) + "}",
                    "nesting depth (101) exceeds the maximum allowed (100)"},
                new String[] {good.replace("\"repeats\" : 1", "\"repeats\" : " + "1".repeat(2001)),
                    "exceeds the maximum allowed (100)"},
                new String[] {good.replace("\"repeats\" : 1", "\"repeats\" : 1, \"note\" : \"" + "x".repeat(200_001)
                    + "\""), "exceeds the maximum allowed (100000)"},
                new String[] {good.replace("\"repeats\" : 1", "\"repeats\" : 1, \"repeats\" : 2"),
                    "field \"repeats\" given twice"},
                new String[] {good + "{}", "more content after the JSON value"},
                new String[] {"null", "not a valid experiment description (the content is not a JSON object)"},
                new String[] {"{\"formatVersion\": 2, \"repeats\": 1}", "field \"sweep\" must be a JSON object"});
        for (String[] c : cases) {
            Files.writeString(experiment, c[0]);
            assertRefused(CliRunner.run(sweep), experiment + ": ", c[1]);
        }
        Files.writeString(experiment, good);
        assertThat(CliRunner.run(sweep).status()).isZero();
    }

    // point 9 for a sweep's history files (read on --resume): a bad number names the file, line, column and text
    @Test
    void aBadNumberInAHistoryFileNamesItsFileLineColumnAndText() throws IOException {
        Path out = dir.resolve("sweep");
        String[] sweep = {"sweep", "--data", "demo:seed-sequence", "--param", "units=1", "--repeats", "1",
            "--epochs", "2", "--threads", "1", "-q", "--out", out.toString(), "--resume"};
        CliRunner first = CliRunner.run(java.util.Arrays.copyOf(sweep, sweep.length - 1));
        assertThat(first.status()).as(first.err()).isZero();
        Path history = out.resolve("histories").resolve("point-000-repeat-000.csv");
        String good = Files.readString(history);
        List<String> header = List.of(good.lines().findFirst().orElseThrow().split(","));
        String[][] cases = {{"train_loss", "0.1x", "is not a number"}, {"epoch", "zz", "is not a whole number"},
            {"learning_rate", "1e-3e", "is not a number"}, {"elapsed_ms", "13x6", "is not a whole number"}};
        for (String[] c : cases) {
            List<String> lines = new ArrayList<>(good.lines().toList());
            String[] cells = lines.get(2).split(",", -1);
            cells[header.indexOf(c[0])] = c[1];
            lines.set(2, String.join(",", cells));
            Files.write(history, lines);
            CliRunner r = CliRunner.run(sweep);
            assertRefused(r, history + " line 3: column \"" + c[0] + "\": \"" + c[1] + "\" " + c[2]);
            assertThat(r.err()).doesNotContain("For input string");
        }
    }

    // points 6 and 9: a horizon no split of the data can leave a gap for names the data, at once
    @Test
    void aHorizonNoSplitCanSeparateNamesTheData() {
        long start = System.nanoTime();
        CliRunner r = CliRunner.run("train", "--data", "demo:seed-sequence", "--horizon", "2147483647", "--epochs",
                "1", "--out", dir.resolve("h").toString());
        assertRefused(r, "demo:seed-sequence (11 rows, horizon 2147483647): split 5/5/0 samples cannot give non-empty "
                + "training and validation parts after leaving 2147483646 samples between the parts");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
        assertThat(dir.resolve("h")).doesNotExist();
    }

    // point 3: a worker count below 1, checked before the folder is created
    @Test
    void threadsBelowOneAreRefusedBeforeAnyFolderIsCreated() {
        for (String threads : List.of("0", "-1")) {
            Path out = dir.resolve("sweep" + threads);
            CliRunner r = CliRunner.run("sweep", "--data", "demo:seed-sequence", "--epochs", "1",
                    "--param", "units=2,3", "--threads", threads, "--out", out.toString());
            assertRefused(r, "--threads", threads);
            assertThat(out).doesNotExist();
        }
        // checked first: before the data is read
        CliRunner first = CliRunner.run("sweep", "--data", dir.resolve("none.csv").toString(), "--param", "units=2,3",
                "--threads", "0", "--out", dir.resolve("s").toString());
        assertRefused(first, "--threads: threads must be at least 1, got 0");
        Path demo = dir.resolve("demo");
        CliRunner r = CliRunner.run("demo", "overfit", "--out", demo.toString(), "--threads", "-1");
        assertRefused(r, "--threads", "-1");
        assertThat(demo).doesNotExist();
    }

    // point 4: a grid of 10^10 points is counted and refused at once
    @Test
    void aGridAboveTheLimitIsRefusedNamingTheCount() {
        List<String> names = List.of("forgetGateBias", "dropout", "l1", "l2", "l1Bias", "l2Bias", "learningRate",
                "momentum", "scheduleGamma", "clipThreshold");
        String values = IntStream.range(1, 11).mapToObj(i -> "0.0" + i).collect(Collectors.joining(","));
        List<String> args = new ArrayList<>(List.of("sweep", "--data", "demo:seed-sequence", "--epochs", "1"));
        names.forEach(n -> args.addAll(List.of("--param", n + "=" + values)));
        Path out = dir.resolve("grid");
        args.addAll(List.of("--out", out.toString()));
        long start = System.nanoTime();
        CliRunner r = CliRunner.run(args.toArray(String[]::new));
        assertRefused(r, "10000000000 points", "limit of 10000");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
        assertThat(out).doesNotExist();
    }

    // point 5: an output that cannot be written (here loss.png is taken by a folder, as a full disk
    // would fail the write) is one line, and no temporary or partial file is left beside the others
    @Test
    void anOutputThatCannotBeWrittenIsOneLineAndLeavesNoPartialFile() throws IOException {
        Path out = dir.resolve("run");
        Files.createDirectories(out.resolve("loss.png"));
        Files.writeString(out.resolve("loss.png").resolve("keep"), "x");
        CliRunner r = CliRunner.run("train", "--data", "demo:seed-sequence", "--epochs", "2", "-q",
                "--out", out.toString());
        assertRefused(r, "loss.png: cannot write the chart");
        try (var files = Files.list(out)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .containsExactly("history.csv", "loss.png", "run.json");
        }
        assertThat(Files.readString(out.resolve("history.csv")).lines().count()).isEqualTo(3);
    }
}
