package com.counteroffer.testing;

import com.counteroffer.ui.common.Dialogs;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The dialogs of screen-model tests: each question takes the next answer the test queued, and a
 * question the test did not expect fails it. What was asked is recorded for assertions.
 */
public final class ScriptedDialogs implements Dialogs {

    private final Deque<Object> answers = new ArrayDeque<>();
    private final List<String> asked = new ArrayList<>();
    private boolean quitting;

    /** Queues the answer to the next question (a Path, a String, a Boolean, an Unsaved, a choice's value, or null for "cancelled"). */
    public ScriptedDialogs answer(Object answer) {
        answers.add(answer == null ? Cancelled.INSTANCE : answer);
        return this;
    }

    /** The questions asked so far, each as "kind: header" (an unsaved-changes one asked while quitting ends " (quitting)"). */
    public List<String> asked() {
        return List.copyOf(asked);
    }

    public boolean allAnswered() {
        return answers.isEmpty();
    }

    private enum Cancelled { INSTANCE }

    private Object next(String question) {
        asked.add(question);
        if (answers.isEmpty()) {
            throw new AssertionError("The screen asked something the test did not expect: " + question);
        }
        Object answer = answers.poll();
        return answer == Cancelled.INSTANCE ? null : answer;
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, List<FileKind> kinds) {
        return Optional.ofNullable((Path) next("save file: " + title + " (" + suggestedName + ")"));
    }

    @Override
    public Optional<Path> openFile(String title, List<FileKind> kinds) {
        return Optional.ofNullable((Path) next("open file: " + title));
    }

    @Override
    public Optional<Path> openFile(String title, List<FileKind> kinds, Path folder) {
        return openFile(title, kinds);
    }

    @Override
    public Optional<String> askText(String title, String header, String initial) {
        return Optional.ofNullable((String) next("text: " + title));
    }

    @Override
    public boolean confirm(String title, String header, String message, String confirmLabel) {
        Object answer = next("confirm: " + header);
        return answer != null && (Boolean) answer;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Optional<T> choose(String title, String header, String message, List<Choice<T>> choices) {
        return Optional.ofNullable((T) next("choose: " + header));
    }

    @Override
    public Unsaved askUnsaved(String header, String message) {
        Object answer = next("unsaved: " + header + (quitting ? " (quitting)" : ""));
        return answer == null ? Unsaved.STAY : (Unsaved) answer;
    }

    @Override
    public boolean whileQuitting(BooleanSupplier asking) {
        quitting = true;
        try {
            return asking.getAsBoolean();
        } finally {
            quitting = false;
        }
    }

    @Override
    public void showError(String title, String message) {
        asked.add("error: " + title + ": " + message);
    }
}
