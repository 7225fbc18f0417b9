package com.counteroffer.ui.common;

import javafx.scene.control.Label;

/** The small explanatory line under a figure or a field: the theme's note style, wrapping so it is never cut. */
public final class Notes {

    private Notes() {
    }

    public static Label note(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("note");
        label.setWrapText(true);
        return label;
    }
}
