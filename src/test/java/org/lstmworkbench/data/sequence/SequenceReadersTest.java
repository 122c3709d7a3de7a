package org.lstmworkbench.data.sequence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.data.DataException;

class SequenceReadersTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void readsLongCsvSortingStepsAndKeepingFirstAppearanceOrder() throws IOException {
        Path file = write("long.csv", """
                sequence,step,x,y,label,note
                b,2,20,200,up,late
                a,1,1,10,down,x
                b,0,0,0,up,x
                a,0,0.5,5,down,x
                b,1,10,100,up,x
                """);
        SequenceDataset d = SequenceLoader.load(file, SequenceReadOptions.detect());
        assertThat(SequenceLoader.detect(file, SequenceReadOptions.detect())).isEqualTo(SequenceFormat.LONG);
        assertThat(d.featureNames()).containsExactly("x", "y");
        assertThat(d.size()).isEqualTo(2);
        Sequence b = d.sequence(0);
        assertThat(b.id()).isEqualTo("b");
        assertThat(b.label()).isEqualTo("up");
        assertThat(b.feature(0)).containsExactly(0, 10, 20);
        assertThat(b.feature(1)).containsExactly(0, 100, 200);
        assertThat(d.sequence(1).feature(0)).containsExactly(0.5, 1);
        assertThat(d.classes().names()).containsExactly("down", "up");
        assertThat(d.labelIndices()).containsExactly(1, 0);
        assertThat(d.lengths()).containsExactly(3, 2);
    }

    @Test
    void readsLongCsvWithChosenColumnsAndGroups() throws IOException {
        Path file = write("chosen.csv", """
                run;t;subject;a;b;activity
                r1;1;s1;1;9;walk
                r1;2;s1;2;9;walk
                r2;1;s2;3;9;sit
                """);
        SequenceReadOptions options = SequenceReadOptions.detect().withFormat(SequenceFormat.LONG)
                .withSequenceColumn("run").withStepColumn("t").withLabelColumn("activity").withGroupColumn("subject")
                .withFeatureColumns(java.util.List.of("a"));
        SequenceDataset d = SequenceLoader.load(file, options);
        assertThat(d.featureNames()).containsExactly("a");
        assertThat(d.sequence(0).group()).isEqualTo("s1");
        assertThat(d.sequence(1).group()).isEqualTo("s2");
        assertThat(d.sequence(0).feature(0)).containsExactly(1, 2);
        assertThat(d.hasGroups()).isTrue();
    }

    @Test
    void longCsvRefusesALabelChangingInsideASequence() throws IOException {
        Path file = write("change.csv", """
                id,value,label
                s1,1,a
                s2,1,b
                s1,2,b
                """);
        assertThatThrownBy(() -> SequenceLoader.load(file, SequenceReadOptions.detect()))
                .isInstanceOf(DataException.class)
                .hasMessage("change.csv: row 4, column \"label\": the label of sequence \"s1\" changes from \"a\" "
                        + "(row 2) to \"b\"; a sequence has one label");
    }

    @Test
    void longCsvNamesAnUnknownLabelColumn() throws IOException {
        Path file = write("cols.csv", "id,value,label\ns1,1,a\ns2,2,b\n");
        assertThatThrownBy(() -> SequenceLoader.load(file, SequenceReadOptions.detect().withLabelColumn("klass")))
                .isInstanceOf(DataException.class)
                .hasMessage("cols.csv: no column \"klass\" (the label column); the columns are id, value, label");
    }

    @Test
    void longCsvNamesAnUnknownIdColumn() throws IOException {
        Path file = write("ids.csv", "id,value,label\ns1,1,a\ns2,2,b\n");
        assertThatThrownBy(() -> SequenceLoader.load(file, SequenceReadOptions.detect()
                .withFormat(SequenceFormat.LONG).withSequenceColumn("seq")))
                .isInstanceOf(DataException.class)
                .hasMessage("ids.csv: no column \"seq\" (the sequence-id column); the columns are id, value, label");
    }

    @Test
    void longCsvNamesANonNumericFeatureByRowAndColumn() throws IOException {
        Path file = write("text.csv", "id,value,label\ns1,1,a\ns1,abc,a\ns2,2,b\n");
        assertThatThrownBy(() -> SequenceLoader.load(file, SequenceReadOptions.detect()))
                .isInstanceOf(DataException.class)
                .hasMessage("text.csv: row 3, column \"value\": \"abc\" is not a number");
    }

    @Test
    void longCsvRefusesARepeatedStep() throws IOException {
        Path file = write("steps.csv", "id,step,value,label\ns1,1,1,a\ns1,1,2,a\ns2,1,2,b\n");
        assertThatThrownBy(() -> SequenceLoader.load(file, SequenceReadOptions.detect()))
                .isInstanceOf(DataException.class)
                .hasMessage("steps.csv: row 3, column \"step\": sequence \"s1\" has step 1 twice (rows 2 and 3)");
    }

    @Test
    void readsWideUcrTsvWithNanPaddedRow() throws IOException {
        Path file = write("Demo_TRAIN.tsv", "1\t0.5\t1.5\t2.5\t3.5\n2\t-1\t-2\tNaN\tNaN\n1.0\t4\t5\t6\t\n");
        assertThat(SequenceLoader.detect(file, SequenceReadOptions.detect())).isEqualTo(SequenceFormat.WIDE);
        SequenceDataset d = SequenceLoader.load(file, SequenceReadOptions.detect());
        assertThat(d.size()).isEqualTo(3);
        assertThat(d.featureNames()).containsExactly("value");
        assertThat(d.lengths()).containsExactly(4, 2, 3);
        assertThat(d.sequence(1).feature(0)).containsExactly(-1, -2);
        assertThat(d.sequence(2).label()).isEqualTo("1");
        assertThat(d.classes().names()).containsExactly("1", "2");
        assertThat(d.classes().counts()).containsExactly(2, 1);
        assertThat(d.sequence(0).id()).isEqualTo("1");
    }

    @Test
    void readsWideWhitespaceFileOfTheOldArchive() throws IOException {
        Path file = write("old.txt", "  1.0000000e+00  1.5  2.5\n  2.0000000e+00 -1.0 -2.0\n");
        SequenceDataset d = SequenceLoader.load(file, SequenceReadOptions.detect());
        assertThat(d.classes().names()).containsExactly("1", "2");
        assertThat(d.sequence(1).feature(0)).containsExactly(-1, -2);
    }

    @Test
    void wideRefusesAMissingValueInsideASequence() throws IOException {
        Path file = write("gap.csv", "a,1,NaN,3\nb,1,2,3\n");
        assertThatThrownBy(() -> SequenceLoader.load(file, SequenceReadOptions.detect()))
                .isInstanceOf(DataException.class)
                .hasMessage("gap.csv: row 1, column 3: a feature value is missing (\"NaN\")");
    }

    @Test
    void wideRefusesASequenceWithNoValues() throws IOException {
        Path file = write("empty.csv", "a,1,2,3\nb,NaN,NaN,NaN\n");
        assertThatThrownBy(() -> SequenceLoader.load(file, SequenceReadOptions.detect()))
                .isInstanceOf(DataException.class)
                .hasMessage("empty.csv: row 2, column 2: the sequence has no values (no time steps)");
    }

    @Test
    void wideNamesANonNumericValue() throws IOException {
        Path file = write("bad.tsv", "a\t1\t2\nb\t1\tx\n");
        assertThatThrownBy(() -> SequenceLoader.load(file, SequenceReadOptions.detect()))
                .isInstanceOf(DataException.class)
                .hasMessage("bad.tsv: row 2, column 3: \"x\" is not a number");
    }

    @Test
    void readsFolderWithLabelsByFileNameStemAndTrailingNumber() throws IOException {
        write("har/body_1.csv", "acc_x,acc_y\n1,2\n3,4\n");
        write("har/body_2.csv", "acc_x,acc_y\n5,6\n");
        write("har/body_10.csv", "acc_x,acc_y\n7,8\n9,10\n11,12\n");
        write("har/labels.csv", "# sequence,activity\nbody_1.csv,walk\nbody_2,sit\n10,walk\n");
        Path folder = dir.resolve("har");
        assertThat(SequenceLoader.detect(folder, SequenceReadOptions.detect())).isEqualTo(SequenceFormat.FOLDER);
        SequenceDataset d = SequenceLoader.load(folder, SequenceReadOptions.detect());
        assertThat(d.sequences()).extracting(Sequence::id).containsExactly("body_1", "body_2", "body_10");
        assertThat(d.sequences()).extracting(Sequence::label).containsExactly("walk", "sit", "walk");
        assertThat(d.featureNames()).containsExactly("acc_x", "acc_y");
        assertThat(d.lengths()).containsExactly(2, 1, 3);
        assertThat(d.sequence(2).feature(1)).containsExactly(8, 10, 12);
        assertThat(d.classes().describe()).isEqualTo("sit 1, walk 2");
    }

    @Test
    void folderTakesGroupsFromANamedLabelsColumn() throws IOException {
        write("g/1.csv", "1\n2\n");
        write("g/2.csv", "3\n");
        write("g/3.csv", "4\n5\n");
        write("g/classes.txt", "file,label,subject\n1,a,p1\n2,b,p1\n3,b,p2\n");
        SequenceDataset d = SequenceLoader.load(dir.resolve("g"), SequenceReadOptions.detect()
                .withLabelsFile(Path.of("classes.txt")).withGroupColumn("subject"));
        assertThat(d.sequences()).extracting(Sequence::group).containsExactly("p1", "p1", "p2");
        assertThat(d.featureNames()).containsExactly("column 1");
    }

    @Test
    void folderRefusesASequenceFileWithoutALabel() throws IOException {
        write("m/s1.csv", "1\n2\n");
        write("m/s2.csv", "1\n");
        write("m/s3.csv", "1\n");
        write("m/labels.csv", "s1,a\ns2,b\n");
        assertThatThrownBy(() -> SequenceLoader.load(dir.resolve("m"), SequenceReadOptions.detect()))
                .isInstanceOf(DataException.class)
                .hasMessage("s3.csv: a label is missing for this sequence file (no row of labels.csv names it by "
                        + "its file name, stem or number)");
    }

    @Test
    void folderRefusesDifferentFeatureCounts() throws IOException {
        write("f/a.csv", "1,2\n3,4\n");
        write("f/b.csv", "1\n2\n");
        write("f/labels.csv", "a,x\nb,y\n");
        assertThatThrownBy(() -> SequenceLoader.load(dir.resolve("f"), SequenceReadOptions.detect()))
                .isInstanceOf(DataException.class)
                .hasMessage("b.csv: has 1 feature column(s) where a.csv has 2; every sequence needs the same features");
    }

    @Test
    void folderRefusesASequenceFileWithNoRows() throws IOException {
        write("e/a.csv", "x,y\n1,2\n");
        write("e/b.csv", "x,y\n");
        write("e/labels.csv", "a,x\nb,y\n");
        assertThatThrownBy(() -> SequenceLoader.load(dir.resolve("e"), SequenceReadOptions.detect()))
                .isInstanceOf(DataException.class)
                .hasMessage("b.csv: has no data rows; a sequence needs at least one time step");
    }

    @Test
    void folderNamesALabelRowThatMatchesNoFile() throws IOException {
        write("n/a.csv", "1\n");
        write("n/b.csv", "2\n");
        write("n/labels.csv", "a,x\nb,y\nc,z\n");
        assertThatThrownBy(() -> SequenceLoader.load(dir.resolve("n"), SequenceReadOptions.detect()))
                .isInstanceOf(DataException.class)
                .hasMessage("labels.csv: row 3, column 1: \"c\" names no sequence file (by file name, stem or trailing "
                        + "number)");
    }

    @Test
    void folderNamesANonNumericValueInASequenceFile() throws IOException {
        write("v/a.csv", "x,y\n1,2\n3,oops\n");
        write("v/b.csv", "x,y\n1,2\n");
        write("v/labels.csv", "a,x\nb,y\n");
        assertThatThrownBy(() -> SequenceLoader.load(dir.resolve("v"), SequenceReadOptions.detect()))
                .isInstanceOf(DataException.class)
                .hasMessage("a.csv: row 3, column \"y\": \"oops\" is not a number");
    }

    @Test
    void oneClassOnlyIsRefusedWhateverTheFormat() throws IOException {
        Path file = write("same.tsv", "1\t1\t2\n1\t3\t4\n");
        assertThatThrownBy(() -> SequenceLoader.load(file, SequenceReadOptions.detect()))
                .isInstanceOf(DataException.class)
                .hasMessage("same.tsv: all 2 sequences have the label \"1\"; classification needs at least two classes");
    }

    @Test
    void detectionAsksForTheIdColumnOfALongLookingFile() throws IOException {
        Path file = write("subjects.csv", "subject_run,value,label\nr1,1,a\nr2,2,b\n");
        assertThatThrownBy(() -> SequenceLoader.detect(file, SequenceReadOptions.detect()))
                .isInstanceOf(DataException.class)
                .hasMessageStartingWith("subjects.csv: looks like the long format (one row per time step) but has no "
                        + "sequence-id column; name it");
        assertThat(SequenceLoader.detect(file, SequenceReadOptions.detect().withSequenceColumn("subject_run")))
                .isEqualTo(SequenceFormat.LONG);
    }

    @Test
    void loadsDemosBySource() {
        assertThat(SequenceLoader.load("demo:rising-falling", SequenceReadOptions.detect()).size()).isEqualTo(100);
        assertThatThrownBy(() -> SequenceLoader.load("demo:sine", SequenceReadOptions.detect()))
                .isInstanceOf(DataException.class)
                .hasMessage("unknown classification demo \"demo:sine\"; valid: demo:control-charts, demo:rising-falling");
    }

    @Test
    void longCsvRefusesAMissingLabelAndAChangingGroup() throws IOException {
        Path missing = write("nolabel.csv", "id,value,label\ns1,1,a\ns2,1,\n");
        assertThatThrownBy(() -> SequenceLoader.load(missing, SequenceReadOptions.detect()))
                .isInstanceOf(DataException.class)
                .hasMessage("nolabel.csv: row 3, column \"label\": the label is missing");
        Path group = write("group.csv", "id,subject,value,label\ns1,p1,1,a\ns1,p2,2,a\ns2,p1,1,b\n");
        assertThatThrownBy(() -> SequenceLoader.load(group, SequenceReadOptions.detect().withGroupColumn("subject")))
                .isInstanceOf(DataException.class)
                .hasMessage("group.csv: row 3, column \"subject\": the group of sequence \"s1\" changes from "
                        + "\"p1\" (row 2) to \"p2\"; a sequence belongs to one group");
    }

    @Test
    void wideSkipsAHeaderLine() throws IOException {
        Path file = write("headed.csv", "class,t1,t2\nup,1,2\ndown,2,1\n");
        assertThat(SequenceLoader.detect(file, SequenceReadOptions.detect())).isEqualTo(SequenceFormat.WIDE);
        SequenceDataset d = SequenceLoader.load(file, SequenceReadOptions.detect());
        assertThat(d.size()).isEqualTo(2);
        assertThat(d.sequence(1).feature(0)).containsExactly(2, 1);
        Path bad = write("headedbad.csv", "class,t1,t2\nup,1,2\ndown,2,z\n");
        assertThatThrownBy(() -> SequenceLoader.load(bad, SequenceReadOptions.detect()))
                .isInstanceOf(DataException.class)
                .hasMessage("headedbad.csv: row 3, column \"t2\": \"z\" is not a number");
    }

    @Test
    void folderRefusesAnAmbiguousNumberAndAMissingLabelsFile() throws IOException {
        write("amb/left_1.csv", "1\n");
        write("amb/right_1.csv", "2\n");
        write("amb/labels.csv", "1,a\nright_1,b\n");
        assertThatThrownBy(() -> SequenceLoader.load(dir.resolve("amb"), SequenceReadOptions.detect()))
                .isInstanceOf(DataException.class)
                .hasMessage("labels.csv: row 1, column 1: the number 1 ends the names of left_1.csv and right_1.csv; "
                        + "name the file instead");
        write("nolabels/a.csv", "1\n");
        assertThatThrownBy(() -> SequenceLoader.load(dir.resolve("nolabels"), SequenceReadOptions.detect()))
                .isInstanceOf(DataException.class)
                .hasMessage("nolabels/: no labels file; name the labels CSV (looked for a file whose name contains "
                        + "\"label\")");
    }
}
