package com.counteroffer.ui.common;

import com.counteroffer.domain.market.MarketDataset;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The active market dataset, shared by every screen that shows market figures. */
public final class MarketData {

    /** Where the active dataset came from, in words, e.g. "Built in" or "Loaded from …". */
    public record Origin(boolean builtIn, String description) {
    }

    private final ObjectProperty<MarketDataset> dataset = new SimpleObjectProperty<>(this, "dataset");
    private final ObjectProperty<Origin> origin = new SimpleObjectProperty<>(this, "origin");

    public MarketData(MarketDataset dataset, Origin origin) {
        this.dataset.set(dataset);
        this.origin.set(origin);
    }

    public ObjectProperty<MarketDataset> datasetProperty() {
        return dataset;
    }

    public MarketDataset dataset() {
        return dataset.get();
    }

    public ObjectProperty<Origin> originProperty() {
        return origin;
    }

    public void replace(MarketDataset replacement, Origin newOrigin) {
        origin.set(newOrigin);
        dataset.set(replacement);
    }
}
