package com.counteroffer.ui.compare;

import java.awt.image.BufferedImage;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;

/** A JavaFX snapshot's pixels as an image the PNG writer takes (copied on the JavaFX thread). */
final class PngFiles {

    private PngFiles() {
    }

    /** Copies the snapshot's pixels; call on the JavaFX thread, then write the image anywhere. */
    static BufferedImage pixels(WritableImage snapshot) {
        int width = (int) snapshot.getWidth();
        int height = (int) snapshot.getHeight();
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = snapshot.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        return image;
    }
}
