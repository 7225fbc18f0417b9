package com.counteroffer.domain.compensation;

import com.counteroffer.domain.offer.Cadence;
import com.counteroffer.domain.offer.Clawback;
import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.domain.offer.Refresher;
import com.counteroffer.domain.offer.RetirementMatch;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.SignOnPayment;
import com.counteroffer.domain.offer.TargetBonus;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.offer.VestingPreset;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Offers for tests: only the parts a test cares about, everything else empty. */
final class OfferBuilder {

    private long base;
    private BigDecimal raisePercent = BigDecimal.ZERO;
    private TargetBonus bonus = TargetBonus.NONE;
    private final List<SignOnPayment> signOns = new ArrayList<>();
    private Clawback clawback = Clawback.NONE;
    private long relocation;
    private Equity equity;
    private final List<Refresher> refreshers = new ArrayList<>();
    private RetirementMatch match;
    private long benefits;

    static OfferBuilder base(long base) {
        OfferBuilder builder = new OfferBuilder();
        builder.base = base;
        return builder;
    }

    /** 25 % on each of the first four anniversaries: whole years only, so growth factors stay exact. */
    static Vesting annual4() {
        return Vesting.custom(percents(25, 25, 25, 25), 12, Cadence.ANNUAL);
    }

    static List<BigDecimal> percents(int... values) {
        List<BigDecimal> list = new ArrayList<>();
        for (int value : values) {
            list.add(BigDecimal.valueOf(value));
        }
        return list;
    }

    OfferBuilder raise(String percent) {
        raisePercent = new BigDecimal(percent);
        return this;
    }

    OfferBuilder bonusPercent(String percent) {
        bonus = TargetBonus.percent(new BigDecimal(percent));
        return this;
    }

    OfferBuilder bonusAmount(long amount) {
        bonus = TargetBonus.amount(amount);
        return this;
    }

    OfferBuilder signOn(long amount, int year) {
        signOns.add(SignOnPayment.lumpSum(amount, year));
        return this;
    }

    OfferBuilder monthlySignOn(long amount, int year, int months) {
        signOns.add(new SignOnPayment(amount, year, months));
        return this;
    }

    OfferBuilder clawback(int fullRepaymentMonths, int proratedUntilMonths) {
        clawback = new Clawback(fullRepaymentMonths, proratedUntilMonths);
        return this;
    }

    OfferBuilder relocation(long amount) {
        relocation = amount;
        return this;
    }

    OfferBuilder rsu(long value, VestingPreset preset) {
        return equity(RsuGrant.ofValue(value, Vesting.of(preset)));
    }

    OfferBuilder rsu(long value, Vesting vesting) {
        return equity(RsuGrant.ofValue(value, vesting));
    }

    OfferBuilder equity(Equity grant) {
        equity = grant;
        return this;
    }

    OfferBuilder refresher(long yearlyValue, Vesting vesting, boolean guaranteed, int firstGrantYear) {
        refreshers.add(new Refresher(yearlyValue, vesting, guaranteed, firstGrantYear));
        return this;
    }

    /** "{@code ratePercent} % match on the first {@code onFirstPercentOfPay} % of pay". */
    OfferBuilder match(String ratePercent, String onFirstPercentOfPay) {
        match = new RetirementMatch(new BigDecimal(ratePercent), new BigDecimal(onFirstPercentOfPay));
        return this;
    }

    /** The same, with a yearly dollar cap. */
    OfferBuilder match(String ratePercent, String onFirstPercentOfPay, long annualCap) {
        match = new RetirementMatch(new BigDecimal(ratePercent), new BigDecimal(onFirstPercentOfPay), annualCap);
        return this;
    }

    OfferBuilder benefits(long value) {
        benefits = value;
        return this;
    }

    Offer build() {
        return new Offer("Acme", "", null, null, null, null, OfferStatus.RECEIVED, null, "", false, base, raisePercent,
                bonus, signOns, clawback, relocation, equity, refreshers, match, benefits, null);
    }
}
