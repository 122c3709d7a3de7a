package org.lstmworkbench.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.Main;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.cli.CliRunner;
import org.lstmworkbench.experiment.ExperimentJson;
import org.lstmworkbench.experiment.RunRecord;
import org.lstmworkbench.experiment.SweepResult;
import org.lstmworkbench.experiment.SweepStore;
import org.lstmworkbench.training.RunStatus;

/**
 * Sweeps through an embedded Spark ({@code local[2,2]}: two cores, two attempts per task) equal
 * local sweeps, record a run that fails every attempt as failed, and survive a driver killed
 * mid-sweep. One Spark context for the class (its start-up is seconds); the command line's
 * {@code --spark} reuses it.
 */
class SparkSweepTest {

    private static SparkContext spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = new SparkContext(new SparkConf().setMaster("local[2,2]").setAppName("SparkSweepTest")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1"));
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    private static String[] sweep(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("sweep", "--data", "demo:seed-sequence", "--epochs", "15",
                "--param", "units=1,3", "--repeats", "3", "--out", out.toString(), "-q"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    @Test
    void aSparkSweepStoresTheSameRunsAndSummaryAsALocalOne() throws Exception {
        Path local = dir.resolve("local");
        Path onSpark = dir.resolve("spark");
        assertThat(CliRunner.run(sweep(local, "--threads", "2")).status()).isZero();

        CliRunner ran = CliRunner.run(sweep(onSpark, "--spark", "local[2]"));

        assertThat(ran.status()).as(ran.err()).isZero();
        assertThat(ran.out()).contains("wrote " + onSpark.resolve(SweepStore.RESULTS));
        assertSameSweep(onSpark, local);
        assertThat(Files.readAllLines(onSpark.resolve(SweepStore.RESULTS))).hasSize(7);
    }

    @Test
    void aDataFileGivenRelativeOrAbsoluteIsShippedToTheExecutorsAndGivesTheLocalSweep() throws Exception {
        Path csv = dir.resolve("series.csv");
        StringBuilder rows = new StringBuilder("step,value\n");
        for (int i = 0; i < 40; i++) {
            rows.append(i).append(',').append(Math.sin(i * 0.3) + 0.01 * i).append('\n');
        }
        Files.writeString(csv, rows);
        String relative = Path.of("").toAbsolutePath().relativize(csv).toString();
        assertThat(Path.of(relative).isAbsolute()).isFalse();
        Path local = dir.resolve("local");
        assertThat(CliRunner.run(fileSweep(local, csv.toString(), "--threads", "2")).status()).isZero();

        CliRunner absolute = CliRunner.run(fileSweep(dir.resolve("absolute"), csv.toString(), "--spark", "local[2]"));
        CliRunner fromHere = CliRunner.run(fileSweep(dir.resolve("relative"), relative, "--spark", "local[2]"));

        assertThat(absolute.status()).as(absolute.err()).isZero();
        assertThat(fromHere.status()).as(fromHere.err()).isZero();
        assertThat(Files.readString(dir.resolve("relative").resolve(SweepStore.RESULTS))).doesNotContain("failed");
        assertSameSweep(dir.resolve("absolute"), local);
        assertSameSweep(dir.resolve("relative"), local);
        assertThat(Files.readAllLines(dir.resolve("relative").resolve(SweepStore.RESULTS))).hasSize(5);
        // the tasks read Spark's copy: the file went through addFile under its digest and name
        ShippedData shipped = ShippedData.ship(spark, ExperimentJson.read(dir.resolve("relative")
                .resolve(SweepStore.EXPERIMENT)).runs());
        String name = shipped.shippedNames().get(relative);
        assertThat(name).matches("[0-9a-f]{16}-series\\.csv");
        assertThat(Path.of(org.apache.spark.SparkFiles.get(name))).hasSameTextualContentAs(csv);
        assertThat(spark.listFiles().mkString(" ")).contains("/" + name);
    }

    private static String[] fileSweep(Path out, String data, String... extra) {
        List<String> args = new ArrayList<>(List.of("sweep", "--data", data, "--epochs", "10", "--param",
                "units=1,3", "--repeats", "2", "--out", out.toString(), "-q"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    @Test
    void aRunThatThrowsIsRetriedThenStoredAsFailedAndTheOthersGoOn() throws Exception {
        Path out = dir.resolve("failing");
        Path local = dir.resolve("local");
        assertThat(CliRunner.run(sweep(local, "--threads", "2")).status()).isZero();
        var experiment = ExperimentJson.read(local.resolve(SweepStore.EXPERIMENT));

        SweepResult result;
        try (SweepStore store = SweepStore.open(out, experiment, false)) {
            result = new SparkSweepRunner(experiment, "local[2]").failing(Set.of("point-001-repeat-002")).run(store);
        }

        assertThat(SparkSweepRunner.attempts(spark)).isEqualTo(2);
        assertThat(result.runs()).hasSize(6);
        RunRecord failed = result.runs().stream().filter(r -> r.id().equals("point-001-repeat-002")).findFirst()
                .orElseThrow();
        assertThat(failed.status()).isEqualTo(RunStatus.FAILED);
        // attempt 2 exists only because Spark ran the task again after the first threw
        assertThat(failed.label()).isEqualTo("failed: IllegalStateException: injected failure of point-001-repeat-002"
                + " (attempt 2 of 2)");
        assertThat(result.runs().stream().filter(r -> r.status() != RunStatus.FAILED)).hasSize(5);
        String line = Files.readAllLines(out.resolve(SweepStore.RESULTS)).stream().filter(l -> l.startsWith("1,3,2,"))
                .findFirst().orElseThrow();
        assertThat(line).contains(",failed,0,").contains("failed: IllegalStateException: injected failure");
        // stored, not lost: a resume loads it and trains nothing
        try (SweepStore again = SweepStore.open(out, experiment, true)) {
            assertThat(again.loaded()).hasSize(6);
            assertThat(again.loaded().stream().filter(r -> r.status() == RunStatus.FAILED).map(RunRecord::label))
                    .containsExactly(failed.label());
        }
        // the other five are the local sweep's runs
        List<String> localLines = withoutWallTime(local);
        assertThat(withoutWallTime(out).stream().filter(l -> !l.contains(",failed,")).toList())
                .isSubsetOf(localLines).hasSize(1 + 5);
    }

    @Test
    void aResultTheDriverCannotStoreEndsTheSweepWithTheStoresMessage() throws Exception {
        Path local = dir.resolve("local");
        assertThat(CliRunner.run(sweep(local, "--threads", "2")).status()).isZero();
        var experiment = ExperimentJson.read(local.resolve(SweepStore.EXPERIMENT));
        Path out = dir.resolve("blocked");

        try (SweepStore store = SweepStore.open(out, experiment, false)) {
            // a file where the histories folder should be: the first history cannot be written
            Files.delete(out.resolve(SweepStore.HISTORIES));
            Files.writeString(out.resolve(SweepStore.HISTORIES), "not a folder");
            assertThatThrownBy(() -> new SparkSweepRunner(experiment, "local[2]").run(store))
                    .isInstanceOf(WorkbenchException.class)
                    .hasMessageContaining(out.resolve(SweepStore.HISTORIES).toString())
                    .hasMessageNotContaining("Job aborted");
        }
        assertThat(Files.readAllLines(out.resolve(SweepStore.RESULTS))).as("no line without its history").hasSize(1);
    }

    @Test
    void aDriverKilledMidSweepIsResumedLocallyToTheUninterruptedSweep() throws Exception {
        Path whole = dir.resolve("whole");
        Path killed = dir.resolve("killed");
        String[] args = {"sweep", "--data", "demo:seed-sequence", "--epochs", "80", "--param", "units=2,4",
                "--repeats", "6", "-q"};
        assertThat(CliRunner.run(with(args, "--out", whole.toString(), "--threads", "2")).status()).isZero();

        // one task at a time in the child, so the kill lands with most of the 12 runs still to do
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(jvmModuleOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(with(args, "--out", killed.toString(), "--spark", "local[1]")));
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Path results = killed.resolve(SweepStore.RESULTS);
        long stored;
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (lines(results) < 3 && System.nanoTime() < deadline) {
                assertThat(child.isAlive()).as(Files.readString(log)).isTrue();
                Thread.sleep(10);
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        stored = lines(results) - 1;
        assertThat(stored).as("killed mid-sweep: " + Files.readString(log)).isBetween(2L, 11L);
        assertThat(killed.resolve(SweepStore.SUMMARY)).doesNotExist();

        CliRunner resumed = CliRunner.run(with(args, "--out", killed.toString(), "--resume"));

        assertThat(resumed.status()).as(resumed.err()).isZero();
        assertSameSweep(killed, whole);
    }

    @Test
    void withoutSparkOnTheClassPathSparkIsOneLineSayingHowToRunIt() throws Exception {
        String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(e -> !e.contains("org/apache/spark") && !e.contains("org/scala-lang"))
                .collect(Collectors.joining(File.pathSeparator));
        Path out = dir.resolve("none");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classPath, Main.class.getName(), "sweep", "--data", "demo:seed-sequence", "--param",
                "units=1,2", "--repeats", "1", "--out", out.toString(), "--spark", "local[2]")
                .redirectErrorStream(true).start();
        String said = new String(child.getInputStream().readAllBytes()).strip();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(child.exitValue()).as(said).isEqualTo(2);
        assertThat(said.lines()).hasSize(1);
        assertThat(said).startsWith("lstm-workbench sweep: --spark needs Apache Spark")
                .contains("spark-submit --class org.lstmworkbench.Main").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMasterSparkCannotParseIsOneLineBeforeAnyWork() throws Exception {
        Path out = dir.resolve("bad");
        CliRunner ran = CliRunner.run(sweep(out, "--spark", "sparky://host"));
        CliRunner threads = CliRunner.run(sweep(out, "--spark", "local[2]", "--threads", "2"));

        assertThat(ran.status()).isEqualTo(2);
        assertThat(ran.err().strip()).isEqualTo("lstm-workbench sweep: --spark: \"sparky://host\" is not a Spark master: "
                + "local, local[N], local[N,RETRIES], spark://HOST:PORT, yarn or k8s://HOST:PORT");
        assertThat(threads.status()).isEqualTo(2);
        assertThat(threads.err()).contains("--threads applies to local sweeps");
        Path folder = Files.createDirectories(dir.resolve("sequences"));
        CliRunner onCluster = CliRunner.run("sweep", "--data", folder.toString(), "--param", "units=1,2", "--out", out.toString(),
                "--spark", "spark://nowhere.invalid:7077");
        assertThat(onCluster.status()).isEqualTo(2);
        assertThat(onCluster.err().strip()).isEqualTo("lstm-workbench sweep: --data " + folder + ": a folder of "
                + "sequences cannot be sent to a cluster's executors (Spark ships single files): give the sequences "
                + "as one long- or wide-format CSV file, or use --spark local[N]");
        assertThat(out).doesNotExist();
        assertThat(List.of("local", "local[2]", "local[*]", "local[4,3]", "spark://h:7077", "yarn", "k8s://https://h:6443"))
                .allMatch(SparkSweeps::isMaster);
        assertThat(List.of("", "local[]", "local[2,]", "yarn-client", "spark:/h")).noneMatch(SparkSweeps::isMaster);
    }

    /** Same summary.csv bytes, the same results lines apart from wall times, the same histories apart from times. */
    static void assertSameSweep(Path actual, Path expected) throws Exception {
        assertThat(Files.readAllBytes(actual.resolve(SweepStore.SUMMARY)))
                .isEqualTo(Files.readAllBytes(expected.resolve(SweepStore.SUMMARY)));
        assertThat(withoutWallTime(actual)).containsExactlyInAnyOrderElementsOf(withoutWallTime(expected));
        try (var histories = Files.list(expected.resolve(SweepStore.HISTORIES))) {
            List<Path> files = histories.toList();
            assertThat(files).isNotEmpty();
            for (Path h : files) {
                assertThat(withoutColumn(actual.resolve(SweepStore.HISTORIES).resolve(h.getFileName()), "elapsed_ms"))
                        .as(h.getFileName().toString()).isEqualTo(withoutColumn(h, "elapsed_ms"));
            }
        }
    }

    private static List<String> withoutWallTime(Path folder) throws Exception {
        return withoutColumn(folder.resolve(SweepStore.RESULTS), "wall_ms");
    }

    private static List<String> withoutColumn(Path csv, String column) throws Exception {
        List<String> lines = Files.readAllLines(csv);
        int at = List.of(lines.get(0).split(",")).indexOf(column);
        assertThat(at).as(column + " in " + csv).isNotNegative();
        return lines.stream().map(l -> {
            List<String> cells = new ArrayList<>(List.of(l.split(",", -1)));
            cells.remove(at);
            return String.join(",", cells);
        }).toList();
    }

    /** The module options this JVM got from the build (Spark's --add-opens list and the Vector API). */
    static List<String> jvmModuleOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-") || a.startsWith("-XX:+IgnoreUnrecognizedVMOptions")
                        || a.startsWith("-Djdk.reflect") || a.equals("jdk.incubator.vector"))
                .toList();
    }

    private static String[] with(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static long lines(Path file) throws Exception {
        if (!Files.exists(file)) {
            return 0;
        }
        try (var l = Files.lines(file)) {
            return l.count();
        }
    }
}
