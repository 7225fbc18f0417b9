package com.counteroffer.service;

import com.counteroffer.domain.market.MarketDataset;

/**
 * The market dataset in use and where it came from.
 *
 * @param file the file a coach loaded it from, or null for the built-in one
 * @param loadedOn the date it was loaded (yyyy-MM-dd), or null for the built-in one
 */
public record ActiveDataset(MarketDataset dataset, String file, String loadedOn) {

    public boolean builtIn() {
        return file == null;
    }
}
