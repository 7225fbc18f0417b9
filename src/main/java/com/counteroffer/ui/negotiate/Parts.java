package com.counteroffer.ui.negotiate;

import javafx.scene.control.Label;

/** The labels the Negotiate screen's parts build: wrapping text, and quieter notes. */
final class Parts {

    private Parts() {
    }

    static Label label(String text, String id) {
        Label label = new Label(text);
        label.setWrapText(true);
        if (id != null) {
            label.setId(id);
        }
        return label;
    }

    static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
