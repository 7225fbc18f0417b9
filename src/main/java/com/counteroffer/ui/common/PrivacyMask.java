package com.counteroffer.ui.common;

import java.util.Collection;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;

/**
 * Privacy mode for screen sharing: after every layout pulse, amounts of money and client names in
 * any label or text on screen (tables, charts' axes and markers included) are replaced by dots; the
 * originals come back when the mode is turned off. Editable fields are left alone.
 */
public final class PrivacyMask {

    static final String MASKED_AMOUNT = "$•••";
    public static final String MASKED_NAME = "Client";
    private static final String ORIGINAL = PrivacyMask.class.getName() + ".original";
    private static final Pattern MONEY = Pattern.compile("[-−~+]?\\$\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?[kKM])?\\+?");
    /** Amounts written without a dollar sign, as in formulas: 260,000. */
    private static final Pattern GROUPED = Pattern.compile("\\b\\d{1,3}(?:,\\d{3})+\\b");
    static final String MASKED_NUMBER = "•••";

    private final Scene scene;
    private final Supplier<Collection<String>> names;
    private final Runnable afterLayout = this::maskAll;
    private boolean on;

    public PrivacyMask(Scene scene, Supplier<Collection<String>> names) {
        this.scene = scene;
        this.names = names;
    }

    public boolean isOn() {
        return on;
    }

    public void set(boolean enabled) {
        if (enabled == on) {
            return;
        }
        on = enabled;
        // Editable fields can't be rewritten without changing what is saved: the stylesheet hides their text.
        scene.getRoot().getStyleClass().remove("privacy");
        if (enabled) {
            scene.getRoot().getStyleClass().add("privacy");
            scene.addPostLayoutPulseListener(afterLayout);
            maskAll();
        } else {
            scene.removePostLayoutPulseListener(afterLayout);
            restore(scene.getRoot());
        }
    }

    /** What a text looks like masked: amounts and the given names replaced. */
    public static String mask(String text, Collection<String> names) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = MONEY.matcher(text).replaceAll(java.util.regex.Matcher.quoteReplacement(MASKED_AMOUNT));
        masked = GROUPED.matcher(masked).replaceAll(MASKED_NUMBER);
        for (String name : names) {
            if (name != null && name.length() > 1) {
                masked = masked.replace(name, MASKED_NAME);
            }
        }
        return masked;
    }

    private void maskAll() {
        Collection<String> clientNames = names.get();
        walk(scene.getRoot(), clientNames);
    }

    private void walk(Node node, Collection<String> clientNames) {
        if (node instanceof Labeled labeled && !labeled.textProperty().isBound()) {
            labeled.setText(masked(labeled, labeled.getText(), clientNames));
        } else if (node instanceof Text text && !text.textProperty().isBound()) {
            text.setText(masked(text, text.getText(), clientNames));
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, clientNames);
            }
        }
    }

    /** Remembers the real text the first time it is seen (and whenever the screen changes it). */
    private static String masked(Node node, String current, Collection<String> clientNames) {
        if (current == null) {
            return null;
        }
        String masked = mask(current, clientNames);
        if (!masked.equals(current)) {
            node.getProperties().put(ORIGINAL, current);
        }
        return masked;
    }

    private void restore(Node node) {
        Object original = node.getProperties().remove(ORIGINAL);
        if (original instanceof String text) {
            if (node instanceof Labeled labeled && !labeled.textProperty().isBound()) {
                labeled.setText(text);
            } else if (node instanceof Text shown && !shown.textProperty().isBound()) {
                shown.setText(text);
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                restore(child);
            }
        }
    }
}
