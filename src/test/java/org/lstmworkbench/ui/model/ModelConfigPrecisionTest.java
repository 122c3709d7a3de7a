package org.lstmworkbench.ui.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lstmworkbench.model.ModelConfig;
import org.lstmworkbench.model.Precision;
import org.lstmworkbench.ui.common.DisplayTexts;

/** The model form's "Precision" choice: it starts at double, changes the configuration, and shows a run's. */
class ModelConfigPrecisionTest {

    private final ModelConfigViewModel vm = new ModelConfigViewModel();

    @Test
    void choosingFloatChangesTheConfigurationAndOnlyThePrecision() {
        assertThat(vm.precisionProperty().get()).isEqualTo(Precision.DOUBLE);
        ModelConfig before = vm.configProperty().get();
        vm.precisionProperty().set(Precision.FLOAT);
        assertThat(vm.configProperty().get().precision()).isEqualTo(Precision.FLOAT);
        assertThat(vm.configProperty().get()).isEqualTo(before.toBuilder().precision(Precision.FLOAT).build());
        vm.precisionProperty().set(Precision.DOUBLE);
        assertThat(vm.configProperty().get()).isEqualTo(before);
    }

    @Test
    void aRunsConfigurationShowsItsPrecision() {
        vm.setConfig(ModelConfig.builder().units(64).precision(Precision.FLOAT).build());
        assertThat(vm.precisionProperty().get()).isEqualTo(Precision.FLOAT);
        assertThat(vm.configProperty().get().precision()).isEqualTo(Precision.FLOAT);
    }

    @Test
    void theChoicesAreNamedAsTheCommandLineSpellsThem() {
        assertThat(DisplayTexts.precision(Precision.DOUBLE)).isEqualTo("double");
        assertThat(DisplayTexts.precision(Precision.FLOAT)).isEqualTo("float");
        assertThat(DisplayTexts.PRECISION_HELP).contains("DL4J's exact math").contains("64 cells");
    }
}
