package com.counteroffer.ui.compare;

import com.counteroffer.domain.offer.Offer;
import com.counteroffer.service.Services;
import com.counteroffer.testing.Samples;
import java.nio.file.Path;

/** Four offers with long names and seven-figure totals: what cuts a screen's texts if anything does. */
final class LongOffers {

    static final String LONG_NAME = "Current Employer Holdings International";

    private LongOffers() {
    }

    /** Writes the four offers to a new database at {@code db}, the long-named current job first. */
    static void write(Path db) {
        try (Services services = Services.open(db)) {
            services.offers().add(1, renamed(Samples.currentJob(), LONG_NAME, true, 985_000));
            services.offers().add(1, renamed(Samples.bigTech(), "Northwind Cloud Platforms", false, 1_150_000));
            services.offers().add(1, renamed(Samples.startup(), "Lattice AI", false, 640_000));
            services.offers().add(1, renamed(Samples.bigTech(), "Megacorp Compute International", false, 1_275_000));
        }
    }

    private static Offer renamed(Offer o, String company, boolean current, long base) {
        return new Offer(company, o.title(), o.level(), o.location(), o.startDate(), o.deadline(), o.status(),
                o.remotePolicy(), o.notes(), current, base, o.yearlyRaisePercent(), o.bonus(), o.signOns(),
                o.clawback(), o.relocation(), o.equity(), o.refreshers(), o.match(), o.benefitsValue(), o.ptoDays());
    }
}
