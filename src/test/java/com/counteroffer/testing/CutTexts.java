package com.counteroffer.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Window;

/**
 * Every text a window shows cut short: a Labeled whose skin draws less than its text (an ellipsis
 * or a clipped tail, a word broken by wrapping), a text field's prompt wider than the field and a
 * read-only field's text wider than it. Typed text in a field scrolls and is not counted; nor are
 * TextArea prompts (they wrap). A label styled {@code wraps-anywhere} (a web address, which has no
 * spaces) may break its words. Walks the window and the popups it owns that are showing (menus,
 * suggestion lists, tooltips), table and list cells and column headers included.
 * Call it on the FX thread after layout.
 */
public final class CutTexts {

    /** One cut text: where it is and what the user reads instead of it. */
    public record Cut(String screen, String scale, String where, String full, String shown) {
        @Override
        public String toString() {
            return key() + " | " + shown;
        }

        /** The same text cut at the same place (what is shown may vary with the theme's fonts). */
        public String key() {
            return screen + " | " + scale + " | " + where + " | " + full;
        }
    }

    private CutTexts() {
    }

    /** The cuts in {@code window} and in the popups it owns that are showing. */
    public static List<Cut> in(Window window, String screen, String scale) {
        List<Cut> cuts = new ArrayList<>();
        if (window.getScene() != null) {
            walk(window.getScene().getRoot(), screen, scale, cuts);
        }
        cuts.addAll(inPopups(window, screen, scale));
        return cuts;
    }

    /** The cuts in one part of a window (a screen, the sidebar). */
    public static List<Cut> in(Node root, String screen, String scale) {
        List<Cut> cuts = new ArrayList<>();
        walk(root, screen, scale, cuts);
        return cuts;
    }

    /** The cuts in the popups {@code window} owns that are showing (menus, suggestions, tooltips). */
    public static List<Cut> inPopups(Window window, String screen, String scale) {
        List<Cut> cuts = new ArrayList<>();
        for (Window other : List.copyOf(Window.getWindows())) {
            if (other != window && other.isShowing() && other.getScene() != null && ownedBy(other, window)) {
                walk(other.getScene().getRoot(), screen, scale, cuts);
            }
        }
        return cuts;
    }

    private static boolean ownedBy(Window other, Window window) {
        for (Window at = other; at instanceof PopupWindow popup; at = popup.getOwnerWindow()) {
            if (popup.getOwnerWindow() == window) {
                return true;
            }
        }
        return false;
    }

    private static void walk(Node node, String screen, String scale, List<Cut> cuts) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        if (node instanceof Labeled labeled) {
            labeledCut(labeled, screen, scale, cuts);
        } else if (node instanceof TextField field) {
            promptCut(field, screen, scale, cuts);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, screen, scale, cuts);
            }
        }
    }

    private static void labeledCut(Labeled labeled, String screen, String scale, List<Cut> cuts) {
        String full = labeled.getText();
        if (full == null || full.isEmpty()) {
            return;
        }
        for (Node child : labeled.getChildrenUnmodifiable()) {
            // The skin's LabeledText: what is drawn, after the skin clipped the text to the space it has.
            if (child instanceof Text drawn && "LabeledText".equals(child.getClass().getSimpleName())) {
                String shown = drawn.getText() == null ? "" : drawn.getText();
                if (!drawn.isVisible()) {
                    return; // graphic only: the text is not meant to show
                }
                if (!plain(labeled, full).equals(plain(labeled, shown))) {
                    cuts.add(new Cut(screen, scale, where(labeled), full, shown));
                } else if (labeled.isWrapText() && drawn.getWrappingWidth() > 0
                        && !labeled.getStyleClass().contains("wraps-anywhere")) {
                    brokenWord(labeled, drawn, screen, scale, cuts);
                }
                return;
            }
        }
    }

    /** Wrapped text whose longest word is wider than the line: the word is broken in two, also a cut. */
    private static void brokenWord(Labeled labeled, Text drawn, String screen, String scale, List<Cut> cuts) {
        for (String word : labeled.getText().split("\\s+")) {
            if (width(word, drawn) > drawn.getWrappingWidth() + 0.5) {
                cuts.add(new Cut(screen, scale, where(labeled) + " (word broken)", labeled.getText(),
                        fitting(word, drawn, drawn.getWrappingWidth()) + " | " + word));
                return;
            }
        }
    }

    /** The text without the mnemonic marker, which the skin draws as an underline. */
    private static String plain(Labeled labeled, String text) {
        return labeled.isMnemonicParsing() ? text.replace("_", "") : text;
    }

    private static void promptCut(TextField field, String screen, String scale, List<Cut> cuts) {
        if (!field.isEditable() && field.getText() != null && !field.getText().isEmpty()) {
            readOnlyCut(field, screen, scale, cuts);
            return;
        }
        String prompt = field.getPromptText();
        if (prompt == null || prompt.isBlank() || (field.getText() != null && !field.getText().isEmpty())) {
            return;
        }
        for (Node child : field.lookupAll(".text")) {
            if (child instanceof Text drawn && prompt.equals(drawn.getText()) && drawn.isVisible()) {
                double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
                if (width(prompt, drawn) > room + 0.5) {
                    cuts.add(new Cut(screen, scale, where(field) + " (prompt)", prompt, fitting(prompt, drawn, room)));
                }
                return;
            }
        }
    }

    /** A read-only field shows a value rather than takes one: its text must fit like a label's. */
    private static void readOnlyCut(TextField field, String screen, String scale, List<Cut> cuts) {
        String text = field.getText();
        for (Node child : field.lookupAll(".text")) {
            if (child instanceof Text drawn && text.equals(drawn.getText())) {
                double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
                if (width(text, drawn) > room + 0.5) {
                    cuts.add(new Cut(screen, scale, where(field) + " (read-only)", text, fitting(text, drawn, room)));
                }
                return;
            }
        }
    }

    private static double width(String text, Text like) {
        Text probe = new Text(text);
        probe.setFont(like.getFont());
        return probe.getLayoutBounds().getWidth();
    }

    private static String fitting(String text, Text like, double room) {
        int end = text.length();
        while (end > 0 && width(text.substring(0, end), like) > room) {
            end--;
        }
        return text.substring(0, end);
    }

    /** The node's path up from the nearest ancestor with an id, each step its id or first style class. */
    static String where(Node node) {
        if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() != null && cell.getTableView() != null) {
            TableColumn<?, ?> column = cell.getTableColumn();
            String name = column.getId() != null ? "#" + column.getId() : "'" + column.getText() + "'";
            return where(cell.getTableView()) + " column " + name;
        }
        if (node instanceof ListCell<?> cell && cell.getParent() instanceof javafx.scene.control.ComboBoxBase<?> box) {
            return where(box) + " button cell";
        }
        List<String> steps = new ArrayList<>();
        for (Node at = node; at != null && steps.size() < 6; at = at.getParent()) {
            if (at.getId() != null && !at.getId().isBlank()) {
                steps.add(0, "#" + at.getId());
                break;
            }
            steps.add(0, at.getStyleClass().isEmpty() ? at.getClass().getSimpleName() : "." + at.getStyleClass().get(0));
        }
        return String.join(" > ", steps);
    }
}
