package com.counteroffer.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.testfx.api.FxRobot;

/**
 * Pictures of a window in a state only a test can reach (a problem table, a dialog's outcome), for a
 * person to look at: written only when the tests run with {@code -Dcounteroffer.shots=FOLDER}.
 */
public final class Shots {

    private Shots() {
    }

    public static void save(FxRobot robot, Scene scene, String name) {
        if (System.getProperty("counteroffer.shots") != null) {
            WritableImage[] snapshot = new WritableImage[1];
            robot.interact(() -> snapshot[0] = scene.snapshot(null));
            write(snapshot[0], name);
        }
    }

    /** One part of a window whole, however much of it the window scrolls out of sight. */
    public static void save(FxRobot robot, javafx.scene.Node node, String name) {
        if (System.getProperty("counteroffer.shots") != null) {
            WritableImage[] snapshot = new WritableImage[1];
            javafx.scene.SnapshotParameters parameters = new javafx.scene.SnapshotParameters();
            parameters.setFill(background(node));
            robot.interact(() -> snapshot[0] = node.snapshot(parameters, null));
            write(snapshot[0], name);
        }
    }

    /** What the part is drawn on in the window: the nearest background behind it (the theme's). */
    private static javafx.scene.paint.Paint background(javafx.scene.Node node) {
        for (javafx.scene.Node at = node; at != null; at = at.getParent()) {
            if (at instanceof javafx.scene.layout.Region region && region.getBackground() != null) {
                for (javafx.scene.layout.BackgroundFill fill : region.getBackground().getFills()) {
                    if (!(fill.getFill() instanceof javafx.scene.paint.Color color) || color.getOpacity() > 0) {
                        return fill.getFill();
                    }
                }
            }
        }
        return javafx.scene.paint.Color.WHITE;
    }

    /**
     * A whole window's content drawn at {@code scale} (as a screen at that scale shows it) into
     * {@code folder}, always: for tests whose pictures are part of what they report.
     */
    public static void saveScaled(FxRobot robot, Scene scene, double scale, Path folder, String name) {
        WritableImage[] snapshot = new WritableImage[1];
        javafx.scene.SnapshotParameters parameters = new javafx.scene.SnapshotParameters();
        parameters.setTransform(javafx.scene.transform.Transform.scale(scale, scale));
        robot.interact(() -> {
            parameters.setFill(background(scene.getRoot()));
            snapshot[0] = scene.getRoot().snapshot(parameters, null);
        });
        write(snapshot[0], folder.toString(), name);
    }

    private static void write(WritableImage picture, String name) {
        write(picture, System.getProperty("counteroffer.shots"), name);
    }

    private static void write(WritableImage picture, String folder, String name) {
        PixelReader pixels = picture.getPixelReader();
        int width = (int) picture.getWidth();
        int height = (int) picture.getHeight();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            Files.createDirectories(Path.of(folder));
            ImageIO.write(image, "png", Path.of(folder, name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
