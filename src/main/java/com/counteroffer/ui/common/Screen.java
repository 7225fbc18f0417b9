package com.counteroffer.ui.common;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The screens in the sidebar, in order; Ctrl+1, Ctrl+2, … open them. */
public enum Screen {
    WELCOME("nav.welcome", Feather.HOME),
    PROFILE("nav.profile", Feather.USER),
    MARKET("nav.market", Feather.BAR_CHART_2),
    OFFERS("nav.offers", Feather.BRIEFCASE),
    COMPARE("nav.compare", Feather.COLUMNS),
    NEGOTIATE("nav.negotiate", Feather.MESSAGE_SQUARE),
    CLIENTS("nav.clients", Feather.USERS),
    SOURCES("nav.sources", Feather.BOOK_OPEN),
    SETTINGS("nav.settings", Feather.SETTINGS);

    private final String titleKey;
    private final Ikon icon;

    Screen(String titleKey, Ikon icon) {
        this.titleKey = titleKey;
        this.icon = icon;
    }

    public String titleKey() {
        return titleKey;
    }

    public Ikon icon() {
        return icon;
    }
}
