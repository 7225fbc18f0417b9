package com.counteroffer.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.TextInputControl;

/** Puts the keyboard on the first control of a view that takes it, in reading order. */
public final class FocusFirst {

    private FocusFirst() {
    }

    /** True when a control took the focus. */
    public static boolean in(Node view) {
        return focus(view, true);
    }

    /**
     * The first control that is not a text box, else the first at all: a screen just opened hears
     * its shortcuts (Ctrl+N, Ctrl+Z) instead of a search box taking them for its own typing.
     */
    public static boolean control(Node view) {
        return focus(view, false) || focus(view, true);
    }

    private static boolean focus(Node view, boolean textToo) {
        if (!view.isVisible() || view.isDisabled()) {
            return false;
        }
        if (view.isFocusTraversable() && (textToo || !(view instanceof TextInputControl))) {
            view.requestFocus();
            return true;
        }
        if (view instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (focus(child, textToo)) {
                    return true;
                }
            }
        }
        return false;
    }
}
