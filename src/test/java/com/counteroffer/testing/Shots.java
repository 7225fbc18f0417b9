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
        String folder = System.getProperty("counteroffer.shots");
        if (folder == null) {
            return;
        }
        WritableImage[] snapshot = new WritableImage[1];
        robot.interact(() -> snapshot[0] = scene.snapshot(null));
        PixelReader pixels = snapshot[0].getPixelReader();
        int width = (int) snapshot[0].getWidth();
        int height = (int) snapshot[0].getHeight();
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
