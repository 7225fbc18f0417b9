package com.counteroffer.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Every question a screen asks the user in a window of its own: files to save or open, a name,
 * a confirmation, a choice, unsaved changes, an error. Screens' models get one injected; tests
 * answer from a script.
 */
public interface Dialogs {

    /** A kind of file a file dialog offers, e.g. {@code new FileKind("PDF report", "pdf")}. */
    record FileKind(String description, List<String> extensions) {
        public FileKind(String description, String... extensions) {
            this(description, List.of(extensions));
        }
    }

    /** One button of a choice. */
    record Choice<T>(String label, T value) {
    }

    /** The user's answer about unsaved changes; closing the dialog means stay. */
    enum Unsaved { SAVE, DISCARD, STAY }

    Optional<Path> saveFile(String title, String suggestedName, List<FileKind> kinds);

    Optional<Path> openFile(String title, List<FileKind> kinds);

    /** The same, starting in {@code folder} (e.g. the backups folder) when it exists. */
    Optional<Path> openFile(String title, List<FileKind> kinds, Path folder);

    /** A line of text, e.g. a name; empty when cancelled. */
    Optional<String> askText(String title, String header, String initial);

    /** A yes-or-cancel question; true when the user confirmed with {@code confirmLabel}. */
    boolean confirm(String title, String header, String message, String confirmLabel);

    /** Buttons to choose from; empty when the dialog was closed or cancelled. */
    <T> Optional<T> choose(String title, String header, String message, List<Choice<T>> choices);

    /** Save, discard or stay, about changes not saved yet. */
    Unsaved askUnsaved(String header, String message);

    /**
     * Runs {@code asking} (the screens' unsaved-changes questions) worded for quitting the app rather than
     * for leaving a screen; its answer is returned.
     */
    default boolean whileQuitting(BooleanSupplier asking) {
        return asking.getAsBoolean();
    }

    /** An error that needs more than a line on the screen (an unexpected failure). */
    void showError(String title, String message);
}
