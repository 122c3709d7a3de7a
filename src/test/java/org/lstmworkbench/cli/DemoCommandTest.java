package org.lstmworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void aDemoWhoseEveryRunDivergedSaysSoAndExits3AsASweepDoes() throws Exception {
        Path out = dir.resolve("u");
        CliRunner first = CliRunner.run("demo", "underfit", "--out", out.toString(), "-q", "--threads", "1");
        assertThat(first.status()).as(first.err()).isZero();
        // the demo's settings are fixed and never diverge: its one recorded run is marked diverged instead,
        // and the resume keeps it as recorded
        Path results = out.resolve("results.csv");
        List<String> lines = Files.readAllLines(results);
        assertThat(lines).hasSize(2);
        Files.write(results, List.of(lines.get(0),
                lines.get(1).replace(",done,", ",diverged,").replace(",underfit,", ",diverged,")));

        CliRunner r = CliRunner.run("demo", "underfit", "--out", out.toString(), "-q", "--threads", "1", "--resume");

        assertThat(r.status()).as(r.err()).isEqualTo(WorkbenchCli.EXIT_NOTHING_USABLE).isEqualTo(3);
        assertThat(r.err().strip()).isEqualTo("lstm-workbench demo: all 1 runs diverged, so the summary has no values "
                + "(count 0) to compare with the book: the demo's settings are fixed, so check " + results
                + " or run the demo into a new folder");
        assertThat(r.out()).contains("measured: label diverged;");
        assertThat(Files.readAllLines(results)).hasSize(2);
    }
}
