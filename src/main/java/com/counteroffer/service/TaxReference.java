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

    private final boolean lazy;
    private volatile TaxTables tables;
    private volatile Loaded loaded;
    private volatile WithholdingTables withholding;

    /** Reads every table on first use (and checks them all then): for the window, which needs them all. */
    public TaxReference() {
        this(false);
    }

    private TaxReference(boolean lazy) {
        this.lazy = lazy;
    }

    /**
     * Reads each jurisdiction's tables, and the price parities, only when first asked for: for a command,
     * which needs a few and is done in a fraction of a second.
     */
    public static TaxReference readingOnlyWhatIsUsed() {
        return new TaxReference(true);
    }

    /** The tax tables, without the price parities; blocking on the first call. */
    public TaxTables tables() {
        if (!lazy) {
            return get().tables();
        }
        TaxTables known = tables;
        if (known == null) {
            synchronized (this) {
                known = tables;
                if (known == null) {
                    known = TaxTablesReader.builtInLazy();
                    tables = known;
                }
            }
        }
        return known;
    }

    /** Blocking on the first call (file reads): call it off the JavaFX thread. */
    public Loaded get() {
        Loaded known = loaded;
        if (known == null) {
            synchronized (this) {
                known = loaded;
                if (known == null) {
                    known = new Loaded(lazy ? tables() : TaxTablesReader.builtIn(), CostOfLivingReader.readBuiltIn());
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
