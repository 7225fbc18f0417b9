package com.counteroffer.ui.common;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/** Scrolls the screen so that a node that just appeared (an error list, a result) is in sight. */
public final class ScrollIntoView {

    private ScrollIntoView() {
    }

    /** Scrolls the nearest enclosing scroll pane just enough to show {@code node} whole (or its top, if taller). */
    public static void show(Node node) {
        Parent parent = node.getParent();
        while (parent != null && !(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        if (!(parent instanceof ScrollPane pane) || pane.getContent() == null) {
            return;
        }
        pane.layout();
        Node content = pane.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = pane.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = pane.getVvalue() * (contentHeight - viewport);
        double target = top;
        if (inContent.getMaxY() > top + viewport) {
            target = Math.min(inContent.getMinY(), inContent.getMaxY() - viewport);
        } else if (inContent.getMinY() < top) {
            target = inContent.getMinY();
        }
        pane.setVvalue(Math.max(0, Math.min(1, target / (contentHeight - viewport))));
    }
}
