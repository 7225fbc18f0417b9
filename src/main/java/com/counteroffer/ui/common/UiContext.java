package com.counteroffer.ui.common;

import com.counteroffer.service.Services;
import java.util.ResourceBundle;

/**
 * What every screen gets: the services (its only way to data), the shown client's session, a
 * runner for background work, the dialogs, the way to other screens, the texts, the preferences
 * and privacy mode (how amounts and names are drawn). Tests build one with a runner and dialogs
 * that answer at once.
 */
public record UiContext(Services services, ClientSession session, TaskRunner tasks, Dialogs dialogs,
                        Navigator navigator, ResourceBundle bundle, AppSettings settings, Privacy privacy) {

    /** A context with privacy mode off until the window turns it on. */
    public UiContext(Services services, ClientSession session, TaskRunner tasks, Dialogs dialogs,
                     Navigator navigator, ResourceBundle bundle, AppSettings settings) {
        this(services, session, tasks, dialogs, navigator, bundle, settings, new Privacy());
    }

    public String text(String key) {
        return bundle.getString(key);
    }

    public String text(String key, Object... arguments) {
        return java.text.MessageFormat.format(bundle.getString(key), arguments);
    }
}
