package org.lstmworkbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Layers point one way (see README, "Architecture decisions"). */
@AnalyzeClasses(packages = "org.lstmworkbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyUiTouchesGuiLibraries = noClasses()
            .that().resideOutsideOfPackage("org.lstmworkbench.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("only the ui package may use JavaFX or ControlsFX");

    @ArchTest
    static final ArchRule onlyUiAndReportDrawCharts = noClasses()
            .that().resideOutsideOfPackages("org.lstmworkbench.ui..", "org.lstmworkbench.report..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jfree..")
            .because("charts are drawn by the window (ui) and the headless PNG writers (report)");

    @ArchTest
    static final ArchRule cliAndReportDoNotUseTheWindow = noClasses()
            .that().resideInAnyPackage("org.lstmworkbench.cli..", "org.lstmworkbench.report..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lstmworkbench.ui..")
            .because("the command line runs without JavaFX; its PNG writers live in report");

    @ArchTest
    static final ArchRule metricsAndDiagnosisArePlainJava = noClasses()
            .that().resideInAnyPackage("org.lstmworkbench.metrics..", "org.lstmworkbench.diagnosis..")
            .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..")
            .because("labelling works on plain arrays, so it can be tested on literal curves and Keras logs");

    @ArchTest
    static final ArchRule logicDoesNotDependOnUiOrCli = noClasses()
            .that().resideInAnyPackage("org.lstmworkbench.data..", "org.lstmworkbench.model..",
                    "org.lstmworkbench.training..", "org.lstmworkbench.metrics..",
                    "org.lstmworkbench.diagnosis..", "org.lstmworkbench.experiment..", "org.lstmworkbench.workspace..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lstmworkbench.ui..", "org.lstmworkbench.cli..")
            .because("layers point one way: ui, cli -> logic");

    @ArchTest
    static final ArchRule diagnosisAndMetricsDoNotTrain = noClasses()
            .that().resideInAnyPackage("org.lstmworkbench.metrics..", "org.lstmworkbench.diagnosis..")
            .should().dependOnClassesThat().resideInAnyPackage("org.lstmworkbench.training..",
                    "org.lstmworkbench.model..", "org.lstmworkbench.data..", "org.lstmworkbench.experiment..")
            .because("diagnosis -> metrics only");
}
