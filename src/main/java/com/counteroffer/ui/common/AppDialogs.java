package com.counteroffer.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;

/** Makes a dialog look like the window it belongs to: the app's stylesheet, its theme, no stock icon. */
public final class AppDialogs {

    /** The style class every app dialog's pane carries (app.css styles it). */
    public static final String STYLE_CLASS = "app-dialog";

    private AppDialogs() {
    }

    /**
     * Styles {@code dialog} after {@code window} (its stylesheets and theme class); without a
     * window yet (a start-up error) after the app's stylesheet in the light theme.
     */
    public static void style(Dialog<?> dialog, Scene window) {
        DialogPane pane = dialog.getDialogPane();
        if (window != null) {
            pane.getStylesheets().setAll(window.getStylesheets());
            pane.getStyleClass().addAll(window.getRoot().getStyleClass().stream()
                    .filter(style -> style.startsWith("theme-")).toList());
        } else {
            pane.getStylesheets().setAll(ThemeManager.APP_STYLESHEET);
            pane.getStyleClass().add("theme-light");
        }
        // A big question mark adds nothing the title doesn't say (app.css also keeps the theme's icon out).
        dialog.setGraphic(null);
        pane.getStyleClass().add(STYLE_CLASS);
    }
}
