package org.lstmworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {

    @TempDir
    Path dir;

    private CliRunner sweep(Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("sweep", "--data", "demo:seed-sequence", "--epochs", "20",
                "--param", "units=1,10", "--repeats", "2", "--threads", "2", "--out", out.toString()));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void writesResultsSummaryBoxPlotAndHistoriesAndPrintsTheTableLikePandas() throws Exception {
        Path out = dir.resolve("s");
        CliRunner r = sweep(out);

        assertThat(r.status()).as(r.err()).isZero();
        List<String> results = Files.readAllLines(out.resolve("results.csv"));
        assertThat(results.get(0)).isEqualTo("point,units,repeat,seed,status,epochs,train_loss,val_loss,"
                + "best_val_loss,best_epoch,test_rmse,label,wall_ms,engine,format_version");
        assertThat(results).hasSize(5);
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertThat(summary.get(0)).isEqualTo("point,units,count,mean,std,min,25%,50%,75%,max");
        assertThat(summary).hasSize(3);
        assertThat(summary.get(1)).startsWith("0,1,2,");
        try (var files = Files.list(out.resolve("histories"))) {
            assertThat(files.count()).isEqualTo(4);
        }
        BufferedImage png = ImageIO.read(out.resolve("boxplot.png").toFile());
        assertThat(png.getWidth()).isEqualTo(1000);
        assertThat(r.out()).contains("              1        10\ncount  2.000000  2.000000\n");
        assertThat(r.out()).contains("best point units=");
        assertThat(r.err()).contains("sweep of 4 runs").contains("run 4 of 4");
    }

    @Test
    void resumesAfterTheResultsFileWasCutMidLineAndPrintsTheSameTable() throws Exception {
        Path out = dir.resolve("s");
        CliRunner first = sweep(out);
        Path results = out.resolve("results.csv");
        String text = Files.readString(results);
        Files.writeString(results, text.substring(0, text.indexOf('\n', text.indexOf('\n') + 1) + 20));

        CliRunner refused = sweep(out);
        CliRunner resumed = sweep(out, "--resume");

        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("already holds sweep results");
        assertThat(resumed.status()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("resuming: 1 of 4 runs already done");
        assertThat(table(resumed.out())).isEqualTo(table(first.out()));
        assertThat(Files.readAllLines(results)).hasSize(5);
    }

    @Test
    void rejectsAnUnknownParameterWithTheListOfNames() {
        CliRunner r = CliRunner.run("sweep", "--data", "demo:seed-sequence", "--param", "cells=1,2",
                "--out", dir.resolve("x").toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("unknown parameter \"cells\"").contains("units").doesNotContain("at org.");
    }

    @Test
    void namesTheOptionOfABadBaseValueNoParameterOverridesAndTheOptionOfBadThreadsAndRepeats() {
        Path out = dir.resolve("bad");
        CliRunner base = sweep(out, "--learning-rate", "-1");
        CliRunner overridden = sweep(dir.resolve("ok"), "--units", "0");
        CliRunner threads = small(out, "--threads", "0", "--repeats", "1");
        CliRunner repeats = small(out, "--threads", "1", "--repeats", "0");

        assertThat(base.status()).isEqualTo(2);
        assertThat(base.err()).contains("sweep: --learning-rate: learning rate must be above 0, was -1.0");
        assertThat(overridden.status()).as(overridden.err()).isZero();
        assertThat(threads.status()).isEqualTo(2);
        assertThat(threads.err()).contains("--threads: threads must be at least 1, got 0");
        assertThat(repeats.status()).isEqualTo(2);
        assertThat(repeats.err()).contains("--repeats: repeats must be at least 1, got 0");
        assertThat(Files.exists(out)).isFalse();
    }

    private CliRunner small(Path out, String... extra) {
        List<String> args = new java.util.ArrayList<>(List.of("sweep", "--data", "demo:seed-sequence", "--epochs", "2",
                "--param", "units=1", "--out", out.toString()));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }

    @Test
    void listsTheSevenDemosAndRunsTheUnderfitOneBesideTheSeedsConclusion() throws Exception {
        CliRunner list = CliRunner.run("demo", "--list");
        assertThat(list.status()).isZero();
        assertThat(list.out()).contains("underfit ", "underfit-capacity", "good-fit", "overfit", "multiple-runs",
                "cells", "batch-size");

        Path out = dir.resolve("u");
        CliRunner r = CliRunner.run("demo", "underfit", "--out", out.toString(), "-q");
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("seed:     underfit").contains("measured: label underfit;")
                .contains("lowest at epoch 100 of 100");
        assertThat(ImageIO.read(out.resolve("loss.png").toFile()).getWidth()).isEqualTo(1000);

        assertThat(CliRunner.run("demo", "nope", "--out", out.toString()).err()).contains("demos: underfit,");
    }

    private static String table(String out) {
        return out.substring(out.indexOf("count"), out.indexOf("best point"));
    }
}
