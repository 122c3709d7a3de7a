package org.lstmworkbench.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/** Renders a node (under Monocle too) to a PNG in {@code target/ui-snapshots}, so a person can look at it. */
public final class Snapshots {

    private Snapshots() {
    }

    /** Writes {@code node}'s snapshot to {@code target/ui-snapshots/NAME.png} and returns the image. */
    public static BufferedImage write(FxRobot robot, Node node, String name) {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(node.snapshot(null, null)));
        BufferedImage buffered = SwingFXUtils.fromFXImage(image.get(), null);
        try {
            Path dir = Files.createDirectories(Path.of("target", "ui-snapshots"));
            ImageIO.write(buffered, "png", dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffered;
    }
}
