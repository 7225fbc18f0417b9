package com.counteroffer.ui.welcome;

import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.ui.clients.ExchangeModel;
import com.counteroffer.ui.common.Dialogs;
import com.counteroffer.ui.common.Screen;
import com.counteroffer.ui.common.UiContext;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The first-run page's state: which dataset the app uses, every step of the work each with the
 * screen it happens on, and, on a database with nothing saved yet, a way to bring data in.
 */
public final class WelcomeModel {

    /** One step of "How it works": what happens, and the link that opens the screen it happens on. */
    public record Step(String link, String text, Screen screen) {
    }

    private final UiContext ui;
    private final StringBinding datasetLine;
    private final List<Step> steps;
    private final ReadOnlyBooleanWrapper fresh = new ReadOnlyBooleanWrapper(this, "fresh");
    /** The Clients screen's import, not a copy of it: the same checks, duplicate question and summary. */
    private final ExchangeModel exchange;

    public WelcomeModel(UiContext ui) {
        this.ui = ui;
        this.datasetLine = Bindings.createStringBinding(() -> {
            MarketDataset dataset = ui.session().dataset().dataset();
            return ui.text("welcome.dataset", dataset.name(), Integer.toString(dataset.year()), dataset.sources().size());
        }, ui.session().datasetProperty());
        this.steps = List.of(step("profile", Screen.PROFILE), step("market", Screen.MARKET),
                step("offers", Screen.OFFERS), step("compare", Screen.COMPARE), step("negotiate", Screen.NEGOTIATE));
        this.exchange = new ExchangeModel(ui);
        ui.session().offers().addListener((Observable changed) -> updateFresh());
        ui.session().profileProperty().addListener(changed -> updateFresh());
        updateFresh();
    }

    private Step step(String name, Screen screen) {
        return new Step(ui.text("welcome.step." + name + ".link"), ui.text("welcome.step." + name), screen);
    }

    /** Nothing saved for the shown client yet: neither a profile nor an offer. */
    private void updateFresh() {
        fresh.set(ui.session().profile() == null && ui.session().offers().isEmpty());
    }

    /** E.g. "Market data: AI Infrastructure Engineer pay 2026, 9 sources." */
    public StringBinding datasetLine() {
        return datasetLine;
    }

    /** Profile, market, offers, compare, negotiate: in the order the work is done. */
    public List<Step> steps() {
        return steps;
    }

    public void open(Step step) {
        ui.navigator().show(step.screen());
    }

    public void openProfile() {
        ui.navigator().show(Screen.PROFILE);
    }

    public void openSources() {
        ui.navigator().show(Screen.SOURCES);
    }

    /** True while nothing is saved: the page offers to import an export from another computer. */
    public ReadOnlyBooleanProperty freshProperty() {
        return fresh.getReadOnlyProperty();
    }

    /** Asks for a Counteroffer export and imports it as the Clients screen would. */
    public void importMyData() {
        ui.dialogs().openFile(ui.text("exchange.import"), List.of(
                new Dialogs.FileKind("Counteroffer export", "json", "csv"))).ifPresent(exchange::importFile);
    }

    /** What the import did (or why it did nothing); "" before one. */
    public ReadOnlyStringProperty importStatusProperty() {
        return exchange.statusProperty();
    }

    public ReadOnlyBooleanProperty importBusyProperty() {
        return exchange.busyProperty();
    }
}
