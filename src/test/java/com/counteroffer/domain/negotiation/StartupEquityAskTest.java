package com.counteroffer.domain.negotiation;

import static com.counteroffer.domain.negotiation.Fixtures.input;
import static com.counteroffer.domain.negotiation.Fixtures.offer;
import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.ValuationBasis;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 18: the equity ask values options at the offer's chosen valuation and says which. */
class StartupEquityAskTest {

    /** 60,000 options, $4 strike, 409A $4, preferred $12, 25 % a year; no level, so no band to lean on. */
    private static Offer startup(ValuationBasis valuation) {
        Offer offer = offer("Tiny AI", null, 205_000).optionsAtTheMoney(60_000, "4", "12").build();
        OptionGrant options = (OptionGrant) offer.equity();
        return offer.withTerms(offer.base(), offer.signOns(),
                options.withCompany(options.company().withValuation(valuation)));
    }

    @Test
    void atThePreferredPriceTheAskIsTheUsualMoveOnTheGrantInDollarsAndOptions() {
        CounterPlan plan = CounterPlanner.plan(input(startup(ValuationBasis.PREFERRED), null, List.of()),
                PlanSettings.defaults());

        Ask equity = plan.ask(Lever.EQUITY).orElseThrow();
        // The grant at the preferred price: (12 − 4) × 60,000 = 480,000; no evidence, so at most +15 %:
        // 480,000 × 1.15 = 552,000 (not the $1,018,000 the issue saw).
        assertThat(equity.evidence()).isEqualTo(Evidence.USUAL_MOVE);
        assertThat(equity.opening()).isGreaterThan(new BigDecimal("480000")).isLessThanOrEqualTo(new BigDecimal("552000"));
        long options = equity.opening().divide(new BigDecimal("8"), 0, java.math.RoundingMode.HALF_UP).longValueExact();
        assertThat(equity.text()).contains(String.format(java.util.Locale.ROOT, "(%,d options at the preferred price"
                + " of $12.00)", options)).contains("(the offer is $480,000 (60,000 options at the preferred price of"
                + " $12.00))");
        assertThat(equity.say()).contains(String.format(java.util.Locale.ROOT, "%,d options (about", options));
        assertThat(equity.inputs().get("offer grant")).startsWith("$480,000 (60,000 options at the preferred price of"
                + " $12.00 less the strike of $4.00, $8.00 an option");
    }

    @Test
    void atThe409aPriceThereIsNoDollarAskAndTheNoteNamesTheValuation() {
        CounterPlan plan = CounterPlanner.plan(input(startup(ValuationBasis.FAIR_MARKET_VALUE), null, List.of()),
                PlanSettings.defaults());

        assertThat(plan.ask(Lever.EQUITY)).isEmpty();
        assertThat(plan.notes()).anyMatch(note -> note.startsWith("No equity ask in dollars: the options are worth $0"
                + " at the 409A price of $4.00") && note.contains("preferred price or over exit scenarios"));
    }
}
