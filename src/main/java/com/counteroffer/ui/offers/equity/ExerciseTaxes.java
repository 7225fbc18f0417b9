package com.counteroffer.ui.offers.equity;

import com.counteroffer.domain.equity.ExerciseTax;
import com.counteroffer.service.Services;

/** Where the section gets the tax at exercise from: the equity service, once it is on main. */
final class ExerciseTaxes {

    /** Said while no service gives the estimate. */
    static final String WAITING = "the estimate against your wages and taxes is not available in this build yet.";

    private ExerciseTaxes() {
    }

    /** The estimate for a saved offer of the client, or null when none can be given. Runs off the JavaFX thread. */
    static ExerciseTax estimate(Services services, long clientId, long offerId) {
        return null;
    }
}
