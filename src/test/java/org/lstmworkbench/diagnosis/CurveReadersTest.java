package org.lstmworkbench.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lstmworkbench.WorkbenchException;

class CurveReadersTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void readsKerasCsvLoggerColumnsInAnyOrderKeepingOtherMetrics() throws IOException {
        Path f = write("training.log", "epoch,acc,loss,val_acc,val_loss\n0,0.5,0.9,0.55,0.8\n1,0.7,0.6,0.72,0.65\n");
        LossCurve c = CurveReaders.readKerasCsv(f);
        assertThat(c.name()).isEqualTo("training.log");
        assertThat(c.train()).containsExactly(0.9, 0.6);
        assertThat(c.val()).containsExactly(0.8, 0.65);
        assertThat(c.extras()).containsOnlyKeys("acc", "val_acc");
        assertThat(c.extras().get("val_acc")).containsExactly(0.55, 0.72);
    }

    @Test
    void readsQuotedFieldsAndWindowsLineEndingsInCsv() throws IOException {
        Path f = write("log.csv", "epoch,\"loss\",val_loss,\"note, with comma\"\r\n0,0.9,0.8,\" 0.5\"\r\n\r\n1,0.6,0.65,0.25\r\n");
        LossCurve c = CurveReaders.read(f);
        assertThat(c.train()).containsExactly(0.9, 0.6);
        assertThat(c.val()).containsExactly(0.8, 0.65);
        assertThat(c.extras().get("note, with comma")).containsExactly(0.5, 0.25);
    }

    @Test
    void countsRowsAsFileLinesIncludingBlankOnes() throws IOException {
        Path f = write("gap.csv", "epoch,loss\n0,0.5\n\n1,oops\n");
        assertThatThrownBy(() -> CurveReaders.read(f)).hasMessage("gap.csv: row 4, column 'loss': 'oops' is not a number");
    }

    @Test
    void readsPythonNanAndInfSpellingsInCsv() throws IOException {
        LossCurve c = CurveReaders.readKerasCsv(write("k.csv", "epoch,loss\n0,0.5\n1,nan\n2,inf\n"));
        assertThat(c.train()[0]).isEqualTo(0.5);
        assertThat(c.train()[1]).isNaN();
        assertThat(c.train()[2]).isInfinite();
        assertThat(c.val()).isNull();
    }

    @Test
    void readsOurHistoryCsvWithEpochsFromOne() throws IOException {
        LossCurve c = CurveReaders.read(write("history.csv", "epoch,train_loss,val_loss\n1,0.4,0.5\n2,0.3,0.45\n"));
        assertThat(c.train()).containsExactly(0.4, 0.3);
        assertThat(c.val()).containsExactly(0.5, 0.45);
        assertThat(c.extras()).isEmpty();
    }

    @Test
    void readsKerasHistoryJsonWithTf1AccuracyKeysAsExtras() throws IOException {
        Path f = write("history.json", "{\"loss\": [0.7, 0.5], \"acc\": [0.5, 0.8], \"val_loss\": [0.75, 0.6], "
                + "\"val_acc\": [0.45, 0.7]}");
        LossCurve c = CurveReaders.read(f);
        assertThat(c.train()).containsExactly(0.7, 0.5);
        assertThat(c.val()).containsExactly(0.75, 0.6);
        assertThat(c.extras()).containsOnlyKeys("acc", "val_acc");
    }

    @Test
    void readsTheHistoryDictAsTheSeedPrintsIt() throws IOException {
        String seed = """
                history.history:{'loss': [0.6198216109203176, 0.22001621517898987, 0.14948655201184996, 0.12273854326955383, 0.12327274605550756],\s
                		'accuracy': [0.74428725, 0.91920567, 0.9428727, 0.953346, 0.95048964],\s
                		'val_loss': [0.5575803409279667, 0.4091062663836594, 0.39247380317769337, 0.3639399050404692, 0.3881000212997623],\s
                		'val_accuracy': [0.8187988, 0.8649474, 0.89650494, 0.8975229, 0.8982016]}
                """;
        LossCurve c = CurveReaders.read(write("printed.txt", seed));
        assertThat(c.epochs()).isEqualTo(5);
        assertThat(c.train()[0]).isEqualTo(0.6198216109203176);
        assertThat(c.val()[4]).isEqualTo(0.3881000212997623);
        assertThat(c.extras()).containsOnlyKeys("accuracy", "val_accuracy");
        assertThat(new CurveDiagnoser().diagnose(c.toCurveInput()).label()).isEqualTo(FitLabel.TOO_EARLY);
    }

    @Test
    void readsPythonNanInAHistoryDict() {
        LossCurve c = CurveReaders.parseKerasHistory("{'loss': [0.5, nan, -inf]}", "d.txt");
        assertThat(c.train()[1]).isNaN();
        assertThat(c.train()[2]).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', value = {
        "keras.csv|epoch,loss\\n0,0.5\\n2,0.4|keras.csv: row 3: epoch 2 where 1 was expected",
        "keras.csv|epoch,val_loss\\n0,1|keras.csv: row 1: no 'loss' column",
        "keras.csv|epoch,loss,val_loss\\n0,0.5|keras.csv: row 2: 2 values for 3 columns",
        "keras.csv|epoch,loss\\n0,abc|keras.csv: row 2, column 'loss': 'abc' is not a number",
        "keras.csv|epoch,loss,val_loss\\n0,0.5,NA|keras.csv: row 2, column 'val_loss': missing value",
        "keras.csv|epoch,loss\\n|keras.csv: no epochs after the header",
        "history.csv|epoch,train_loss,val_loss\\n0,0.4,0.5|history.csv: row 2: epoch 0 where 1 was expected",
        "h.json|{\"val_loss\": [1]}|h.json: no 'loss' key",
        "h.json|{\"loss\": [1, 2], \"val_loss\": [1]}|h.json: key 'val_loss' has 1 values but 'loss' has 2",
        "h.json|{\"loss\": [1, \"x\"]}|h.json: key 'loss', item 2: 'x' is not a number",
        "h.json|{\"loss\": [1, 2], \"acc\": [1]}|h.json: key 'acc' has 1 values",
        "h.json|{\"loss\": [1,, 2]}|h.json: not a JSON or Python dictionary",
        "h.json|no dictionary here|h.json: no {...} dictionary"})
    void rejectsBadFilesWithOneLineNamingFileAndPlace(String name, String text, String message) throws IOException {
        Path f = write(name, text.replace("\\n", "\n"));
        assertThatThrownBy(() -> CurveReaders.read(f))
                .isInstanceOf(CurveFormatException.class)
                .isInstanceOf(WorkbenchException.class)
                .hasMessageStartingWith(message)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void namesAMissingFile() {
        assertThatThrownBy(() -> CurveReaders.read(dir.resolve("gone.csv")))
                .isInstanceOf(CurveFormatException.class).hasMessageStartingWith("gone.csv: cannot read");
    }
}
