package com.counteroffer.ui.offers;

import com.counteroffer.ui.common.ValidatedField;
import java.util.List;

/** Collects a form's field problems as "label: what to fix", for the editor's summary of what blocks saving. */
final class FieldProblems {

    private FieldProblems() {
    }

    /** The field's message when what was typed can't be read. */
    static void check(List<String> problems, String label, ValidatedField<?> field) {
        if (!field.validProperty().get()) {
            problems.add(label + ": " + field.messageOf());
        }
    }

    /** As {@link #check}, and {@code whenEmpty} when nothing was typed in a field that must be. */
    static void require(List<String> problems, String label, ValidatedField<?> field, String whenEmpty) {
        if (!field.validProperty().get()) {
            problems.add(label + ": " + field.messageOf());
        } else if (field.value() == null) {
            problems.add(label + ": " + whenEmpty);
        }
    }
}
