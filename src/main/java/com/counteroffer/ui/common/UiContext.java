package com.counteroffer.ui.common;

import com.counteroffer.service.Services;
import java.util.ResourceBundle;

/**
 * What every screen gets: the services (its only way to data), the shown client's session, a
 * runner for background work, the dialogs, the way to other screens, the texts and the preferences.
 * Tests build one with a runner and dialogs that answer at once.
 */
public record UiContext(Services services, ClientSession session, TaskRunner tasks, Dialogs dialogs,
                        Navigator navigator, ResourceBundle bundle, AppSettings settings) {

    public String text(String key) {
        return bundle.getString(key);
    }

    public String text(String key, Object... arguments) {
        return java.text.MessageFormat.format(bundle.getString(key), arguments);
    }
}
