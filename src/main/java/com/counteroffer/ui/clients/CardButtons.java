package com.counteroffer.ui.clients;

import javafx.scene.control.Button;
import javafx.scene.layout.Region;

/** The small buttons under a note or beside an action item: never squeezed, named for screen readers. */
final class CardButtons {

    private CardButtons() {
    }

    static Button small(String text, Runnable action) {
        Button button = new Button(text);
        button.getStyleClass().add("small");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setAccessibleText(text);
        button.setOnAction(event -> action.run());
        return button;
    }
}
