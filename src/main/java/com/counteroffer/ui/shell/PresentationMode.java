package com.counteroffer.ui.shell;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;

/**
 * What presentation mode does to a screen: it becomes read-only (every button and input taken out
 * of the layout, with the labels that name them; check boxes stay, as content, but can't be
 * changed; table columns marked {@value #OPTIONAL_COLUMN} are left out) except the live
 * assumptions the coach shows, marked with {@value #LIVE} (Compare's
 * scenario, the offers compared, the plan's target and anchor, the offer discussed), and it is
 * shown from the top. Screens redraw parts of themselves, so the window applies this after every
 * layout while presenting.
 */
final class PresentationMode {

    /** The style class of a container whose inputs stay usable while presenting. */
    static final String LIVE = "live-assumption";
    /** A table column with this style class is left out while presenting, to give the others room. */
    static final String OPTIONAL_COLUMN = "presentation-optional";
    /** Controls whose visibility their screen binds are made see-through and inert instead. */
    static final String HIDDEN = "presentation-hidden";
    private static final String WAS_SHOWN = PresentationMode.class.getName() + ".shown";

    /** How a control was before presenting, to put it back exactly. */
    private record Before(boolean visible, boolean managed, boolean focusTraversable, boolean disabled) {
    }

    private PresentationMode() {
    }

    /** Takes every edit control under {@code root} out of the screen, except under a {@value #LIVE} container. */
    static void hideEditing(Node root) {
        if (root.getStyleClass().contains(LIVE)) {
            return;
        }
        if (isEditControl(root) || root instanceof Label label && namesHiddenControl(label)) {
            hide(root);
            return;
        }
        if (root instanceof TableView<?> table) {
            hideOptionalColumns(table);
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                hideEditing(child);
            }
        }
    }

    /** A label such as "Year 1 and Annualised in:" would be left dangling without its control. */
    private static boolean namesHiddenControl(Label label) {
        Node control = label.getLabelFor();
        if (control == null || !isEditControl(control) || control instanceof CheckBox) {
            return false;
        }
        for (Node at = control; at != null; at = at.getParent()) {
            if (at.getStyleClass().contains(LIVE)) {
                return false;
            }
        }
        return true;
    }

    private static void hideOptionalColumns(TableView<?> table) {
        for (TableColumn<?, ?> column : table.getColumns()) {
            if (column.getStyleClass().contains(OPTIONAL_COLUMN)) {
                column.getProperties().putIfAbsent(WAS_SHOWN, column.isVisible());
                column.setVisible(false);
            }
        }
    }

    private static void showOptionalColumns(TableView<?> table) {
        for (TableColumn<?, ?> column : table.getColumns()) {
            if (column.getProperties().remove(WAS_SHOWN) instanceof Boolean visible) {
                column.setVisible(visible);
            }
        }
    }

    /** Puts back what {@link #hideEditing} took out. */
    static void showEditing(Node root) {
        if (root.getProperties().remove(WAS_SHOWN) instanceof Before before) {
            if (!root.visibleProperty().isBound()) {
                root.setVisible(before.visible());
            }
            if (!root.managedProperty().isBound()) {
                root.setManaged(before.managed());
            }
            if (!root.disableProperty().isBound()) {
                root.setDisable(before.disabled());
            }
            root.getStyleClass().remove(HIDDEN);
            root.setMouseTransparent(false);
            root.setFocusTraversable(before.focusTraversable());
        }
        if (root instanceof TableView<?> table) {
            showOptionalColumns(table);
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                showEditing(child);
            }
        }
    }

    /** Scrolls every scroll pane of the screen back to its top. */
    static void toTop(Node root) {
        if (root instanceof ScrollPane scroll) {
            scroll.setVvalue(scroll.getVmin());
        }
        if (root instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                toTop(child);
            }
        }
    }

    private static boolean isEditControl(Node node) {
        return node instanceof ButtonBase || node instanceof TextInputControl || node instanceof ComboBoxBase<?>
                || node instanceof ChoiceBox<?> || node instanceof Slider || node instanceof Spinner<?>;
    }

    private static void hide(Node node) {
        node.getProperties().putIfAbsent(WAS_SHOWN,
                new Before(node.isVisible(), node.isManaged(), node.isFocusTraversable(), node.isDisable()));
        // Enforced on every pass: a screen may show a control again while it is presented.
        if (node instanceof CheckBox) {
            // A check box's label is content (a checklist item, a premium that applies): shown, not changeable.
            node.setMouseTransparent(true);
            node.setFocusTraversable(false);
            if (!node.disableProperty().isBound() && !node.isDisable()) {
                node.setDisable(true);
            }
            return;
        }
        if (node.visibleProperty().isBound()) {
            if (!node.getStyleClass().contains(HIDDEN)) {
                node.getStyleClass().add(HIDDEN);
            }
            node.setMouseTransparent(true);
            node.setFocusTraversable(false);
        } else if (node.isVisible()) {
            node.setVisible(false);
        }
        if (!node.managedProperty().isBound() && node.isManaged()) {
            node.setManaged(false);
        }
    }
}
