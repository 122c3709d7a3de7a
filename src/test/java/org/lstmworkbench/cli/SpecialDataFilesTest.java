package org.lstmworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.CsvLoader;
import org.lstmworkbench.data.DataException;
import org.lstmworkbench.workspace.WorkspaceStore;

/** A FIFO or a device as data is refused at once (reading one would wait or never end), naming it. */
class SpecialDataFilesTest {

    @Test
    void aFifoOrDevZeroIsRefusedWithExitTwoAndOneLine(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.csv");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is available");
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        for (String data : new String[] {fifo.toString(), "/dev/zero"}) {
            for (String task : new String[] {"regression", "classification"}) {
                CliRunner r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliRunner.run("train",
                        "--task", task, "--data", data, "--epochs", "1", "--out", dir.resolve("out").toString()));
                String name = Path.of(data).getFileName().toString();
                assertThat(r.status()).as(data + " " + task).isEqualTo(2);
                assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
                assertThat(r.err()).contains(name + ": is not a regular file").doesNotContain("Exception");
            }
        }
        // the window's series loader goes through the same reader, and its workspace reader refuses them too
        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CsvLoader.read(fifo)))
                .isInstanceOf(DataException.class).hasMessageContaining("pipe.csv: is not a regular file");
        assertThatThrownBy(() -> assertTimeoutPreemptively(Duration.ofSeconds(20), () -> WorkspaceStore.load(fifo)))
                .isInstanceOf(WorkbenchException.class).hasMessage(fifo + ": is not a regular file (a pipe, device or socket)");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void diagnoseRefusesAFifoOrDevZeroAndTrainAFolderInOneLine(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("log.csv");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is available");
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")));
        for (String file : new String[] {fifo.toString(), "/dev/zero"}) {
            // /dev/zero filled the heap (OutOfMemoryError), the FIFO waited for a writer for ever
            CliRunner r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliRunner.run("diagnose", file));
            assertThat(r.status()).as(r.err()).isEqualTo(2);
            assertThat(r.err().strip()).isEqualTo("lstm-workbench diagnose: " + Path.of(file).getFileName()
                    + ": is not a regular file (a pipe, device or socket: " + file + "); give a curve file");
        }
        CliRunner folder = CliRunner.run("train", "--data", dir.toString(), "--epochs", "1", "--out",
                dir.resolve("out").toString());
        assertThat(folder.status()).isEqualTo(2);
        assertThat(folder.err().strip()).isEqualTo("lstm-workbench train: " + dir.getFileName() + ": cannot be read: it is a folder ("
                + dir + "); give a CSV file");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aFifoAsTheModelConfigurationIsRefusedInOneLine(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("model.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is available");
        for (String command : new String[] {"train", "sweep"}) {
            // before the check, reading the pipe waited for a writer for ever
            CliRunner r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> CliRunner.run(command,
                    "--data", "demo:seed-sequence", "--config", fifo.toString(), "--epochs", "1",
                    "--out", dir.resolve("out").toString()));
            assertThat(r.status()).as(command + ": " + r.err()).isEqualTo(2);
            assertThat(r.err().lines().count()).as(r.err()).isEqualTo(1);
            assertThat(r.err()).contains(fifo + ": is not a regular file").doesNotContain("Exception");
        }
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
