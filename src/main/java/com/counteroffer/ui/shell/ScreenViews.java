package com.counteroffer.ui.shell;

import com.counteroffer.ui.clients.ClientsController;
import com.counteroffer.ui.common.Screen;
import com.counteroffer.ui.compare.CompareController;
import com.counteroffer.ui.market.MarketController;
import com.counteroffer.ui.negotiate.NegotiateController;
import com.counteroffer.ui.offers.OffersController;
import com.counteroffer.ui.profile.ProfileController;
import com.counteroffer.ui.settings.SettingsController;
import com.counteroffer.ui.sources.SourcesController;
import com.counteroffer.ui.welcome.WelcomeController;

/** Which controller (and so which FXML) shows each screen: the shell knows the screens, they don't know it. */
final class ScreenViews {

    private ScreenViews() {
    }

    static Class<?> controllerOf(Screen screen) {
        return switch (screen) {
            case WELCOME -> WelcomeController.class;
            case PROFILE -> ProfileController.class;
            case MARKET -> MarketController.class;
            case OFFERS -> OffersController.class;
            case COMPARE -> CompareController.class;
            case NEGOTIATE -> NegotiateController.class;
            case CLIENTS -> ClientsController.class;
            case SOURCES -> SourcesController.class;
            case SETTINGS -> SettingsController.class;
        };
    }
}
