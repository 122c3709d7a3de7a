package org.lstmworkbench.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.DefaultXYZDataset;
import org.lstmworkbench.WorkbenchException;
import org.lstmworkbench.training.ClassificationReport;

/**
 * A confusion matrix as a still image, drawn headless with JFreeChart: a heat map with the actual
 * class down the side (first class at the top), the predicted class along the bottom, each cell
 * shaded by its share of its row (the class's recall on the diagonal) and labelled with its count.
 */
public final class ConfusionImages {

    private static final Color LOW = new Color(247, 251, 255);
    private static final Color HIGH = new Color(8, 48, 107);
    private static final int SHADES = 20;

    private ConfusionImages() {
    }

    /** The heat map of a report's confusion matrix (without the count labels, which {@link #writePng} adds). */
    public static JFreeChart heatMap(String title, ClassificationReport report) {
        List<String> classes = report.classes();
        int k = classes.size();
        long[][] confusion = report.confusion();
        double[] xs = new double[k * k];
        double[] ys = new double[k * k];
        double[] zs = new double[k * k];
        for (int actual = 0; actual < k; actual++) {
            long rowTotal = 0;
            for (long v : confusion[actual]) {
                rowTotal += v;
            }
            for (int predicted = 0; predicted < k; predicted++) {
                int i = actual * k + predicted;
                xs[i] = predicted;
                ys[i] = k - 1 - actual;
                zs[i] = rowTotal == 0 ? 0 : (double) confusion[actual][predicted] / rowTotal;
            }
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries("confusion", new double[][] {xs, ys, zs});
        String[] names = classes.toArray(String[]::new);
        String[] reversed = new String[k];
        for (int i = 0; i < k; i++) {
            reversed[i] = names[k - 1 - i];
        }
        SymbolAxis predictedAxis = new SymbolAxis("predicted class", names);
        SymbolAxis actualAxis = new SymbolAxis("actual class", reversed);
        predictedAxis.setGridBandsVisible(false);
        actualAxis.setGridBandsVisible(false);
        XYBlockRenderer renderer = new XYBlockRenderer();
        LookupPaintScale scale = new LookupPaintScale(0, 1.0 + 1e-9, HIGH);
        for (int s = 0; s < SHADES; s++) {
            scale.add((double) s / SHADES, shade((double) s / (SHADES - 1)));
        }
        renderer.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, predictedAxis, actualAxis, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = new JFreeChart(plot);
        chart.removeLegend();
        chart.setTitle(new TextTitle(title));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }

    /**
     * Writes the heat map with each cell's count as a PNG of the given size; the image is drawn to
     * a temporary file beside {@code file} and moved into place, so a reader never sees half an image.
     */
    public static void writePng(Path file, String title, ClassificationReport report, int width, int height) {
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            JFreeChart chart = heatMap(title, report);
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            org.jfree.chart.ChartRenderingInfo info = new org.jfree.chart.ChartRenderingInfo();
            chart.draw(g, new java.awt.geom.Rectangle2D.Double(0, 0, width, height), info);
            drawCounts(g, chart.getXYPlot(), info.getPlotInfo().getDataArea(), report);
            g.dispose();
            ImageIO.write(image, "png", tmp.toFile());
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            tmp = null;
        } catch (IOException e) {
            throw new WorkbenchException(file + ": cannot write the confusion matrix (" + e.getMessage() + ")", e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the write already failed; its error is the one to report
                }
            }
        }
    }

    private static void drawCounts(Graphics2D g, XYPlot plot, java.awt.geom.Rectangle2D area,
                                   ClassificationReport report) {
        int k = report.classes().size();
        long[][] confusion = report.confusion();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double cell = Math.min(area.getWidth(), area.getHeight()) / k;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(9, Math.min(18, cell / 3))));
        FontMetrics fm = g.getFontMetrics();
        for (int actual = 0; actual < k; actual++) {
            long rowTotal = 0;
            for (long v : confusion[actual]) {
                rowTotal += v;
            }
            for (int predicted = 0; predicted < k; predicted++) {
                double x = plot.getDomainAxis().valueToJava2D(predicted, area, plot.getDomainAxisEdge());
                double y = plot.getRangeAxis().valueToJava2D(k - 1 - actual, area, plot.getRangeAxisEdge());
                double share = rowTotal == 0 ? 0 : (double) confusion[actual][predicted] / rowTotal;
                g.setColor(share > 0.5 ? Color.WHITE : Color.BLACK);
                String text = Long.toString(confusion[actual][predicted]);
                g.drawString(text, (float) (x - fm.stringWidth(text) / 2.0),
                        (float) (y + (fm.getAscent() - fm.getDescent()) / 2.0));
            }
        }
    }

    private static Color shade(double t) {
        return new Color((int) Math.round(LOW.getRed() + t * (HIGH.getRed() - LOW.getRed())),
                (int) Math.round(LOW.getGreen() + t * (HIGH.getGreen() - LOW.getGreen())),
                (int) Math.round(LOW.getBlue() + t * (HIGH.getBlue() - LOW.getBlue())));
    }
}
