package com.counteroffer.ui.shell;

import com.counteroffer.ui.common.AppSettings;
import com.counteroffer.ui.common.WindowBounds;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/** Puts the window back where the user left it, if that place is still on a screen, and keeps track of it. */
public final class WindowPlacement {

    static final double DEFAULT_WIDTH = 1240;
    static final double DEFAULT_HEIGHT = 820;
    static final double MIN_WIDTH = 760;
    static final double MIN_HEIGHT = 520;

    private WindowPlacement() {
    }

    public static void restore(Stage stage, AppSettings settings) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        WindowBounds saved = settings.windowBoundsProperty().get();
        if (saved != null && isVisible(saved)) {
            // The screen or its scale may have changed since: keep the whole window on it.
            Rectangle2D screen = screenOf(saved).getVisualBounds();
            double width = Math.min(saved.width(), screen.getWidth());
            double height = Math.min(saved.height(), screen.getHeight());
            stage.setWidth(width);
            stage.setHeight(height);
            stage.setX(clamp(saved.x(), screen.getMinX(), screen.getMaxX() - width));
            stage.setY(clamp(saved.y(), screen.getMinY(), screen.getMaxY() - height));
        } else {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            stage.setWidth(Math.min(DEFAULT_WIDTH, screen.getWidth() * 0.92));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, screen.getHeight() * 0.92));
            stage.centerOnScreen();
        }
        stage.setMaximized(settings.windowMaximizedProperty().get());
    }

    public static void track(Stage stage, AppSettings settings) {
        Runnable remember = () -> {
            if (!stage.isMaximized() && !stage.isIconified() && !stage.isFullScreen()) {
                settings.windowBoundsProperty().set(
                        new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()));
            }
        };
        stage.xProperty().addListener(changed -> remember.run());
        stage.yProperty().addListener(changed -> remember.run());
        stage.widthProperty().addListener(changed -> remember.run());
        stage.heightProperty().addListener(changed -> remember.run());
        stage.maximizedProperty().addListener((observable, old, maximized) ->
                settings.windowMaximizedProperty().set(maximized));
    }

    private static Screen screenOf(WindowBounds bounds) {
        Rectangle2D titleBar = new Rectangle2D(bounds.x(), bounds.y(), Math.max(1, bounds.width()), 40);
        return Screen.getScreensForRectangle(titleBar).stream().findFirst().orElse(Screen.getPrimary());
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(value, max));
    }

    /** At least a grabbable part of the title bar must be on some screen. */
    private static boolean isVisible(WindowBounds bounds) {
        Rectangle2D titleBar = new Rectangle2D(bounds.x(), bounds.y(), Math.max(1, bounds.width()), 40);
        return bounds.width() >= MIN_WIDTH / 2 && bounds.height() >= MIN_HEIGHT / 2
                && !Screen.getScreensForRectangle(titleBar).isEmpty();
    }
}
