package org.lstmworkbench.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.lstmworkbench.model.ModelConfigJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.training.CancellationToken;
import org.lstmworkbench.training.PerRunTrainer;
import org.lstmworkbench.training.RunStatus;

/**
 * A sweep folder written by the first release (unversioned, version 1) opens and resumes in its
 * own layout; new folders carry format version 2 and read back equal.
 */
class FormatVersionsTest {

    @TempDir
    Path dir;

    /** A copy of the checked-in version-1 sweep folder (demo:seed-sequence, units=2,3, 2 repeats, 3 epochs). */
    private Path v1Folder() throws IOException, URISyntaxException {
        return sample("v1");
    }

    /** A copy of the checked-in version-2 sweep folder (the same experiment, written by the release of version 2). */
    private Path v2Folder() throws IOException, URISyntaxException {
        return sample("v2");
    }

    private Path sample(String version) throws IOException, URISyntaxException {
        Path src = Path.of(getClass().getResource("/formats/" + version + "/sweep").toURI());
        Path dst = dir.resolve(version);
        try (Stream<Path> files = Files.walk(src)) {
            for (Path p : files.toList()) {
                Path to = dst.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return dst;
    }

    @Test
    void aVersion1SweepFolderLoadsEveryRunWithItsNumbersAndHistory() throws Exception {
        SweepStore store = SweepStore.resume(v1Folder());

        assertThat(store.experiment().repeats()).isEqualTo(2);
        assertThat(store.experiment().baseSeed()).isEqualTo(1);
        List<RunRecord> runs = store.loaded();
        assertThat(runs).hasSize(4);
        RunRecord first = runs.get(0);
        assertThat(first.id()).isEqualTo("point-000-repeat-000");
        assertThat(first.seed()).isEqualTo(7001742941308083L);
        assertThat(first.status()).isEqualTo(RunStatus.DONE);
        assertThat(first.trainLoss()).isEqualTo(0.23368764558825492);
        assertThat(first.valLoss()).isEqualTo(0.9680275282252729);
        assertThat(first.bestValLoss()).isEqualTo(0.9680275282252729);
        assertThat(first.bestEpoch()).isEqualTo(3);
        assertThat(first.testRmse()).isEqualTo(1.2648130812865601);
        assertThat(first.label()).isEqualTo("too_early");
        assertThat(first.history()).hasSize(3);
        assertThat(first.valLosses()[2]).isEqualTo(first.valLoss());
    }

    @Test
    void aVersion2SweepResumesInItsOwnLayoutWithoutTheEngineColumn() throws Exception {
        Path folder = v2Folder();
        Path results = folder.resolve(SweepStore.RESULTS);
        List<String> original = Files.readAllLines(results);
        assertThat(ResultsCsv.versionOf(results)).isEqualTo(2);
        Files.write(results, original.subList(0, original.size() - 1));

        SweepStore store = SweepStore.resume(folder);
        assertThat(store.loaded()).hasSize(original.size() - 2)
                .allSatisfy(run -> assertThat(run.engine()).isEqualTo("unknown"));
        SweepResult r = new SweepRunner(store.experiment(), new PerRunTrainer(), 1).run(store, new CancellationToken());

        assertThat(r.complete()).isTrue();
        List<String> after = Files.readAllLines(results);
        assertThat(after.get(0)).isEqualTo(original.get(0)).doesNotContain("engine");
        assertThat(after.get(after.size() - 1)).endsWith(",2");
        String want = original.get(original.size() - 1);
        String got = after.get(after.size() - 1);
        // same numbers; the wall time (before the version) differs
        String[] w = want.split(",");
        String[] g = got.split(",");
        assertThat(g).hasSameSizeAs(w);
        assertSameCells(java.util.Arrays.copyOf(g, g.length - 2), java.util.Arrays.copyOf(w, w.length - 2));
    }

    @Test
    void aVersion1SweepResumesInItsOwnLayoutWithTheSameNumbers() throws Exception {
        Path folder = v1Folder();
        Path results = folder.resolve(SweepStore.RESULTS);
        List<String> original = Files.readAllLines(results);
        // as if killed before the last run was stored
        Files.write(results, original.subList(0, original.size() - 1));
        Files.delete(folder.resolve(SweepStore.HISTORIES).resolve("point-001-repeat-001.csv"));

        SweepStore store = SweepStore.resume(folder);
        SweepResult r = new SweepRunner(store.experiment(), new PerRunTrainer(), 1)
                .run(store, new CancellationToken());

        assertThat(r.complete()).isTrue();
        List<String> after = Files.readAllLines(results);
        assertThat(after).hasSize(original.size());
        assertThat(after.get(0)).isEqualTo(original.get(0));
        // the re-trained run gives the stored numbers again; only its wall time differs
        String want = original.get(original.size() - 1);
        String got = after.get(after.size() - 1);
        assertSameCells(got.substring(0, got.lastIndexOf(',')).split(","), want.substring(0, want.lastIndexOf(',')).split(","));
    }

    @Test
    void aNewSweepFolderCarriesItsVersionAndReadsBackEqual() throws Exception {
        Experiment e = ExperimentJson.read(v1Folder().resolve(SweepStore.EXPERIMENT));
        Path folder = dir.resolve("v2");
        SweepResult r;
        try (SweepStore store = SweepStore.open(folder, e, false)) {
            r = new SweepRunner(e, new PerRunTrainer(), 1).run(store, new CancellationToken());
        }

        assertThat(Files.readString(folder.resolve(SweepStore.EXPERIMENT))).contains("\"formatVersion\" : 2");
        List<String> results = Files.readAllLines(folder.resolve(SweepStore.RESULTS));
        assertThat(results.get(0)).endsWith(",wall_ms,engine,format_version");
        assertThat(results.get(1)).endsWith(",fast,3");
        assertThat(r.runs()).allSatisfy(run -> assertThat(run.engine()).isEqualTo("fast"));
        assertThat(Files.readAllLines(folder.resolve(SweepStore.HISTORIES).resolve("point-000-repeat-000.csv"))
                .get(0)).endsWith(",elapsed_ms,format_version");
        SweepStore back = SweepStore.resume(folder);
        assertThat(back.experiment()).isEqualTo(e);
        assertThat(back.loaded()).containsExactlyInAnyOrderElementsOf(r.runs());
    }

    @Test
    void aVersion1ExperimentReadsAsTheSameExperimentAndAFutureVersionIsRefused() throws Exception {
        Path file = v1Folder().resolve(SweepStore.EXPERIMENT);
        Experiment e = ExperimentJson.read(file);
        Path rewritten = dir.resolve("experiment.json");
        ExperimentJson.write(rewritten, e);
        List<String> lines = Files.readAllLines(rewritten);
        assertThat(lines.get(1)).isEqualTo("  \"formatVersion\" : 2,");
        // the model configuration inside is written in its own (nested, version 2) form; what
        // the file means is unchanged
        assertThat(ExperimentJson.read(rewritten)).isEqualTo(e);
        ObjectNode v1 = (ObjectNode) new ObjectMapper().readTree(file.toFile());
        assertThat(e.baseSeed()).isEqualTo(v1.get("baseSeed").asLong());
        assertThat(e.base()).isEqualTo(ModelConfigJson.fromFlatTree((ObjectNode) v1.get("model"), "v1")
                .toBuilder().seed(e.baseSeed()).build());

        // version 3 is a classification experiment's (labelled sequences); 4 is the future
        ObjectNode future = ExperimentJson.toTree(e).put("formatVersion", 4);
        assertThatThrownBy(() -> ExperimentJson.fromTree(future, "x.json"))
                .isInstanceOf(WorkbenchException.class)
                .hasMessage("x.json: experiment format version 4 is not supported (this version reads 1 to 3)");
    }

    /**
     * The same results.csv cells: text equal, numbers within 1e-12 relative. The stored samples were
     * trained by DL4J's fit and a resumed run is trained again by the fast engine, which equals
     * fit's math to the last bit or two, not bit for bit.
     */
    private static void assertSameCells(String[] got, String[] want) {
        assertThat(got).hasSameSizeAs(want);
        for (int i = 0; i < want.length; i++) {
            if (want[i].contains(".") && !want[i].isEmpty()) {
                double w = Double.parseDouble(want[i]);
                assertThat(Double.parseDouble(got[i])).as("cell %d", i).isCloseTo(w,
                        org.assertj.core.api.Assertions.offset(1e-12 * Math.max(1, Math.abs(w))));
            } else {
                assertThat(got[i]).as("cell %d", i).isEqualTo(want[i]);
            }
        }
    }
}
