package org.lstmworkbench.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.JFreeChart;
import org.lstmworkbench.AtomicFiles;

/**
 * Writes charts as PNG files through {@link AtomicFiles}. The image stream is an in-memory cached
 * one opened and closed here: ImageIO's own file-cached stream registers with its "StreamCloser"
 * shutdown thread, which printed a stack trace after a failed write on a full disk.
 */
public final class PngFiles {

    private PngFiles() {
    }

    /**
     * Renders {@code chart} at the given size into {@code file}, whole or not at all.
     *
     * @param what the file's role in the error message ({@code "the chart"})
     */
    public static void write(Path file, String what, JFreeChart chart, int width, int height) {
        BufferedImage image = chart.createBufferedImage(width, height);
        AtomicFiles.write(file, what, out -> {
            try (ImageOutputStream images = new MemoryCacheImageOutputStream(out)) {
                if (!ImageIO.write(image, "png", images)) {
                    throw new IOException("no PNG writer available");
                }
            }
        });
    }
}
