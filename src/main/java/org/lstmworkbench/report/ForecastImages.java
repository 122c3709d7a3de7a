package org.lstmworkbench.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.nio.file.Path;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.lstmworkbench.forecast.PartForecast;
import org.lstmworkbench.forecast.RunForecast;

/**
 * A run's forecast as charts, drawn with JFreeChart without JavaFX (the window styles the same
 * charts): actual vs predicted over the parts, shaded as the dataset preview shades them, with the
 * persistence forecast for comparison; the residuals (actual - predicted) below on the same time axis.
 * One step ahead is drawn at a time; a point is the target row of a sample at that step.
 */
public final class ForecastImages {

    /** Series of {@link #forecastPlot}: actual, predicted, then persistence when shown. */
    public static final int ACTUAL = 0;
    public static final int PREDICTED = 1;
    public static final int PERSISTENCE = 2;

    static final Color ACTUAL_COLOUR = new Color(33, 33, 33);
    static final Color PREDICTED_COLOUR = new Color(31, 119, 180);
    static final Color PERSISTENCE_COLOUR = new Color(150, 150, 150);
    static final Color RESIDUAL_COLOUR = new Color(214, 39, 40);

    private ForecastImages() {
    }

    /** Actual, predicted and (when {@code persistence}) the persistence forecast at 0-based {@code step}. */
    public static XYPlot forecastPlot(RunForecast forecast, int step, boolean persistence) {
        XYSeries actual = new XYSeries("actual", true, true);
        XYSeries predicted = new XYSeries("predicted", true, true);
        XYSeries persisted = new XYSeries("persistence (last value)", true, true);
        for (PartForecast p : forecast.parts()) {
            double[] a = p.actualAt(step);
            double[] f = p.predictedAt(step);
            double[] n = p.persistenceAt(step);
            for (int i = 0; i < p.samples(); i++) {
                int x = p.index(i, step);
                actual.add(x, a[i], false);
                predicted.add(x, f[i], false);
                persisted.add(x, n[i], false);
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(actual);
        data.addSeries(predicted);
        if (persistence) {
            data.addSeries(persisted);
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(ACTUAL, ACTUAL_COLOUR);
        r.setSeriesStroke(ACTUAL, new BasicStroke(1.6f));
        r.setSeriesPaint(PREDICTED, PREDICTED_COLOUR);
        r.setSeriesStroke(PREDICTED, new BasicStroke(1.6f));
        r.setSeriesPaint(PERSISTENCE, PERSISTENCE_COLOUR);
        r.setSeriesStroke(PERSISTENCE, new BasicStroke(1.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {5f, 4f}, 0f));
        NumberAxis value = new NumberAxis(forecast.target());
        value.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, null, value, r);
        shadeParts(plot, forecast, step, true);
        return plot;
    }

    /** The residuals (actual - predicted) at 0-based {@code step}, with a line at 0. */
    public static XYPlot residualPlot(RunForecast forecast, int step) {
        XYSeries residuals = new XYSeries("residual (actual - predicted)", true, true);
        for (PartForecast p : forecast.parts()) {
            double[] a = p.actualAt(step);
            double[] f = p.predictedAt(step);
            for (int i = 0; i < p.samples(); i++) {
                residuals.add(p.index(i, step), a[i] - f[i], false);
            }
        }
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        r.setSeriesPaint(0, RESIDUAL_COLOUR);
        r.setSeriesStroke(0, new BasicStroke(1.1f));
        XYPlot plot = new XYPlot(new XYSeriesCollection(residuals), null, new NumberAxis("residual"), r);
        plot.addRangeMarker(new ValueMarker(0, new Color(90, 90, 90), new BasicStroke(1f)));
        shadeParts(plot, forecast, step, false);
        return plot;
    }

    /**
     * The forecast over the residuals on one time axis (3 to 1 in height), titled with the target,
     * the step and the test errors.
     */
    public static JFreeChart chart(RunForecast forecast, int step, boolean persistence) {
        NumberAxis time = new NumberAxis("time step (series index)");
        time.setAutoRangeIncludesZero(false);
        CombinedDomainXYPlot combined = new CombinedDomainXYPlot(time);
        combined.setGap(8);
        combined.add(forecastPlot(forecast, step, persistence), 3);
        combined.add(residualPlot(forecast, step), 1);
        for (XYPlot p : combined.getSubplots()) {
            p.setBackgroundPaint(Color.WHITE);
            p.setDomainGridlinePaint(new Color(225, 225, 225));
            p.setRangeGridlinePaint(new Color(225, 225, 225));
        }
        JFreeChart chart = new JFreeChart(title(forecast, step), new Font(Font.SANS_SERIF, Font.BOLD, 14), combined,
                true);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /** Writes {@link #chart} as a PNG (the first step ahead, persistence shown). */
    public static void writePng(Path file, RunForecast forecast, int width, int height) {
        PngFiles.write(file, "the forecast chart", chart(forecast, 0, true), width, height);
    }

    /** {@code Passengers: actual vs predicted, t+1 (test RMSE 12.3, MAE 9.8, MAPE 4.1%)}. */
    public static String title(RunForecast forecast, int step) {
        String errors = forecast.errors(RunForecast.TEST, step).map(e -> " (test " + e.describe() + ")").orElse("");
        return forecast.target() + ": actual vs predicted, " + forecast.stepName(step) + errors;
    }

    private static void shadeParts(XYPlot plot, RunForecast forecast, int step, boolean labelled) {
        for (PartForecast p : forecast.parts()) {
            int first = Integer.MAX_VALUE;
            int last = Integer.MIN_VALUE;
            for (int i = 0; i < p.samples(); i++) {
                first = Math.min(first, p.index(i, step));
                last = Math.max(last, p.index(i, step));
            }
            if (p.samples() > 0) {
                PartShades.shade(plot, first, last, PartShades.of(p.part()), labelled ? p.part() : null);
            }
        }
    }
}
