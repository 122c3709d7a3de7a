package org.lstmworkbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void aWriteThatFailsHalfWayLeavesNoFile() throws IOException {
        Path target = dir.resolve("history.csv");
        assertThatThrownBy(() -> AtomicFiles.write(target, "the history", out -> {
            out.write("epoch,train_loss\n1,0.5\n".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(WorkbenchException.class)
                .hasMessage(target + ": cannot write the history (No space left on device)");
        assertThat(files()).isEmpty();
    }

    @Test
    void aFailedRewriteKeepsThePreviousFileWhole() throws IOException {
        Path target = Files.writeString(dir.resolve("run.json"), "{\"old\": true}\n");
        assertThatThrownBy(() -> AtomicFiles.write(target, "the run summary", out -> {
            out.write('{');
            throw new IOException("disk full");
        })).isInstanceOf(WorkbenchException.class);
        assertThat(files()).containsExactly(target);
        assertThat(Files.readString(target)).isEqualTo("{\"old\": true}\n");
    }

    @Test
    void aWriteReplacesTheTargetAndLeavesNoTemporaryFile() throws IOException {
        Path target = Files.writeString(dir.resolve("run.json"), "old");
        AtomicFiles.write(target, "the run summary", out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(files()).containsExactly(target);
        assertThat(Files.readString(target)).isEqualTo("new");
    }

    @Test
    void aNewFileGetsTheUsualModeAndARewrittenFileKeepsItsOwn() throws IOException {
        Path fresh = dir.resolve("fresh.csv");
        Path plain = Files.writeString(dir.resolve("plain.csv"), "x");
        AtomicFiles.write(fresh, "the file", out -> out.write('y'));
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(plain));

        Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(plain, mode);
        AtomicFiles.write(plain, "the file", out -> out.write('z'));
        assertThat(Files.getPosixFilePermissions(plain)).isEqualTo(mode);
    }
}
