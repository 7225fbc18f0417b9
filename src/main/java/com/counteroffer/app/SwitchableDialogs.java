package com.counteroffer.app;

import com.counteroffer.ui.common.Dialogs;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** The window's dialogs, which a test of the real window can answer instead (no native dialog opens headless). */
final class SwitchableDialogs implements Dialogs {

    private volatile Dialogs target;

    SwitchableDialogs(Dialogs target) {
        this.target = target;
    }

    void use(Dialogs replacement) {
        this.target = replacement;
    }

    @Override
    public Optional<Path> saveFile(String title, String suggestedName, List<FileKind> kinds) {
        return target.saveFile(title, suggestedName, kinds);
    }

    @Override
    public Optional<Path> openFile(String title, List<FileKind> kinds) {
        return target.openFile(title, kinds);
    }

    @Override
    public Optional<Path> openFile(String title, List<FileKind> kinds, Path folder) {
        return target.openFile(title, kinds, folder);
    }

    @Override
    public Optional<String> askText(String title, String header, String initial) {
        return target.askText(title, header, initial);
    }

    @Override
    public boolean confirm(String title, String header, String message, String confirmLabel) {
        return target.confirm(title, header, message, confirmLabel);
    }

    @Override
    public <T> Optional<T> choose(String title, String header, String message, List<Choice<T>> choices) {
        return target.choose(title, header, message, choices);
    }

    @Override
    public Unsaved askUnsaved(String header, String message) {
        return target.askUnsaved(header, message);
    }

    @Override
    public boolean whileQuitting(BooleanSupplier asking) {
        return target.whileQuitting(asking);
    }

    @Override
    public void showError(String title, String message) {
        target.showError(title, message);
    }
}
