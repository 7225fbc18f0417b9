package com.counteroffer.ui.offers;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/** Finds the labels, buttons and table cells under a node whose text is drawn shortened ("…"). */
final class CutLabels {

    private CutLabels() {
    }

    /** Each cut text as "Type "text" shown as "shown"". Call on the FX thread. */
    static List<String> under(Node root) {
        List<String> cut = new ArrayList<>();
        collectCut(root, cut);
        return cut;
    }

    /** Every shown Labeled whose drawn text is not its whole text (the skin puts "…" in its place). */
    static void collectCut(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text text && text.isVisible() && !text.getText().isEmpty() && !text.getText().equals(labeled.getText())
                        && !text.getText().replace("\n", " ").equals(labeled.getText().replace("\n", " "))) {
                    cut.add(labeled.getClass().getSimpleName() + " \"" + labeled.getText() + "\" shown as \""
                            + text.getText() + "\"");
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collectCut(child, cut);
            }
        }
    }
}
