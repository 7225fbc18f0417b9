package com.counteroffer.testing;

import com.counteroffer.domain.offer.Offer;
import com.counteroffer.service.OfferService;
import java.nio.file.Path;

/** The sample offers shipped in assets/sample-offers, read as a user's file would be. */
public final class Samples {

    private Samples() {
    }

    /** Northwind Cloud: base $200,000, 15 % bonus, $50,000 sign-on, $400,000 RSUs on Amazon's schedule. */
    public static Offer bigTech() {
        return OfferService.readFile(Path.of("assets/sample-offers/sample-bigtech-amazon.json"));
    }

    /** Lattice AI: an AI startup with options. */
    public static Offer startup() {
        return OfferService.readFile(Path.of("assets/sample-offers/sample-ai-startup.json"));
    }

    /** The current job. */
    public static Offer currentJob() {
        return OfferService.readFile(Path.of("assets/sample-offers/sample-current-job.json"));
    }
}
