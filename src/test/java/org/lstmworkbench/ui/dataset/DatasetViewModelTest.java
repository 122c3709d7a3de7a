package org.lstmworkbench.ui.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.data.DataPipeline;
import org.lstmworkbench.data.DemoDatasets;
import org.lstmworkbench.data.FrameShape;
import org.lstmworkbench.data.MissingPolicy;
import org.lstmworkbench.data.SplitSpec;
import org.lstmworkbench.data.TransformSpec;
import org.lstmworkbench.ui.common.CurrentThreadTaskExecutor;
import org.lstmworkbench.ui.common.TaskExecutor;

class DatasetViewModelTest {

    @TempDir
    Path dir;

    private final RecentFiles.Store store = RecentFiles.inMemory();
    private final DatasetViewModel vm = new DatasetViewModel(new CurrentThreadTaskExecutor(), store);

    @Test
    void seedSequenceDemoGivesFiveTrainFiveValidationNoTest() {
        vm.loadDemo("seed-sequence");

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.summary().trainSamplesProperty().get()).isEqualTo(5);
        assertThat(vm.summary().validationSamplesProperty().get()).isEqualTo(5);
        assertThat(vm.summary().testSamplesProperty().get()).isZero();
        assertThat(vm.specProperty().get().split()).isEqualTo(new SplitSpec.Explicit(5, 5, 0));
        assertThat(vm.splitDescriptionProperty().get()).isEqualTo("5/5/0 samples");
        assertThat(vm.columnNames()).containsExactly(DemoDatasets.COLUMN);
        assertThat(vm.previewRows()).hasSize(11);
        assertThat(vm.previewRows().get(3)).containsExactly("4", "0.3");
    }

    @Test
    void seedSequenceBaselinesAreThePersistenceAndMeanErrorsOfItsValidationPart() {
        vm.loadDemo("seed-sequence");

        // validation targets 0.6..1.0 from inputs 0.5..0.9: persistence is off by 0.1 each time;
        // the training targets 0.1..0.5 have mean 0.3, so the errors are 0.3..0.7
        double meanMse = (0.09 + 0.16 + 0.25 + 0.36 + 0.49) / 5;
        assertThat(vm.summary().persistenceLossProperty().get()).isCloseTo(0.01, within(1e-12));
        assertThat(vm.summary().persistenceLossOriginalProperty().get()).isCloseTo(0.01, within(1e-12));
        assertThat(vm.summary().meanLossProperty().get()).isCloseTo(meanMse, within(1e-12));
        assertThat(vm.summary().meanLossOriginalProperty().get()).isCloseTo(meanMse, within(1e-12));
    }

    @Test
    void seasonalDemoGivesThePipelinesCounts() {
        vm.loadDemo("seasonal");

        // 144 months, 12 + 1 values lost to differencing leave 131; lags 12 and horizon 1 frame
        // 131 - 12 = 119 samples; 0.7/0.15/0.15 cuts at round(83.3) = 83 and round(101.15) = 101
        assertThat(vm.summary().trainSamplesProperty().get()).isEqualTo(83);
        assertThat(vm.summary().validationSamplesProperty().get()).isEqualTo(18);
        assertThat(vm.summary().testSamplesProperty().get()).isEqualTo(18);
        assertThat(vm.preparedProperty().get().train().size()).isEqualTo(83);
        assertThat(vm.previewRows()).hasSize(TablePreview.ROWS);
        assertThat(vm.previewRows().get(0).get(0)).isEqualTo("1949-01");
    }

    @Test
    void changingLagsReframesTheSamples() {
        vm.loadDemo("seasonal");

        vm.choices().lagsProperty().set(6);

        // 131 - 6 = 125 samples: cuts at round(87.5) = 88 and round(106.25) = 106
        assertThat(vm.summary().trainSamplesProperty().get()).isEqualTo(88);
        assertThat(vm.summary().validationSamplesProperty().get()).isEqualTo(18);
        assertThat(vm.summary().testSamplesProperty().get()).isEqualTo(19);
        assertThat(vm.specProperty().get().lags()).isEqualTo(6);
        assertThat(vm.preparedProperty().get().timesteps()).isEqualTo(6);
    }

    @Test
    void everyDataChoiceReachesTheSpec() {
        vm.loadDemo("sine");

        vm.choices().scalingProperty().set(TransformSpec.Scaling.Z_SCORE);
        vm.choices().differenceOrderProperty().set(1);
        vm.choices().horizonProperty().set(3);
        vm.choices().missingPolicyProperty().set(MissingPolicy.FORWARD_FILL);
        vm.choices().trainFractionProperty().set(0.6);

        var spec = vm.specProperty().get();
        assertThat(spec.transform()).isEqualTo(TransformSpec.scaled(TransformSpec.Scaling.Z_SCORE).withDifference(1));
        assertThat(spec.horizon()).isEqualTo(3);
        assertThat(spec.missingPolicy()).isEqualTo(MissingPolicy.FORWARD_FILL);
        // the test part takes up the rest so the fractions still sum to 1
        assertThat(spec.split()).isEqualTo(new SplitSpec.Chronological(0.6, 0.15, 0.25));
        assertThat(vm.preparedProperty().get().outputs()).isEqualTo(3);
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void editingAFractionTurnsTheDemosExplicitSplitIntoFractionsThatSumToOne() {
        vm.loadDemo("seed-sequence");
        assertThat(vm.choices().trainFractionProperty().get()).isEqualTo(0.5);

        vm.choices().trainFractionProperty().set(0.6);

        // test cannot go below 0, so validation gives way: 0.6 / 0.4 / 0 of 10 samples
        assertThat(vm.specProperty().get().split()).isEqualTo(new SplitSpec.Chronological(0.6, 0.4, 0));
        assertThat(vm.splitDescriptionProperty().get()).isEqualTo("chronological 0.6 / 0.4 / 0");
        assertThat(vm.summary().trainSamplesProperty().get()).isEqualTo(6);
        assertThat(vm.summary().validationSamplesProperty().get()).isEqualTo(4);
    }

    @Test
    void impossibleSettingsShowTheMessageAndClearThePreparedData() {
        vm.loadDemo("seed-sequence");

        vm.choices().shapeProperty().set(FrameShape.ONE_TO_ONE);
        vm.choices().lagsProperty().set(3);

        assertThat(vm.errorProperty().get()).contains("lags must be 1, got 3");
        assertThat(vm.preparedProperty().get()).isNull();
        assertThat(vm.summary().trainSamplesProperty().get()).isZero();

        vm.choices().lagsProperty().set(1);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.summary().trainSamplesProperty().get()).isEqualTo(5);
    }

    @Test
    void aCsvFileGetsTheFileDefaultsAndTheLastNumericColumn() throws IOException {
        Path csv = write("sales.csv", "month,units,price\n" + rows(40));

        vm.openFile(csv);

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.choices().targetColumnProperty().get()).isEqualTo("price");
        assertThat(vm.columnNames()).containsExactly("units", "price");
        assertThat(vm.previewHeaders()).containsExactly("month", "units", "price");
        assertThat(vm.specProperty().get().transform()).isEqualTo(TransformSpec.scaled(TransformSpec.Scaling.MIN_MAX));
        // 40 rows, lags 1: 39 samples cut at round(27.3) = 27 and round(33.15) = 33
        assertThat(vm.summary().trainSamplesProperty().get()).isEqualTo(27);
        assertThat(vm.summary().validationSamplesProperty().get()).isEqualTo(6);
        assertThat(vm.summary().testSamplesProperty().get()).isEqualTo(6);
        assertThat(vm.recentFiles()).containsExactly(csv.toAbsolutePath().normalize());
        assertThat(store.load()).containsExactly(csv.toAbsolutePath().normalize().toString());
    }

    @Test
    void aBadCellNamesRowAndColumnAndKeepsThePreviousData() throws IOException {
        vm.loadDemo("seed-sequence");
        Path bad = write("bad.csv", "month,value\n2020-01,1.0\n2020-02,abc\n2020-03,3.0\n");

        vm.openFile(bad);

        assertThat(vm.errorProperty().get()).isEqualTo("bad.csv: row 3, column \"value\": \"abc\" is not a number");
        assertThat(vm.loadingProperty().get()).isFalse();
        assertThat(vm.sourceProperty().get()).isEqualTo("demo:seed-sequence");
        assertThat(vm.preparedProperty().get().train().size()).isEqualTo(5);
        assertThat(vm.recentFiles()).isEmpty();

        vm.choices().scalingProperty().set(TransformSpec.Scaling.MIN_MAX);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.specProperty().get().transform().scaling()).isEqualTo(TransformSpec.Scaling.MIN_MAX);
        assertThat(vm.summary().trainSamplesProperty().get()).isEqualTo(5);
    }

    @Test
    void aFileWithGapsIsLoadedSoTheMissingPolicyCanBeChanged() throws IOException {
        Path gaps = write("gaps.csv", "month,units,price\n" + rows(20).replace("1-05,5.0,25.5", "1-05,5.0,NA"));

        vm.openFile(gaps);

        assertThat(vm.errorProperty().get()).startsWith("gaps.csv: row 6");
        assertThat(vm.preparedProperty().get()).isNull();
        vm.choices().missingPolicyProperty().set(MissingPolicy.INTERPOLATE);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.preparedProperty().get()).isNotNull();
    }

    @Test
    void applySpecRestoresEverySetting() {
        var spec = DemoDatasets.recommendedSpec("seasonal").toBuilder().lags(4)
                .split(new SplitSpec.Chronological(0.5, 0.25, 0.25)).build();

        vm.applySpec(spec);

        assertThat(vm.specProperty().get()).isEqualTo(spec);
        assertThat(vm.choices().lagsProperty().get()).isEqualTo(4);
        assertThat(vm.choices().seasonalPeriodProperty().get()).isEqualTo(12);
        assertThat(vm.choices().powerProperty().get()).isEqualTo(TransformSpec.Power.LOG);
        assertThat(vm.summary().trainSamplesProperty().get()).isEqualTo(DataPipeline.prepare(spec).train().size());
    }

    @Test
    void onlyTheLatestRequestsResultIsKept() {
        DeferredExecutor deferred = new DeferredExecutor();
        DatasetViewModel slow = new DatasetViewModel(deferred, store);
        slow.loadDemo("seasonal");
        slow.loadDemo("seed-sequence");
        assertThat(slow.loadingProperty().get()).isTrue();

        deferred.runAll();

        assertThat(slow.sourceProperty().get()).isEqualTo("demo:seed-sequence");
        assertThat(slow.summary().trainSamplesProperty().get()).isEqualTo(5);
        assertThat(slow.loadingProperty().get()).isFalse();
    }

    @Test
    void recentFilesKeepTheEightLatestMostRecentFirst() throws IOException {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            files.add(write("f" + i + ".csv", "month,units,price\n" + rows(20)));
            vm.openFile(files.get(i));
        }
        vm.openFile(files.get(5));

        assertThat(vm.recentFiles()).hasSize(8);
        assertThat(vm.recentFiles().get(0).getFileName().toString()).isEqualTo("f5.csv");
        assertThat(vm.recentFiles().get(1).getFileName().toString()).isEqualTo("f9.csv");
        assertThat(new RecentFiles(store).files()).isEqualTo(vm.recentFiles());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    /** Rows {@code 1-01,1.0,10.5}, ... with a second column growing faster. */
    private static String rows(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            s.append(String.format("1-%02d,%d.0,%d.5%n", i, i, 10 + 3 * i));
        }
        return s.toString();
    }

    /** Holds background work until {@link #runAll()}, to interleave requests. */
    private static final class DeferredExecutor implements TaskExecutor {
        private final List<Runnable> pending = new ArrayList<>();
        private final CurrentThreadTaskExecutor now = new CurrentThreadTaskExecutor();

        @Override
        public <T> void execute(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onSuccess,
                                java.util.function.Consumer<Throwable> onFailure) {
            pending.add(() -> now.execute(work, onSuccess, onFailure));
        }

        void runAll() {
            List<Runnable> jobs = new ArrayList<>(pending);
            pending.clear();
            jobs.forEach(Runnable::run);
        }

        @Override
        public void runOnUiThread(Runnable action) {
            action.run();
        }

        @Override
        public void shutdown() {
            pending.clear();
        }
    }
}
