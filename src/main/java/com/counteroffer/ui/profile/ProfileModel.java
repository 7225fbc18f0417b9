package com.counteroffer.ui.profile;

import com.counteroffer.domain.profile.Profile;
import com.counteroffer.ui.common.Dialogs;
import com.counteroffer.ui.common.UiContext;
import java.time.LocalTime;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The Profile screen: the form, saving it for the client it was typed for, the status line, and
 * what happens to unsaved changes when the user leaves or another client is shown.
 */
public final class ProfileModel {

    private final UiContext ui;
    private final ProfileForm form = new ProfileForm();
    private final BooleanProperty saving = new SimpleBooleanProperty(this, "saving");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final BooleanProperty statusIsError = new SimpleBooleanProperty(this, "statusIsError");

    public ProfileModel(UiContext ui) {
        this.ui = ui;
        form.load(ui.session().profile());
        // The states' localities come from the tax tables, read once off the UI thread.
        ui.tasks().run(progress -> ui.services().taxes().localities(), form::setLocalities,
                error -> show(error.getMessage(), true));
        form.dirtyProperty().addListener((o, was, dirty) -> {
            if (dirty) {
                show(ui.text(form.validProperty().get() ? "profile.unsaved" : "profile.invalid"),
                        !form.validProperty().get());
            } else if (!saving.get()) {
                show("", false);
            }
        });
        form.validProperty().addListener((o, was, valid) -> {
            if (form.dirtyProperty().get()) {
                show(ui.text(valid ? "profile.unsaved" : "profile.invalid"), !valid);
            }
        });
        // A profile saved elsewhere (an import, a restore) shows here unless the user is mid-edit.
        ui.session().profileProperty().addListener((o, was, saved) -> {
            if (!form.dirtyProperty().get()) {
                form.load(saved);
            }
        });
        // Another client: their profile; drafts were saved or discarded when the switch was asked for.
        ui.session().clientIdProperty().addListener((o, was, id) -> {
            form.load(ui.session().profile());
            form.newProjectProperty().set("");
            show("", false);
        });
    }

    public ProfileForm form() {
        return form;
    }

    /** Saves the form for the client it was typed for; an invalid form shows every message instead. */
    public void save() {
        if (!form.dirtyProperty().get() || saving.get()) {
            return;
        }
        if (!form.validProperty().get()) {
            form.revealAll();
            show(ui.text("profile.invalid"), true);
            return;
        }
        long client = ui.session().clientId();
        Profile profile = form.toProfile();
        saving.set(true);
        ui.tasks().run(progress -> ui.services().profiles().saveDetails(client, profile), saved -> {
            saving.set(false);
            // Saved after a switch: the next client's screen says nothing about it.
            if (client == ui.session().clientId()) {
                form.load(saved);
                show(ui.text("profile.saved", com.counteroffer.domain.input.Dates.formatTime(LocalTime.now())), false);
            }
        }, error -> {
            saving.set(false);
            show(ui.text("profile.saveFailed", error.getMessage()), true);
        });
    }

    public void revert() {
        form.load(ui.session().profile());
        show("", false);
    }

    /** Leaving the screen: asks about unsaved changes; true when the user may go. */
    public boolean confirmLeave() {
        if (!form.dirtyProperty().get()) {
            return true;
        }
        Dialogs.Unsaved answer = ui.dialogs().askUnsaved(ui.text("profile.leave.header"), null);
        if (answer == Dialogs.Unsaved.STAY) {
            return false;
        }
        if (answer == Dialogs.Unsaved.DISCARD) {
            revert();
            return true;
        }
        if (!form.validProperty().get()) {
            form.revealAll();
            show(ui.text("profile.leave.invalid"), true);
            return false;
        }
        save();
        return true;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public BooleanProperty statusIsErrorProperty() {
        return statusIsError;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving;
    }

    private void show(String text, boolean error) {
        status.set(text);
        statusIsError.set(error);
    }
}
