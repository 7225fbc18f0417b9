package com.counteroffer.domain.equity;

import com.counteroffer.domain.offer.Cadence;
import com.counteroffer.domain.offer.Dilution;
import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.ExitScenario;
import com.counteroffer.domain.offer.Liquidity;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.OptionType;
import com.counteroffer.domain.offer.Preferences;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.offer.VestingPreset;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Offers with options or private shares for the equity tests: only what a test cares about. */
final class EquityOffers {

    private EquityOffers() {
    }

    static BigDecimal dollars(String amount) {
        return new BigDecimal(amount);
    }

    /** 25 % on each of the first four anniversaries. */
    static Vesting annual4() {
        return Vesting.custom(List.of(BigDecimal.valueOf(25), BigDecimal.valueOf(25), BigDecimal.valueOf(25),
                BigDecimal.valueOf(25)), 12, Cadence.ANNUAL);
    }

    static Vesting standard() {
        return Vesting.of(VestingPreset.STANDARD);
    }

    static PrivateCompany company(ValuationBasis basis, Preferences preferences, Dilution dilution,
                                  List<ExitScenario> scenarios) {
        return new PrivateCompany(basis, null, null, scenarios, preferences, dilution, Liquidity.AT_EXIT);
    }

    static OptionGrant options(long shares, String strike, String fmv, String preferred, Long fullyDiluted,
                               OptionType type, boolean early, PrivateCompany company) {
        return new OptionGrant(shares, dollars(strike), dollars(fmv), preferred == null ? null : dollars(preferred),
                null, fullyDiluted, null, standard(), type, early, company);
    }

    static RsuGrant privateUnits(long units, String price, Long fullyDiluted, Vesting vesting, PrivateCompany company) {
        return new RsuGrant(null, units, dollars(price), vesting, null, fullyDiluted, company);
    }

    static Offer offer(Equity equity) {
        return offer(equity, null);
    }

    static Offer offer(Equity equity, LocalDate start) {
        Offer basic = Offer.basic("Lattice AI", 185_000);
        Offer withEquity = basic.withTerms(basic.base(), basic.signOns(), equity);
        return new Offer(withEquity.company(), "", null, null, start, null, null, null, "", false,
                withEquity.base(), BigDecimal.ZERO, null, List.of(), null, 0, equity, List.of(), null, 0, null);
    }
}
