package com.counteroffer.ui.common;

import java.util.TreeMap;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * The assumptions being tried live on the screens (stock growth, horizon, target position…), so a
 * coach can note them with one click. Screens put their current values here as they change.
 */
public final class LiveAssumptions {

    private final ObservableMap<String, String> values = FXCollections.observableMap(new TreeMap<>());

    public void put(String name, String value) {
        values.put(name, value);
    }

    public ObservableMap<String, String> values() {
        return values;
    }

    /** One line, e.g. "Horizon: 4 years; Stock growth: −30 %/yr". */
    public String describe() {
        return values.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
    }

    public void clear() {
        values.clear();
    }

}
