package org.lstmworkbench.ui.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.CategoryLabelEntity;
import org.jfree.chart.entity.ChartEntity;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.ChartMouseEventFX;
import org.jfree.chart.fx.interaction.ChartMouseListenerFX;
import org.lstmworkbench.ui.chart.ChartExport;
import org.lstmworkbench.ui.common.DialogService;
import org.lstmworkbench.ui.common.ErrorReporter;

/**
 * The Sweep panel: the sweep's settings, Start / Stop / Resume and exports on the left; progress
 * on top; the box plot (click a box to select its point) beside the describe() table and the
 * best point; the selected point's repeats convergence and runs below. Builds controls and
 * binds them; nothing else.
 */
public final class SweepView extends BorderPane {

    private final SweepViewModel vm;
    private final DialogService dialogs;
    private final ChartViewer boxViewer;

    /** A view of {@code vm}; create on the FX thread. */
    public SweepView(SweepViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        setId("sweep-view");
        boxViewer = new ChartViewer(vm.tables().boxPlot().chart());
        boxViewer.setId("sweep-boxplot");
        boxViewer.setMinSize(250, 200);
        boxViewer.addChartMouseListener(new ChartMouseListenerFX() {
            @Override
            public void chartMouseClicked(ChartMouseEventFX event) {
                String label = pointAt(event.getEntity());
                if (label != null) {
                    vm.selectPoint(label);
                }
            }

            @Override
            public void chartMouseMoved(ChartMouseEventFX event) {
                // only clicks select
            }
        });
        ScrollPane left = new ScrollPane(new SweepSettingsPane(vm, this::resume, exportMenu()));
        left.setFitToWidth(true);
        left.setMinWidth(290);
        left.setPrefWidth(320);
        setLeft(left);
        setCenter(results());
        vm.errorProperty().addListener((o, old, msg) -> {
            if (msg != null && !msg.isEmpty()) {
                dialogs.showError("Sweep", msg);
            }
        });
        ErrorReporter errors = new ErrorReporter(dialogs);
        vm.failureProperty().addListener((o, old, t) -> {
            if (t != null) {
                errors.report("The sweep failed", t);
            }
        });
    }

    /** The box plot's viewer (tests click it). */
    public ChartViewer boxViewer() {
        return boxViewer;
    }

    private MenuButton exportMenu() {
        MenuButton export = new MenuButton("Export");
        export.setId("sweep-export");
        export.getItems().addAll(
                item("Table as CSV (summary.csv)...", () -> save("summary.csv", "CSV files", "csv",
                        p -> SweepExports.tableFile(vm.tables(), p))),
                item("Table as text (pandas layout)...", () -> save("describe.txt", "Text files", "txt",
                        p -> SweepExports.tableFile(vm.tables(), p))),
                item("Box plot as PNG...", () -> save("boxplot.png", "PNG images", "png",
                        p -> SweepExports.boxPlotFile(vm.tables(), p))),
                item("Box plot as SVG...", () -> save("boxplot.svg", "SVG images", "svg",
                        p -> SweepExports.boxPlotFile(vm.tables(), p))),
                item("Convergence plot as PNG...", () -> save("convergence.png", "PNG images", "png",
                        p -> SweepExports.convergenceFile(vm.tables(), p))),
                item("Convergence plot as SVG...", () -> save("convergence.svg", "SVG images", "svg",
                        p -> SweepExports.convergenceFile(vm.tables(), p))));
        export.disableProperty().bind(vm.tables().resultProperty().isNull());
        return export;
    }

    private BorderPane results() {
        ProgressBar bar = new ProgressBar();
        bar.setId("sweep-progress");
        bar.setPrefWidth(220);
        bar.progressProperty().bind(vm.progressProperty());
        Label progress = new Label();
        progress.setId("sweep-progress-text");
        progress.setMinWidth(Region.USE_PREF_SIZE);
        progress.textProperty().bind(vm.progressTextProperty());
        progress.setStyle("-fx-font-weight: bold;");
        Label status = new Label();
        status.setId("sweep-status");
        status.textProperty().bind(vm.statusProperty());
        status.setStyle("-fx-text-fill: #555;");
        // a long status wraps in a narrow window rather than ending in "..."
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(status, javafx.scene.layout.Priority.ALWAYS);
        HBox top = new HBox(10, bar, progress, status);
        top.setAlignment(Pos.CENTER_LEFT);
        top.setPadding(new Insets(6, 10, 6, 10));

        Label best = new Label();
        best.setId("sweep-best");
        best.setWrapText(true);
        best.textProperty().bind(vm.tables().bestTextProperty());
        best.setStyle("-fx-font-size: 13px; -fx-padding: 6 8 6 8; -fx-background-color: #f4f7fb; "
                + "-fx-border-color: #d5dde8;");
        best.managedProperty().bind(vm.tables().bestTextProperty().isNotEmpty());
        best.visibleProperty().bind(best.managedProperty());
        best.setMinHeight(Region.USE_PREF_SIZE);
        Label tableTitle = new Label();
        tableTitle.setId("sweep-table-title");
        tableTitle.textProperty().bind(vm.tables().tableTitleProperty());
        tableTitle.setWrapText(true);
        tableTitle.setStyle("-fx-text-fill: #555;");
        DescribeTable table = new DescribeTable(vm.tables());
        VBox tableBox = new VBox(6, tableTitle, table, best);
        tableBox.setPadding(new Insets(6));

        SplitPane upper = new SplitPane(boxViewer, tableBox);
        upper.setDividerPositions(0.5);
        ChartViewer convergence = new ChartViewer(vm.tables().convergence().chart());
        convergence.setId("sweep-convergence");
        convergence.setMinSize(200, 150);
        SplitPane lower = new SplitPane(convergence, new PointRunsTable(vm.tables()));
        // the runs table has seven or eight columns, the convergence plot one curve
        lower.setDividerPositions(0.45);
        SplitPane centre = new SplitPane(upper, lower);
        centre.setOrientation(Orientation.VERTICAL);
        centre.setDividerPositions(0.6);

        BorderPane pane = new BorderPane(centre);
        pane.setTop(top);
        return pane;
    }

    private void resume() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Resume a sweep: choose its folder (with experiment.json)");
        Path root = vm.sweepsRoot();
        if (Files.isDirectory(root)) {
            chooser.setInitialDirectory(root.toFile());
        }
        var dir = chooser.showDialog(getScene().getWindow());
        if (dir != null) {
            vm.resume(dir.toPath());
        }
    }

    private void save(String name, String description, String extension,
                      Function<Path, ChartExport.Image> prepare) {
        dialogs.chooseFileToSave("Export", name, description, extension)
                .ifPresent(p -> vm.export(p, prepare, message -> dialogs.showError("Export", message)));
    }

    /** The point label under a click: a box (or its markers) or a category label on the axis. */
    static String pointAt(ChartEntity entity) {
        if (entity instanceof CategoryItemEntity item) {
            return String.valueOf(item.getColumnKey());
        }
        if (entity instanceof CategoryLabelEntity label) {
            return String.valueOf(label.getKey());
        }
        return null;
    }

    private static MenuItem item(String text, Runnable action) {
        MenuItem m = new MenuItem(text);
        m.setOnAction(e -> action.run());
        return m;
    }
}
