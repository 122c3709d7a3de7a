package org.lstmworkbench.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.lstmworkbench.training.Nd4jRuntime;

/**
 * The workbench window. Until the full workbench lands (dataset loader, configurator, live
 * charts) it says so and points to the command line, which already trains and charts runs.
 * ND4J starts in the background with its status shown, since its first start unpacks native
 * libraries and takes seconds.
 */
public final class WorkbenchApp extends Application {

    @Override
    public void start(Stage stage) {
        Label title = new Label("LSTM Workbench");
        title.setStyle("-fx-font-size: 22px; -fx-font-weight: bold;");
        Label body = new Label("""
                The interactive workbench (dataset loader, model configurator, live loss charts)
                is not built yet. The engine is ready on the command line:

                  java -jar target/lstm-workbench.jar train --data demo:seed-sequence --epochs 800 --out runs/good-fit
                  java -jar target/lstm-workbench.jar --help""");
        body.setStyle("-fx-font-family: monospace;");
        Label nd4j = new Label("Starting the numerical backend (ND4J)...");
        VBox root = new VBox(16, title, body, nd4j);
        root.setPadding(new Insets(24));
        stage.setTitle("LSTM Workbench");
        stage.setScene(new Scene(root, 900, 320));
        stage.show();

        Task<Void> start = new Task<>() {
            @Override
            protected Void call() {
                Nd4jRuntime.ensureStarted();
                return null;
            }
        };
        start.setOnSucceeded(e -> nd4j.setText("Numerical backend (ND4J) ready."));
        start.setOnFailed(e -> nd4j.setText("The numerical backend failed to start: " + start.getException().getMessage()));
        Thread t = new Thread(start, "nd4j-start");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void stop() {
        Platform.exit();
    }
}
