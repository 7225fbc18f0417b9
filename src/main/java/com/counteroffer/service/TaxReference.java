package com.counteroffer.service;

import com.counteroffer.data.CostOfLivingReader;
import com.counteroffer.data.TaxTablesReader;
import com.counteroffer.data.WithholdingTablesReader;
import com.counteroffer.domain.tax.CostOfLiving;
import com.counteroffer.domain.tax.TaxTables;
import com.counteroffer.domain.tax.withholding.WithholdingTables;

/**
 * The 2026 tax tables and the regional price parities, read from their data files the first time
 * they are needed (not at start-up) and kept. A failed read is not remembered: the next call tries again.
 */
public final class TaxReference {

    /** Both data sets, read. */
    public record Loaded(TaxTables tables, CostOfLiving prices) {
    }

    private volatile Loaded loaded;
    private volatile WithholdingTables withholding;

    /** Blocking on the first call (file reads): call it off the JavaFX thread. */
    public Loaded get() {
        Loaded known = loaded;
        if (known == null) {
            synchronized (this) {
                known = loaded;
                if (known == null) {
                    known = new Loaded(TaxTablesReader.builtIn(), CostOfLivingReader.readBuiltIn());
                    loaded = known;
                }
            }
        }
        return known;
    }

    /** The year's withholding rules (withholding-2026.json), read on first use and kept; off the JavaFX thread. */
    public WithholdingTables withholding() {
        WithholdingTables known = withholding;
        if (known == null) {
            synchronized (this) {
                known = withholding;
                if (known == null) {
                    known = WithholdingTablesReader.builtIn();
                    withholding = known;
                }
            }
        }
        return known;
    }
}
