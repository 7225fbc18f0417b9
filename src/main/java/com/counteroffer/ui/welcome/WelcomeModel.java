package com.counteroffer.ui.welcome;

import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.ui.common.Screen;
import com.counteroffer.ui.common.UiContext;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;

/** The first-run page's state: which dataset the app uses, and where its two buttons lead. */
public final class WelcomeModel {

    private final UiContext ui;
    private final StringBinding datasetLine;

    public WelcomeModel(UiContext ui) {
        this.ui = ui;
        this.datasetLine = Bindings.createStringBinding(() -> {
            MarketDataset dataset = ui.session().dataset().dataset();
            return ui.text("welcome.dataset", dataset.name(), Integer.toString(dataset.year()), dataset.sources().size());
        }, ui.session().datasetProperty());
    }

    /** E.g. "Market data: AI Infrastructure Engineer pay 2026, 9 sources." */
    public StringBinding datasetLine() {
        return datasetLine;
    }

    public void openProfile() {
        ui.navigator().show(Screen.PROFILE);
    }

    public void openSources() {
        ui.navigator().show(Screen.SOURCES);
    }
}
