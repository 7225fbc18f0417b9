package com.counteroffer.ui.common;

import javafx.scene.Node;
import javafx.scene.Parent;

/** Puts the keyboard on the first control of a view that takes it, in reading order. */
public final class FocusFirst {

    private FocusFirst() {
    }

    /** True when a control took the focus. */
    public static boolean in(Node view) {
        if (!view.isVisible() || view.isDisabled()) {
            return false;
        }
        if (view.isFocusTraversable()) {
            view.requestFocus();
            return true;
        }
        if (view instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                if (in(child)) {
                    return true;
                }
            }
        }
        return false;
    }
}
