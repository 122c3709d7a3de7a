package org.lstmworkbench;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Layers point one way (see README, "Architecture"). Every package is a layer; a layer names the
 * layers that may use it, so this table is the whole dependency graph:
 * <pre>
 * Main       -> ui, cli
 * ui, cli    -> report, workspace, experiment, training, forecast, diagnosis, model, data, metrics
 * cli        -> spark (sweeps on Apache Spark) -> experiment, training
 * report     -> training, forecast, metrics
 * workspace  -> training, forecast, model, data, metrics
 * forecast   -> data, metrics
 * experiment -> training, diagnosis, model, data, metrics
 * training   -> model, data, metrics
 * model      -> data, metrics
 * data       -> metrics
 * diagnosis  -> metrics
 * metrics    -> (nothing)
 * </pre>
 * and every package may throw {@link WorkbenchException}, which depends on nothing.
 */
@AnalyzeClasses(packages = "org.lstmworkbench", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.lstmworkbench";

    @ArchTest
    static final ArchRule layersPointOneWay = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Main").definedBy(equivalentTo(Main.class))
            .layer("Errors").definedBy(equivalentTo(WorkbenchException.class).or(equivalentTo(Problem.class)))
            .layer("Ui").definedBy(ROOT + ".ui..")
            .layer("Cli").definedBy(ROOT + ".cli..")
            .layer("Spark").definedBy(ROOT + ".spark..")
            .optionalLayer("Report").definedBy(ROOT + ".report..")
            .layer("Workspace").definedBy(ROOT + ".workspace..")
            .layer("Experiment").definedBy(ROOT + ".experiment..")
            .layer("Training").definedBy(ROOT + ".training..")
            .layer("Forecast").definedBy(ROOT + ".forecast..")
            .layer("Diagnosis").definedBy(ROOT + ".diagnosis..")
            .layer("Model").definedBy(ROOT + ".model..")
            .layer("Data").definedBy(ROOT + ".data..")
            .layer("Metrics").definedBy(ROOT + ".metrics..")

            .whereLayer("Main").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("Main")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Main")
            .whereLayer("Spark").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Report").mayOnlyBeAccessedByLayers("Ui", "Cli")
            .whereLayer("Workspace").mayOnlyBeAccessedByLayers("Ui", "Cli")
            .whereLayer("Experiment").mayOnlyBeAccessedByLayers("Ui", "Cli", "Spark")
            .whereLayer("Training").mayOnlyBeAccessedByLayers("Ui", "Cli", "Report", "Workspace", "Experiment",
                    "Spark")
            .whereLayer("Forecast").mayOnlyBeAccessedByLayers("Ui", "Cli", "Report", "Workspace")
            .whereLayer("Diagnosis").mayOnlyBeAccessedByLayers("Ui", "Cli", "Experiment")
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Ui", "Cli", "Workspace", "Experiment", "Training")
            .whereLayer("Data").mayOnlyBeAccessedByLayers("Ui", "Cli", "Workspace", "Experiment", "Training",
                    "Model", "Forecast")
            .whereLayer("Metrics").mayOnlyBeAccessedByLayers("Ui", "Cli", "Report", "Workspace", "Experiment",
                    "Training", "Forecast", "Model", "Data", "Diagnosis")
            .whereLayer("Errors").mayNotAccessAnyLayer()

            .because("layers point one way: the window and the command line on top, plain numbers at the bottom");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching(ROOT + ".(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule onlyTheWindowTouchesJavaFx = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..")
            .because("only the ui package may use JavaFX or ControlsFX");

    @ArchTest
    static final ArchRule onlyTheSparkPackageTouchesSpark = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".spark..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..")
            .because("Spark is provided, not shipped: the desktop jar must never load a Spark class");

    @ArchTest
    static final ArchRule onlyTheWindowAndReportsDrawCharts = noClasses()
            .that().resideOutsideOfPackages(ROOT + ".ui..", ROOT + ".report..")
            .should().dependOnClassesThat().resideInAPackage("org.jfree..")
            .because("charts are drawn by the window (ui) and by the PNG writers (report) only");

    @ArchTest
    static final ArchRule cliAndReportDoNotUseTheWindow = noClasses()
            .that().resideInAnyPackage(ROOT + ".cli..", ROOT + ".report..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ui..")
            .because("the command line runs without JavaFX; its PNG writers live in report");

    @ArchTest
    static final ArchRule metricsAndDiagnosisArePlainJava = noClasses()
            .that().resideInAnyPackage(ROOT + ".metrics..", ROOT + ".diagnosis..")
            .should().dependOnClassesThat().resideInAnyPackage("org.deeplearning4j..", "org.nd4j..")
            .because("labelling works on plain arrays, so it can be tested on literal curves and Keras logs");

    @ArchTest
    static final ArchRule theEngineIsPureNumerics = noClasses()
            .that().resideInAPackage(ROOT + ".training.engine..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".training", ROOT + ".data..",
                    ROOT + ".experiment..", ROOT + ".workspace..")
            .because("the fast engine computes on a network's parameters and batches only; the trainer uses it, "
                    + "never the other way round");
}
