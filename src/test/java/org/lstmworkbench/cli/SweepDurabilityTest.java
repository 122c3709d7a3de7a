package org.lstmworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.experiment.LockHolder;
import org.lstmworkbench.experiment.SweepLock;
import org.lstmworkbench.experiment.SweepStore;

/** One writer per sweep folder, no duplicated results, and a resume that reproduces the uninterrupted sweep. */
class SweepDurabilityTest {

    @TempDir
    Path dir;

    private static CliRunner sweep(Path out, String... extra) {
        List<String> args = new ArrayList<>(List.of("sweep", "--data", "demo:seed-sequence", "--epochs", "15",
                "--param", "units=1,3", "--repeats", "2", "--out", out.toString(), "-q"));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void aSecondWriterInThisProcessIsRefusedNamingThePidUntilTheFirstReleases() throws Exception {
        Files.createDirectories(dir);
        long pid = ProcessHandle.current().pid();
        try (SweepLock first = SweepLock.acquire(dir)) {
            assertThat(Files.readString(dir.resolve(SweepLock.FILE)).trim()).isEqualTo(Long.toString(pid));
            assertThatThrownBy(() -> SweepLock.acquire(dir)).isInstanceOf(WorkbenchException.class)
                    .hasMessageContaining("pid " + pid).hasMessageContaining(SweepLock.FILE);
            CliRunner refused = sweep(dir);
            assertThat(refused.status()).isEqualTo(2);
            assertThat(refused.err()).contains("is being written by another sweep (pid " + pid);
            assertThat(dir.resolve(SweepStore.RESULTS)).doesNotExist();
        }
        try (SweepLock again = SweepLock.acquire(dir)) {
            assertThat(again).as("released by the first").isNotNull();
        }
    }

    @Test
    void aSweepOrResumeIsRefusedWhileAnotherProcessHoldsTheFolderAndRunsOnceItIsGone() throws Exception {
        Path out = dir.resolve("sweep");
        assertThat(sweep(out).status()).isZero();
        String results = Files.readString(out.resolve(SweepStore.RESULTS));
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), out.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(said.readLine()).isEqualTo("locked");

            CliRunner resumed = sweep(out, "--resume");
            CliRunner fresh = sweep(out);
            assertThat(resumed.status()).isEqualTo(2);
            assertThat(resumed.err()).contains("pid " + holder.pid()).doesNotContain("Exception");
            assertThat(resumed.err().strip().lines().count()).isEqualTo(1);
            assertThat(fresh.status()).isEqualTo(2);
            assertThat(fresh.err()).contains("pid " + holder.pid());
            assertThat(Files.readString(out.resolve(SweepStore.RESULTS))).as("untouched").isEqualTo(results);
        } finally {
            holder.destroyForcibly();
            assertThat(holder.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        // kill -9 of the holder leaves its lock file, but the lock went with the process
        CliRunner after = sweep(out, "--resume");
        assertThat(after.status()).as(after.err()).isZero();
        assertThat(Files.readString(out.resolve(SweepStore.RESULTS))).isEqualTo(results);
    }

    @Test
    void aDuplicatedResultsRowIsAnErrorNamingBothLines() throws Exception {
        Path out = dir.resolve("dup");
        assertThat(sweep(out).status()).isZero();
        Path results = out.resolve(SweepStore.RESULTS);
        List<String> lines = Files.readAllLines(results);
        assertThat(lines).hasSize(5);
        Files.writeString(results, lines.get(2) + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        CliRunner resumed = sweep(out, "--resume");

        assertThat(resumed.status()).isEqualTo(2);
        String id = lines.get(2).split(",")[0];
        assertThat(resumed.err()).contains(results + " line 6: point " + id + " repeat ")
                .contains("is already stored on line 3").doesNotContain("Exception");
        assertThat(Files.readAllLines(results)).as("left as it was").hasSize(6);
    }

    @Test
    void aResumeAfterAKillBetweenResultsLinesWritesTheSameSummaryByteForByte() throws Exception {
        Path whole = dir.resolve("whole");
        Path killed = dir.resolve("killed");
        assertThat(sweep(whole, "--threads", "2").status()).isZero();
        assertThat(sweep(killed, "--threads", "1").status()).isZero();
        // as a kill after the second finished run leaves it: two lines, the third cut short, no summary
        Path results = killed.resolve(SweepStore.RESULTS);
        List<String> lines = Files.readAllLines(results);
        String cut = lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2) + "\n"
                + lines.get(3).substring(0, lines.get(3).length() / 3);
        Files.writeString(results, cut, StandardCharsets.UTF_8);
        Files.delete(killed.resolve(SweepStore.SUMMARY));

        CliRunner resumed = sweep(killed, "--resume", "--threads", "2");

        assertThat(resumed.status()).as(resumed.err()).isZero();
        assertThat(Files.readAllBytes(killed.resolve(SweepStore.SUMMARY)))
                .isEqualTo(Files.readAllBytes(whole.resolve(SweepStore.SUMMARY)));
        assertThat(withoutWallTime(killed)).containsExactlyInAnyOrderElementsOf(withoutWallTime(whole));
        try (var histories = Files.list(whole.resolve(SweepStore.HISTORIES))) {
            for (Path h : histories.toList()) {
                assertThat(withoutElapsed(killed.resolve(SweepStore.HISTORIES).resolve(h.getFileName())))
                        .as(h.getFileName().toString()).isEqualTo(withoutElapsed(h));
            }
        }
        // the README's promise: the run re-run alone with train, its options and seed, gives the same curve
        String[] last = Files.readAllLines(whole.resolve(SweepStore.RESULTS)).stream()
                .filter(l -> l.startsWith("1,3,1,")).findFirst().orElseThrow().split(",");
        Path alone = dir.resolve("alone");
        CliRunner train = CliRunner.run("train", "--data", "demo:seed-sequence", "--epochs", "15", "--units", "3",
                "--seed", last[3], "--out", alone.toString(), "-q");
        assertThat(train.status()).as(train.err()).isZero();
        assertThat(withoutElapsed(alone.resolve("history.csv")))
                .isEqualTo(withoutElapsed(whole.resolve(SweepStore.HISTORIES).resolve("point-001-repeat-001.csv")));
    }

    /** results.csv lines without wall_ms (the header names it), which no two runs share. */
    private static List<String> withoutWallTime(Path folder) throws Exception {
        List<String> lines = Files.readAllLines(folder.resolve(SweepStore.RESULTS));
        int wall = List.of(lines.get(0).split(",")).indexOf("wall_ms");
        return lines.stream().map(l -> dropColumn(l, wall)).toList();
    }

    private static List<String> withoutElapsed(Path history) throws Exception {
        List<String> lines = Files.readAllLines(history);
        int elapsed = List.of(lines.get(0).split(",")).indexOf("elapsed_ms");
        return lines.stream().map(l -> dropColumn(l, elapsed)).toList();
    }

    private static String dropColumn(String line, int column) {
        List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
        cells.remove(column);
        return String.join(",", cells);
    }
}
