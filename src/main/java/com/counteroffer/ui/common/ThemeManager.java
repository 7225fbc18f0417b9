package com.counteroffer.ui.common;

import javafx.application.Application;
import javafx.scene.Scene;

/**
 * Applies the chosen theme. AtlantaFX must be the user-agent stylesheet (adding it as a scene
 * stylesheet would mix in Modena); the app's own small stylesheet sits on top of it.
 */
public final class ThemeManager {

    static final String APP_STYLESHEET = ThemeManager.class.getResource("app.css").toExternalForm();

    private final AppSettings settings;

    public ThemeManager(AppSettings settings) {
        this.settings = settings;
    }

    /** Applies the saved theme now and follows every later change. */
    public void install(Scene scene) {
        scene.getStylesheets().add(APP_STYLESHEET);
        apply(settings.themeProperty().get(), scene);
        settings.themeProperty().addListener((observable, old, theme) -> apply(theme, scene));
    }

    public void toggle() {
        settings.themeProperty().set(settings.themeProperty().get().other());
    }

    private static void apply(Theme theme, Scene scene) {
        Application.setUserAgentStylesheet(theme.userAgentStylesheet());
        // A style class lets the app stylesheet (and tests) tell the themes apart.
        scene.getRoot().getStyleClass().removeAll("theme-light", "theme-dark");
        scene.getRoot().getStyleClass().add(theme == Theme.DARK ? "theme-dark" : "theme-light");
    }
}
