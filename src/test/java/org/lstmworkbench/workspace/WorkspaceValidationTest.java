package org.lstmworkbench.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.training.EpochMetrics;
import org.lstmworkbench.training.RunStatus;

/** A workspace file is checked whole before the window applies any of it, and saving keeps its mode. */
class WorkspaceValidationTest {

    @TempDir
    Path dir;

    private static Workspace sample(int colourIndex) {
        SavedRun a = new SavedRun("r1", "run 1", null, 0, true, ModelConfig.builder().units(4).epochs(1).build(), 1,
                RunStatus.DONE, "", List.of(EpochMetrics.regression(1, 0.5, 0.7, 0.1, 0.2, 0.001, 10)), 1, 0.7,
                Double.NaN, 100, 10, null);
        SavedRun b = new SavedRun("r2", "run 2", null, colourIndex, true, ModelConfig.builder().units(4).build(), 2,
                RunStatus.DONE, "", List.of(), 0, Double.NaN, Double.NaN, 100, 10, null);
        return Workspace.of(DemoDatasets.recommendedSpec("seasonal"), ModelConfig.defaults(), List.of(a, b));
    }

    @Test
    void badContentIsOneMessageNamingTheFieldAndNothingLoads() throws Exception {
        Path file = dir.resolve("ws.json");
        for (String content : new String[] {"null", "[]", "42", "\"text\""}) {
            Files.writeString(file, content);
            assertThatThrownBy(() -> WorkspaceStore.load(file)).as(content).isInstanceOf(WorkbenchException.class)
                    .hasMessage(file + ": not a valid workspace file (the content is not a JSON object)");
        }
        WorkspaceStore.save(file, sample(-3));
        assertThatThrownBy(() -> WorkspaceStore.load(file)).isInstanceOf(WorkbenchException.class)
                .hasMessage(file + ": runs[1] (\"r2\").colourIndex is -3; it must be 0 or more");
        String text = Files.readString(file).replace("\"history\" : [ ]", "\"history\" : [ null ]");
        Files.writeString(file, text.replace("\"colourIndex\" : -3", "\"colourIndex\" : 3"));
        assertThatThrownBy(() -> WorkspaceStore.load(file)).isInstanceOf(WorkbenchException.class)
                .hasMessageStartingWith(file + ": ").hasMessageContaining("history").hasMessageNotContaining("\n");
        Files.writeString(file, "{\"version\": 4, \"runs\": [null]}");
        assertThatThrownBy(() -> WorkspaceStore.load(file)).isInstanceOf(WorkbenchException.class)
                .hasMessage(file + ": runs[0] is null");
    }

    @Test
    void savingOverAFileKeepsItsPermissions() throws Exception {
        Path file = dir.resolve("shared.json");
        Assumptions.assumeTrue(file.getFileSystem().supportedFileAttributeViews().contains("posix"));
        WorkspaceStore.save(file, sample(1));
        Set<PosixFilePermission> mode = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, mode);
        WorkspaceStore.save(file, sample(2));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(mode);
        assertThat(WorkspaceStore.load(file).runs().get(1).colourIndex()).isEqualTo(2);
    }

    @Test
    void textBeyondTheLimitsOrWithAKeyTwiceOrTrailingContentIsOneLineNamingTheFile() throws Exception {
        Path file = dir.resolve("ws.json");
        WorkspaceStore.save(file, sample(1));
        String saved = Files.readString(file);
        String[][] cases = {
            {"{\"version\": 4, \"runs\": " + "[".repeat(5000) + "]".repeat(5000) + "}",
                "nesting depth (101) exceeds the maximum allowed (100)"},
            {"{\"version\": " + "4".repeat(2001) + ", \"runs\": []}", "exceeds the maximum allowed (100)"},
            {"{\"version\": 4, \"runs\": [{\"id\": \"" + "x".repeat(200_001) + "\"}]}",
                "exceeds the maximum allowed (100000)"},
            {saved.replaceFirst("\"version\" : 4,", "\"version\" : 4, \"version\" : 4,"),
                "field \"version\" given twice"},
            {saved + "\n{}\n", "more content after the JSON value"}};
        for (String[] c : cases) {
            Files.writeString(file, c[0]);
            assertThatThrownBy(() -> WorkspaceStore.load(file)).as(c[1]).isInstanceOf(WorkbenchException.class)
                    .hasMessageStartingWith(file + ": not a valid workspace file (").hasMessageContaining(c[1])
                    .hasMessageNotContaining("\n").hasMessageNotContaining("StreamReadConstraints");
        }
    }
}
