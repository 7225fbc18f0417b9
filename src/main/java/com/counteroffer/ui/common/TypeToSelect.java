package com.counteroffer.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;

/**
 * Choosing from a long list by typing: "wa" picks Washington, "sea" Seattle. Letters typed within a
 * second of each other add up; a pause starts over.
 */
public final class TypeToSelect {

    private static final long PAUSE_NANOS = 1_000_000_000L;

    private TypeToSelect() {
    }

    /**
     * The first label that starts with {@code typed}, else the first with a word that does ("york" finds
     * "New York", "wa" "Washington (WA)"); -1 when none. Case does not matter.
     */
    public static int find(List<String> labels, String typed) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        if (wanted.isBlank()) {
            return -1;
        }
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).toLowerCase(Locale.ROOT).startsWith(wanted)) {
                return i;
            }
        }
        for (int i = 0; i < labels.size(); i++) {
            for (String word : labels.get(i).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty() && word.startsWith(wanted)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Lets {@code box} (closed or open) pick its item by the letters typed on it. */
    public static <T> void install(ComboBox<T> box) {
        StringBuilder typed = new StringBuilder();
        long[] last = {0};
        box.addEventFilter(KeyEvent.KEY_TYPED, event -> {
            String character = event.getCharacter();
            if (box.isEditable() || character.isEmpty() || Character.isISOControl(character.charAt(0))
                    || event.isControlDown() || event.isMetaDown() || event.isAltDown()) {
                return;
            }
            long now = System.nanoTime();
            if (now - last[0] > PAUSE_NANOS) {
                typed.setLength(0);
            }
            last[0] = now;
            typed.append(character);
            int index = find(labels(box), typed.toString());
            if (index >= 0) {
                box.getSelectionModel().select(index);
            }
            event.consume();
        });
    }

    private static <T> List<String> labels(ComboBox<T> box) {
        StringConverter<T> converter = box.getConverter();
        List<String> labels = new ArrayList<>();
        for (T item : box.getItems()) {
            String label = item == null ? "" : converter == null ? String.valueOf(item) : converter.toString(item);
            labels.add(label == null ? "" : label);
        }
        return labels;
    }
}
