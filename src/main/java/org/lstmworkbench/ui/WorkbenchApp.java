package org.lstmworkbench.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.lstmworkbench.ui.chart.LossChart;
import org.lstmworkbench.ui.common.FxDialogService;
import org.lstmworkbench.ui.common.FxTaskExecutor;
import org.lstmworkbench.ui.common.UncaughtExceptionHandler;
import org.lstmworkbench.ui.dataset.DatasetViewModel;
import org.lstmworkbench.ui.main.MainView;
import org.lstmworkbench.ui.main.MainViewModel;
import org.lstmworkbench.ui.model.ModelConfigViewModel;

/**
 * The workbench window. Opens on the seed's demo with a ready configuration; ND4J starts in the
 * background with its status shown. Closing the window stops every run and exits.
 */
public final class WorkbenchApp extends Application {

    /** System property naming the folder for the autosave file (default {@code ~/.lstm-workbench}). */
    public static final String HOME_PROPERTY = "lstmworkbench.home";

    private static final double PREFERRED_WIDTH = 1440;
    private static final double PREFERRED_HEIGHT = 900;

    private MainViewModel vm;

    @Override
    public void start(Stage stage) {
        FxTaskExecutor training = new FxTaskExecutor();
        // files, data preparation and the sweep's control task never wait behind training runs
        FxTaskExecutor io = new FxTaskExecutor(3, "workbench-io");
        FxDialogService dialogs = new FxDialogService(stage);
        UncaughtExceptionHandler.install(dialogs);
        vm = new MainViewModel(training, io, new DatasetViewModel(io), new ModelConfigViewModel(),
                new LossChart(), autosaveFile());
        MainView view = new MainView(vm, dialogs);
        stage.setTitle("LSTM Workbench");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Rectangle2D bounds = initialBounds(screen);
        stage.setScene(new Scene(view, bounds.getWidth(), bounds.getHeight()));
        // placed explicitly: without a window manager nothing moves a window that is centred off the screen
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setOnHidden(e -> {
            vm.shutdown();
            Platform.exit();
        });
        stage.show();
        vm.start();
    }

    /**
     * Where the window opens on a screen whose usable area is {@code screen}: at most 1440x900 (the
     * size the layout is made for), never larger than the screen, centred on it. Window decorations
     * are not counted: a window manager that adds them also keeps the window on the screen.
     */
    public static Rectangle2D initialBounds(Rectangle2D screen) {
        double width = Math.min(PREFERRED_WIDTH, screen.getWidth());
        double height = Math.min(PREFERRED_HEIGHT, screen.getHeight());
        return new Rectangle2D(screen.getMinX() + (screen.getWidth() - width) / 2,
                screen.getMinY() + (screen.getHeight() - height) / 2, width, height);
    }

    @Override
    public void stop() {
        if (vm != null) {
            vm.shutdown();
        }
    }

    /** Where finished runs are autosaved. */
    public static Path autosaveFile() {
        String home = System.getProperty(HOME_PROPERTY);
        Path dir = home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".lstm-workbench");
        return dir.resolve("autosave-workspace.json");
    }
}
