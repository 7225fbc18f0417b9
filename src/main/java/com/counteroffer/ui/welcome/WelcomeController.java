package com.counteroffer.ui.welcome;

import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.ui.common.MarketData;
import com.counteroffer.ui.common.Navigator;
import com.counteroffer.ui.common.Screen;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** The first-run page: what the app does, in three steps, and the way to the profile. */
public final class WelcomeController {

    private final Navigator navigator;
    private final MarketData marketData;
    private final ResourceBundle bundle;

    @FXML
    private Label datasetLine;

    public WelcomeController(Navigator navigator, MarketData marketData, ResourceBundle bundle) {
        this.navigator = navigator;
        this.marketData = marketData;
        this.bundle = bundle;
    }

    @FXML
    private void initialize() {
        datasetLine.textProperty().bind(Bindings.createStringBinding(() -> {
            MarketDataset dataset = marketData.dataset();
            return MessageFormat.format(bundle.getString("welcome.dataset"), dataset.name(),
                    Integer.toString(dataset.year()), dataset.sources().size());
        }, marketData.datasetProperty()));
    }

    @FXML
    void openProfile() {
        navigator.show(Screen.PROFILE);
    }

    @FXML
    void openSources() {
        navigator.show(Screen.SOURCES);
    }
}
