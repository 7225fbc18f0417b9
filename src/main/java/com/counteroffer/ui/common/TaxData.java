package com.counteroffer.ui.common;

import com.counteroffer.data.CostOfLivingReader;
import com.counteroffer.data.TaxTablesReader;
import com.counteroffer.domain.tax.CostOfLiving;
import com.counteroffer.domain.tax.TaxTables;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The 2026 tax tables and the regional price parities, read from their data files once, on the
 * background thread, the first time a screen needs take-home figures (not at start-up).
 */
public final class TaxData {

    /** Both data sets, read. */
    public record Loaded(TaxTables tables, CostOfLiving prices) {
    }

    private final Executor io;
    private CompletableFuture<Loaded> loading;

    public TaxData(Executor io) {
        this.io = io;
    }

    public synchronized CompletableFuture<Loaded> get() {
        if (loading == null) {
            CompletableFuture<Loaded> attempt = CompletableFuture.supplyAsync(
                    () -> new Loaded(TaxTablesReader.builtIn(), CostOfLivingReader.readBuiltIn()), io);
            loading = attempt;
            // A failed read is not remembered: the next screen that asks tries again.
            attempt.whenComplete((loaded, error) -> {
                if (error != null) {
                    synchronized (this) {
                        if (loading == attempt) {
                            loading = null;
                        }
                    }
                }
            });
        }
        return loading;
    }
}
