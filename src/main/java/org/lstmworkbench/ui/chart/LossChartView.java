package org.lstmworkbench.ui.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.fx.interaction.PanHandlerFX;

/**
 * The live loss chart on screen: a JFreeChart {@link ChartViewer} (drag right to zoom a box,
 * Ctrl- or Alt-drag to pan, wheel to zoom, double-click or the button to reset) under a small
 * toolbar: log scale, smoothing slider with its value, show traces, reset zoom. The controls
 * bind to plain properties that drive the {@link LossChart}.
 */
public final class LossChartView extends BorderPane {

    /** Smoothing the slider starts at: enough to read a noisy curve, raw points stay visible. */
    public static final double DEFAULT_SMOOTHING = 0.6;
    /** The slider stops short of 1, where the EMA would never move. */
    public static final double MAX_SMOOTHING = 0.99;

    private final LossChart model;
    private final ChartViewer viewer;
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", false);
    private final DoubleProperty smoothing = new SimpleDoubleProperty(this, "smoothing", DEFAULT_SMOOTHING);
    private final BooleanProperty tracesVisible = new SimpleBooleanProperty(this, "tracesVisible", true);

    /** A view of {@code model}; create on the FX thread. */
    public LossChartView(LossChart model) {
        this.model = Objects.requireNonNull(model, "model");
        viewer = new ChartViewer(model.chart());
        viewer.setMinSize(200, 150);
        NearestPointTooltip.install(viewer.getCanvas());
        // Ctrl-drag pans as well as the built-in Alt-drag (Alt-drag is taken by some desktops)
        viewer.getCanvas().addMouseHandler(new PanHandlerFX("pan-ctrl", false, true, false, false));
        viewer.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                model.resetZoom();
            }
        });
        setCenter(viewer);
        setTop(toolbar());
        setStyle("-fx-background-color: white;");
        bind();
    }

    private HBox toolbar() {
        ToggleButton log = new ToggleButton("Log scale");
        log.setId("chart-log-scale");
        log.selectedProperty().bindBidirectional(logScale);
        log.setTooltip(new Tooltip("Logarithmic loss axis (zero and negative values are drawn at the bottom)"));

        Slider slider = new Slider(0, MAX_SMOOTHING, DEFAULT_SMOOTHING);
        slider.setId("chart-smoothing");
        slider.setPrefWidth(140);
        // the slider gives way first in a narrow window, the buttons keep their words
        slider.setMinWidth(60);
        slider.valueProperty().bindBidirectional(smoothing);
        slider.setTooltip(new Tooltip("Exponential moving average with bias correction; raw points stay faint"));
        Label value = new Label();
        value.setId("chart-smoothing-value");
        value.setMinWidth(32);
        value.textProperty().bind(smoothing.asString(Locale.ROOT, "%.2f"));

        ToggleButton traces = new ToggleButton("Show traces");
        traces.setId("chart-traces");
        traces.selectedProperty().bindBidirectional(tracesVisible);
        traces.setTooltip(new Tooltip("Show the curves of each run of a repeat; off leaves the repeat's mean ± 1 std"
                + " band (single runs stay)"));

        Button reset = new Button("Reset zoom");
        reset.setId("chart-reset-zoom");
        reset.setOnAction(e -> model.resetZoom());
        reset.setTooltip(new Tooltip("Fit both axes to the data (also: double-click the chart)"));

        Label hint = new Label("drag: zoom · Ctrl+drag: pan · wheel: zoom");
        hint.setStyle("-fx-text-fill: #888888; -fx-font-size: 11px;");
        // a hint cut in half helps nobody: it shows only when it fits whole
        hint.setMinWidth(0);
        hint.widthProperty().addListener((o, was, now) -> hint.setVisible(now.doubleValue() >= hint.prefWidth(-1) - 0.5));
        Label smoothingLabel = new Label("Smoothing");
        for (javafx.scene.control.Control c : List.of(log, smoothingLabel, traces, reset)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, log, smoothingLabel, slider, value, traces, reset, spacer, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.setStyle("-fx-background-color: #f7f7f7; -fx-border-color: transparent transparent #dddddd transparent;");
        return bar;
    }

    private void bind() {
        logScale.addListener((obs, was, now) -> model.setLogScale(now));
        smoothing.addListener((obs, was, now) -> model.setSmoothing(clampWeight(now.doubleValue())));
        tracesVisible.addListener((obs, was, now) -> model.setTracesVisible(now));
        model.setLogScale(logScale.get());
        model.setSmoothing(clampWeight(smoothing.get()));
        model.setTracesVisible(tracesVisible.get());
    }

    private static double clampWeight(double w) {
        return Math.max(0, Math.min(MAX_SMOOTHING, w));
    }

    /** Whether the loss axis is logarithmic. */
    public BooleanProperty logScaleProperty() {
        return logScale;
    }

    /** EMA weight in [0, {@value #MAX_SMOOTHING}]; 0 draws raw points only. */
    public DoubleProperty smoothingProperty() {
        return smoothing;
    }

    /** Whether individual run traces are drawn (bands always are). */
    public BooleanProperty tracesVisibleProperty() {
        return tracesVisible;
    }

    /** The model this view shows. */
    public LossChart model() {
        return model;
    }

    /** The JFreeChart viewer (for tests and context-menu additions). */
    public ChartViewer viewer() {
        return viewer;
    }
}
