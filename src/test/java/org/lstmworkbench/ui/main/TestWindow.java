package org.lstmworkbench.ui.main;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.lstmworkbench.ui.chart.LossChart;
import org.lstmworkbench.ui.common.FxTaskExecutor;
import org.lstmworkbench.ui.common.RecordingDialogService;
import org.lstmworkbench.ui.dataset.DatasetViewModel;
import org.lstmworkbench.ui.dataset.RecentFiles;
import org.lstmworkbench.ui.model.ModelConfigViewModel;

/**
 * The whole window on a TestFX stage, wired as the application wires it (a training pool, an I/O
 * pool, in-memory recent files, dialogs recorded instead of shown), and the helpers the window
 * tests share: running on the FX thread, waiting for a condition, writing a screenshot.
 */
final class TestWindow {

    final Stage stage;
    final MainViewModel vm;
    final MainView view;
    final RecordingDialogService dialogs;

    private TestWindow(Stage stage, MainViewModel vm, MainView view, RecordingDialogService dialogs) {
        this.stage = stage;
        this.vm = vm;
        this.view = view;
        this.dialogs = dialogs;
    }

    /** Builds the window into {@code stage} at {@code width x height}, autosaving under {@code home}, and starts it. */
    static TestWindow show(Stage stage, Path home, int width, int height) {
        FxTaskExecutor executor = new FxTaskExecutor();
        FxTaskExecutor io = new FxTaskExecutor(3, "workbench-io");
        MainViewModel vm = new MainViewModel(executor, io, new DatasetViewModel(io, RecentFiles.inMemory()),
                new ModelConfigViewModel(), new LossChart(), home.resolve("autosave.json"));
        RecordingDialogService dialogs = new RecordingDialogService();
        MainView view = new MainView(vm, dialogs);
        stage.setScene(new Scene(view, width, height));
        stage.setOnHidden(e -> vm.shutdown());
        stage.show();
        vm.start();
        return new TestWindow(stage, vm, view, dialogs);
    }

    /** Stops whatever still trains (after each test). */
    void shutdown() {
        fx(() -> {
            vm.shutdown();
            return null;
        });
    }

    /**
     * The scene as a PNG {@code name} in {@code -Dscreenshot.dir} (default {@code target/screenshots}),
     * for a person to look at; returns the image.
     */
    BufferedImage screenshot(String name) throws Exception {
        BufferedImage image = fx(() -> SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null));
        Path out = Path.of(System.getProperty("screenshot.dir", "target/screenshots")).resolve(name);
        Files.createDirectories(out.getParent());
        ImageIO.write(image, "png", out.toFile());
        return image;
    }

    /** Waits up to {@code seconds} for {@code condition}. */
    static void await(Callable<Boolean> condition, int seconds) throws Exception {
        org.testfx.util.WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition);
    }

    /** Runs {@code action} on the FX thread and returns its value (30 s at most). */
    static <T> T fx(Callable<T> action) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
