package com.counteroffer.domain.negotiation;

import com.counteroffer.data.MarketDatasetReader;
import com.counteroffer.domain.compensation.CompensationEngine;
import com.counteroffer.domain.compensation.ProjectionSettings;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.offer.Cadence;
import com.counteroffer.domain.offer.Clawback;
import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.RemotePolicy;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.SignOnPayment;
import com.counteroffer.domain.offer.TargetBonus;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Offers, profiles and inputs for the negotiation tests: only what a test cares about is set. */
final class Fixtures {

    static final MarketDataset DATASET = MarketDatasetReader.readBuiltIn();
    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private Fixtures() {
    }

    /** 25 % on each of the first four anniversaries. */
    static Vesting annual4() {
        return Vesting.custom(List.of(BigDecimal.valueOf(25), BigDecimal.valueOf(25), BigDecimal.valueOf(25),
                BigDecimal.valueOf(25)), 12, Cadence.ANNUAL);
    }

    static OfferSpec offer(String company, Level level, long base) {
        return new OfferSpec(company, level, base);
    }

    static Profile profile(Level level, String location, Long unvested, Set<String> skills, List<String> projects) {
        return new Profile(level, 8, projects, location, null, null, null, skills, null, null, null, unvested,
                MarketAssumptions.NONE);
    }

    static CompetingOffer competing(Offer offer) {
        return new CompetingOffer(offer, CompensationEngine.project(offer, ProjectionSettings.defaults()));
    }

    static NegotiationInput input(Offer offer, Profile profile, List<Offer> others) {
        return input(offer, profile, others, null);
    }

    static NegotiationInput input(Offer offer, Profile profile, List<Offer> others, BigDecimal walkAwayOverride) {
        return new NegotiationInput(offer, CompensationEngine.project(offer, ProjectionSettings.defaults()), DATASET,
                profile, others.stream().map(Fixtures::competing).toList(), walkAwayOverride, TODAY);
    }

    static NegotiationInput withPostedRange(NegotiationInput input, long min, long max) {
        return new NegotiationInput(input.offer(), input.projection(), input.dataset(), input.profile(), input.others(),
                input.walkAwayOverride(), input.today(), input.adjustments(), new PostedRange(min, max));
    }

    static PlanSettings settings(String targetPosition) {
        return PlanSettings.defaults().withTargetPosition(new BigDecimal(targetPosition));
    }

    /** A mutable description of an offer, turned into the record by {@link #build()}. */
    static final class OfferSpec {
        private final String company;
        private final Level level;
        private final long base;
        private String title = "Senior AI Infrastructure Engineer";
        private String location;
        private LocalDate startDate;
        private LocalDate deadline;
        private RemotePolicy remote;
        private boolean current;
        private TargetBonus bonus = TargetBonus.NONE;
        private List<SignOnPayment> signOns = List.of();
        private long relocation;
        private Equity equity;

        OfferSpec(String company, Level level, long base) {
            this.company = company;
            this.level = level;
            this.base = base;
        }

        OfferSpec title(String value) {
            title = value;
            return this;
        }

        OfferSpec location(String hub, RemotePolicy policy) {
            location = hub;
            remote = policy;
            return this;
        }

        OfferSpec startDate(LocalDate value) {
            startDate = value;
            return this;
        }

        OfferSpec deadline(LocalDate value) {
            deadline = value;
            return this;
        }

        OfferSpec current() {
            current = true;
            return this;
        }

        OfferSpec bonusPercent(int percent) {
            bonus = TargetBonus.percent(BigDecimal.valueOf(percent));
            return this;
        }

        OfferSpec signOn(long amount) {
            signOns = List.of(SignOnPayment.lumpSum(amount, 1));
            return this;
        }

        OfferSpec relocation(long amount) {
            relocation = amount;
            return this;
        }

        /** Options at a strike equal to the 409A price: worth $0 in every view that uses that price. */
        OfferSpec optionsAtTheMoney(long shares, String price, String preferred) {
            equity = new com.counteroffer.domain.offer.OptionGrant(shares, new BigDecimal(price), new BigDecimal(price),
                    new BigDecimal(preferred), null, null, 3, annual4());
            return this;
        }

        OfferSpec rsu(long grant) {
            equity = RsuGrant.ofValue(grant, annual4());
            return this;
        }

        /** Options over four annual years: worth (fair market value − strike) × shares, nothing when equal. */
        OfferSpec options(long shares, String strike, String fairMarketValue) {
            equity = new OptionGrant(shares, new BigDecimal(strike), new BigDecimal(fairMarketValue), null, null, null,
                    3, annual4());
            return this;
        }

        Offer build() {
            return new Offer(company, title, level, location, startDate, deadline, OfferStatus.RECEIVED, remote, "",
                    current, base, BigDecimal.ZERO, bonus, signOns, Clawback.NONE, relocation, equity, List.of(), null,
                    0, null);
        }
    }
}
