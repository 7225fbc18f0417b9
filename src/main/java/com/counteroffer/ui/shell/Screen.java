package com.counteroffer.ui.shell;

import com.counteroffer.ui.settings.SettingsController;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The screens in the sidebar, in order; Ctrl+1, Ctrl+2, … open them. */
public enum Screen {
    SETTINGS("nav.settings", Feather.SETTINGS, SettingsController.class);

    private final String titleKey;
    private final Ikon icon;
    private final Class<?> controller;

    Screen(String titleKey, Ikon icon, Class<?> controller) {
        this.titleKey = titleKey;
        this.icon = icon;
        this.controller = controller;
    }

    public String titleKey() {
        return titleKey;
    }

    public Ikon icon() {
        return icon;
    }

    public Class<?> controller() {
        return controller;
    }
}
