package org.lstmworkbench.ui.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.data.EdgeGaps;
import org.lstmworkbench.data.Encoding;
import org.lstmworkbench.data.MissingPolicy;
import org.lstmworkbench.data.TransformSpec;
import org.lstmworkbench.ui.common.CurrentThreadTaskExecutor;

/** The dataset pane on a real-looking multivariate file: text columns, leading gaps, zeros, the preview toggle. */
class DatasetPaneDataTest {

    private static final String[] WIND = {"NW", "cv", "NE", "SE"};

    @TempDir
    Path dir;

    private final DatasetViewModel vm = new DatasetViewModel(new CurrentThreadTaskExecutor(), RecentFiles.inMemory());

    /** 30 hours: pm2.5 NA for the first two, spots has zeros, cbwd cycles through four directions. */
    private Path pollution() throws IOException {
        StringBuilder csv = new StringBuilder("No,pm2.5,spots,cbwd,Iws\n");
        for (int i = 0; i < 30; i++) {
            csv.append(String.format(Locale.ROOT, "%d,%s,%d,%s,%.1f%n", i + 1, i < 2 ? "NA" : String.valueOf(40 + i),
                    i % 3 == 0 ? 0 : i, WIND[i % 4], 1.5 + i));
        }
        return Files.writeString(dir.resolve("pollution.csv"), csv.toString());
    }

    private void openWithPm() throws IOException {
        vm.openFile(pollution());
        vm.choices().targetColumnProperty().set("pm2.5");
        vm.choices().missingPolicyProperty().set(MissingPolicy.FORWARD_FILL);
    }

    @Test
    void aFileWithATextColumnOpensAndOffersItAsAnInput() throws IOException {
        vm.openFile(pollution());

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.columnNames()).containsExactly("No", "pm2.5", "spots", "Iws");
        assertThat(vm.textColumnNames()).containsExactly("cbwd");
        assertThat(vm.inputColumnChoices()).containsExactly("No", "pm2.5", "spots", "cbwd", "Iws");
        assertThat(vm.previewHeaders()).containsExactly("row", "No", "pm2.5", "spots", "cbwd", "Iws");
        assertThat(vm.previewRows().get(0)).containsExactly("2", "1", "NA", "0", "NW", "1.5");
        // the default target Iws has no gaps, so it prepares at once
        assertThat(vm.preparedProperty().get()).isNotNull();
    }

    @Test
    void aCheckedTextInputIsOneHotByDefaultAndIntegerWhenChosen() throws IOException {
        openWithPm();
        vm.choices().inputColumns().setAll("pm2.5", "cbwd");

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.preparedProperty().get().features()).isEqualTo(5);
        assertThat(vm.summary().preparationProperty().get())
                .contains("cbwd: one-hot, 4 categories (NE, NW, SE, cv), 0 unseen values");

        vm.choices().encodings().put("cbwd", Encoding.INTEGER);

        assertThat(vm.specProperty().get().encodings()).containsEntry("cbwd", Encoding.INTEGER);
        assertThat(vm.preparedProperty().get().features()).isEqualTo(2);
        assertThat(vm.summary().preparationProperty().get()).contains("cbwd: integer codes, 4 categories");

        vm.choices().inputColumns().setAll("pm2.5");
        // an unticked column's encoding stays a choice, not part of the spec
        assertThat(vm.specProperty().get().encodings()).isEmpty();
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void leadingGapsAreFilledOrTrimmedAndThePaneSaysHowMany() throws IOException {
        openWithPm();

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.summary().preparationProperty().get())
                .startsWith("gaps: 2 values at the edges filled from the nearest value");

        vm.choices().edgeGapsProperty().set(EdgeGaps.TRIM);

        assertThat(vm.specProperty().get().edgeGaps()).isEqualTo(EdgeGaps.TRIM);
        assertThat(vm.preparedProperty().get().table().rowCount()).isEqualTo(28);
        assertThat(vm.summary().preparationProperty().get()).startsWith("gaps: 2 rows at the edges trimmed");
    }

    @Test
    void zerosRefuseAPlainLogButTakeLog1pOrAShiftAndTheFittedLambdaIsShown() throws IOException {
        vm.openFile(pollution());
        vm.choices().targetColumnProperty().set("spots");
        vm.choices().powerProperty().set(TransformSpec.Power.LOG);

        assertThat(vm.errorProperty().get()).isEqualTo("pollution.csv: row 2, column \"spots\": 0.0 is not positive; "
                + "the log transform needs values above 0; use log1p (log(1 + x)) or a shift (log(x + c), c > 0)");

        vm.choices().powerProperty().set(TransformSpec.Power.LOG1P);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.specProperty().get().transform().power()).isEqualTo(TransformSpec.Power.LOG1P);
        assertThat(vm.summary().boxCoxLambdaProperty().get()).isNaN();

        vm.choices().powerProperty().set(TransformSpec.Power.BOX_COX);
        vm.choices().shiftProperty().set(1);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.specProperty().get().transform().shift()).isEqualTo(1.0);
        double lambda = vm.preparedProperty().get().targetTransform().lambda();
        assertThat(vm.summary().boxCoxLambdaProperty().get()).isEqualTo(lambda);
        assertThat(vm.summary().preparationProperty().get())
                .contains(String.format(Locale.ROOT, "Box-Cox lambda %.4g", lambda));
    }

    @Test
    void thePreviewTogglesBetweenTheFileAndWhatTheModelSees() throws IOException {
        openWithPm();
        vm.choices().inputColumns().setAll("pm2.5", "cbwd");
        List<String> original = List.copyOf(vm.previewHeaders());

        vm.previewAsModelProperty().set(true);

        assertThat(vm.previewHeaders()).containsExactly("row", "pm2.5", "cbwd=NE", "cbwd=NW", "cbwd=SE", "cbwd=cv");
        // pm2.5 back-filled with 42 and min-max scaled on the training part (42..60): 0; row 2 is NW
        assertThat(vm.previewRows().get(0)).containsExactly("2", "0", "0", "1", "0", "0");
        assertThat(vm.previewRows().get(3)).containsExactly("5", "0.05555556", "0", "0", "1", "0");

        vm.choices().scalingProperty().set(TransformSpec.Scaling.NONE);
        assertThat(vm.previewRows().get(3).get(1)).isEqualTo("43");

        vm.previewAsModelProperty().set(false);
        assertThat(vm.previewHeaders()).isEqualTo(original);
        assertThat(vm.previewRows().get(0).get(2)).isEqualTo("NA");
    }
}
