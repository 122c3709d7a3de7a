package org.lstmworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad classification input is one line on stderr and exit 2, through the real entry point. */
class ClassificationInputErrorsTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private CliRunner train(String... extra) {
        String[] args = new String[extra.length + 6];
        args[0] = "train";
        args[1] = "--task";
        args[2] = "classification";
        System.arraycopy(extra, 0, args, 3, extra.length);
        args[extra.length + 3] = "--epochs";
        args[extra.length + 4] = "1";
        args[extra.length + 5] = "--out=" + dir.resolve("out");
        return CliRunner.run(args);
    }

    /** Exit 2, one line on stderr holding every fragment, and no output folder left behind. */
    private static void assertOneLineError(CliRunner r, String... fragments) {
        assertThat(r.status()).as(r.err()).isEqualTo(WorkbenchCli.EXIT_USER_ERROR);
        assertThat(r.err().strip()).doesNotContain("\n").startsWith("lstm-workbench train: ").contains(fragments);
        assertThat(r.out()).isEmpty();
    }

    @Test
    void oneClassOnly() throws IOException {
        Path file = write("one.csv", "sequence,x,label\na,1,up\na,2,up\nb,3,up\n");
        CliRunner r = train("--data", file.toString());
        assertOneLineError(r, "one.csv", "all 2 sequences have the label \"up\"", "at least two classes");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void aSequenceWithNoRows() throws IOException {
        write("seqs/s1.csv", "x\n1\n2\n");
        write("seqs/s2.csv", "x\n");
        write("seqs/labels.csv", "file,label\ns1,up\ns2,down\n");
        CliRunner r = train("--data", dir.resolve("seqs").toString());
        assertOneLineError(r, "s2.csv: has no data rows; a sequence needs at least one time step");
    }

    @Test
    void sequencesWithDifferentFeatureCounts() throws IOException {
        write("seqs/s1.csv", "x,y\n1,2\n2,3\n");
        write("seqs/s2.csv", "x\n1\n2\n");
        write("seqs/labels.csv", "file,label\ns1,up\ns2,down\n");
        CliRunner r = train("--data", dir.resolve("seqs").toString());
        assertOneLineError(r, "s2.csv: has 1 feature column(s) where s1.csv has 2");
    }

    @Test
    void aLabelMissingForASequenceFile() throws IOException {
        write("seqs/s1.csv", "x\n1\n2\n");
        write("seqs/s2.csv", "x\n1\n2\n");
        write("seqs/s3.csv", "x\n1\n2\n");
        write("seqs/labels.csv", "file,label\ns1,up\ns2,down\n");
        CliRunner r = train("--data", dir.resolve("seqs").toString(), "--format", "folder");
        assertOneLineError(r, "s3.csv: a label is missing for this sequence file");
    }

    @Test
    void aLabelChangingInsideASequence() throws IOException {
        Path file = write("long.csv", "sequence,x,label\na,1,up\na,2,down\nb,3,up\n");
        CliRunner r = train("--data", file.toString());
        assertOneLineError(r, "long.csv", "row 3", "the label of sequence \"a\" changes from \"up\"");
    }

    @Test
    void anUnknownLabelColumn() throws IOException {
        Path file = write("long.csv", "sequence,x,label\na,1,up\nb,3,down\n");
        CliRunner r = train("--data", file.toString(), "--label-column", "class");
        assertOneLineError(r, "long.csv", "\"class\"");
    }

    @Test
    void optionsOfTheOtherTaskAndBadNamesAreRefused() {
        assertOneLineError(train("--data", "demo:rising-falling", "--lags", "3"),
                "--lags is not an option of classification");
        assertOneLineError(CliRunner.run("train", "--data", "demo:sine", "--label-column", "y", "--out",
                dir.resolve("o").toString()), "--label-column is not an option of regression",
                "--task classification");
        assertOneLineError(train("--data", "demo:nope"), "--data: unknown classification demo \"demo:nope\"");
        assertOneLineError(train("--data", "demo:rising-falling", "--format", "parquet"),
                "--format must be long, wide or folder, not \"parquet\"");
        assertOneLineError(CliRunner.run("train", "--task", "clustering", "--data", "demo:sine", "--out",
                dir.resolve("o").toString()), "--task must be regression or classification");
        assertOneLineError(train("--data", "demo:rising-falling", "--split", "0.5,0.2"),
                "split fractions must add up to 1");
        assertOneLineError(train("--data", dir.resolve("missing.csv").toString()), "--data: ", "missing.csv: no such");
    }
}
