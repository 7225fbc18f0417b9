package com.counteroffer.ui.shell;

import com.counteroffer.ui.clients.ClientsController;
import com.counteroffer.ui.compare.CompareController;
import com.counteroffer.ui.market.MarketController;
import com.counteroffer.ui.negotiate.NegotiateController;
import com.counteroffer.ui.offers.OffersController;
import com.counteroffer.ui.profile.ProfileController;
import com.counteroffer.ui.settings.SettingsController;
import com.counteroffer.ui.sources.SourcesController;
import com.counteroffer.ui.welcome.WelcomeController;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The screens in the sidebar, in order; Ctrl+1, Ctrl+2, … open them. */
public enum Screen {
    WELCOME("nav.welcome", Feather.HOME, WelcomeController.class),
    PROFILE("nav.profile", Feather.USER, ProfileController.class),
    MARKET("nav.market", Feather.BAR_CHART_2, MarketController.class),
    OFFERS("nav.offers", Feather.BRIEFCASE, OffersController.class),
    COMPARE("nav.compare", Feather.COLUMNS, CompareController.class),
    NEGOTIATE("nav.negotiate", Feather.MESSAGE_SQUARE, NegotiateController.class),
    CLIENTS("nav.clients", Feather.USERS, ClientsController.class),
    SOURCES("nav.sources", Feather.BOOK_OPEN, SourcesController.class),
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
