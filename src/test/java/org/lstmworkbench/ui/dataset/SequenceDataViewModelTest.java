package org.lstmworkbench.ui.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lstmworkbench.data.sequence.PreparedSequences;
import org.lstmworkbench.data.sequence.SequenceFormat;
import org.lstmworkbench.ui.common.CurrentThreadTaskExecutor;
import org.lstmworkbench.ui.common.RecordingTaskExecutor;

class SequenceDataViewModelTest {

    @Test
    void theControlChartDemoShowsSixClassesOfHundredAllSixtySteps() {
        DatasetViewModel dataset = new DatasetViewModel(new CurrentThreadTaskExecutor(), RecentFiles.inMemory());
        SequenceDataViewModel vm = dataset.sequences();

        vm.load("demo:control-charts");

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.classes()).hasSize(6).allSatisfy(c -> assertThat(c.count()).isEqualTo(100));
        assertThat(vm.lengthCounts()).hasSize(1);
        assertThat(vm.lengthCounts().get(0).getKey()).isEqualTo(60);
        assertThat(vm.lengthCounts().get(0).getValue()).isEqualTo(600);
        assertThat(vm.lengthsDescriptionProperty().get()).isEqualTo("600 sequences, all 60 steps");
        assertThat(vm.warningProperty().get()).isEmpty();
        assertThat(vm.examples()).hasSize(6 * SequenceDataViewModel.EXAMPLES_PER_CLASS);
        // the default split 0.7 / 0.3, stratified: 70 of each class train
        assertThat(vm.preparedProperty().get().part(PreparedSequences.TRAIN)).hasSize(420);
        assertThat(vm.loadingProperty().get()).isFalse();
    }

    @Test
    void aLongCsvOfTwoFeaturesNamesThemAndAFailedLoadClearsThem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("two.csv");
        Files.writeString(file, "id,step,speed,angle,label\ns1,1,1,10,a\ns1,2,2,20,a\ns1,3,3,30,a\n"
                + "s2,1,4,40,b\ns2,2,5,50,b\ns3,1,6,60,a\ns4,1,7,70,b\n");
        SequenceDataViewModel vm = new SequenceDataViewModel(new CurrentThreadTaskExecutor());
        vm.trainFractionProperty().set(0.5);
        vm.validationFractionProperty().set(0.5);

        vm.load(file.toString());

        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.featureNames()).containsExactly("speed", "angle");
        // lengths 3, 2, 1, 1 and two examples of each class, raw (unscaled) values
        assertThat(vm.lengthCounts()).extracting(java.util.Map.Entry::getKey).containsExactly(1, 2, 3);
        assertThat(vm.lengthCounts()).extracting(java.util.Map.Entry::getValue).containsExactly(2, 1, 1);
        assertThat(vm.examples()).extracting(s -> s.id()).containsExactly("s1", "s3", "s2", "s4");
        assertThat(vm.examples().get(0).value(2, 1)).isEqualTo(30.0);

        vm.load(dir.resolve("nothing-here").toString());

        assertThat(vm.featureNames()).isEmpty();
        assertThat(vm.examples()).isEmpty();
        assertThat(vm.lengthCounts()).isEmpty();
    }

    @Test
    void loadingRunsThroughTheExecutorNotOnTheCallersThread() {
        RecordingTaskExecutor executor = new RecordingTaskExecutor();
        SequenceDataViewModel vm = new SequenceDataViewModel(executor);

        vm.load("demo:rising-falling");

        assertThat(vm.loadingProperty().get()).isTrue();
        assertThat(vm.preparedProperty().get()).isNull();
        executor.runAll();
        assertThat(vm.classes()).extracting(SequenceDataViewModel.ClassCount::name).hasSize(2);
        assertThat(vm.preparedProperty().get()).isNotNull();
    }

    @Test
    void aFolderWithoutLabelsGivesTheUsersMessage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("s1.csv"), "x\n1\n2\n");
        SequenceDataViewModel vm = new SequenceDataViewModel(new CurrentThreadTaskExecutor());
        vm.formatProperty().set(SequenceFormat.FOLDER);

        vm.load(dir.toString());

        assertThat(vm.errorProperty().get()).isNotEmpty().containsIgnoringCase("label");
        assertThat(vm.preparedProperty().get()).isNull();
        assertThat(vm.classes()).isEmpty();
    }

    @Test
    void aMissingSourceIsTheUsersMessage(@TempDir Path dir) {
        SequenceDataViewModel vm = new SequenceDataViewModel(new CurrentThreadTaskExecutor());

        vm.load(dir.resolve("nothing-here").toString());

        assertThat(vm.errorProperty().get()).endsWith("no such file or folder");
    }
}
