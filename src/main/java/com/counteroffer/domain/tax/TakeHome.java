package com.counteroffer.domain.tax;

/** The entry point for screens: the year's tax and take-home pay for one set of wages. */
public final class TakeHome {

    private TakeHome() {
    }

    /**
     * @param tables loaded once, off the UI thread, and kept (see {@code TaxTablesReader.builtIn()})
     * @throws IllegalArgumentException if the 401(k) deferral is above the year's limit
     */
    public static TaxResult forWages(TaxTables tables, TaxInput input) {
        return TaxEngine.compute(tables, input);
    }
}
