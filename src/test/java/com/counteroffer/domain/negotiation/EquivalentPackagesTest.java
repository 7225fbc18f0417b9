package com.counteroffer.domain.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.counteroffer.domain.offer.Cadence;
import com.counteroffer.domain.offer.Clawback;
import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.OptionType;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.SignOnPayment;
import com.counteroffer.domain.offer.TargetBonus;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.offer.VestingPreset;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Equivalent packages worked out by hand. Every offer here has no raise and no stock growth (the
 * default projection), so each view is a short sum:
 * annualised = base × (1 + bonus %) + grant ÷ 4 + sign-on ÷ 4;
 * first year = base × (1 + bonus %) + the grant vesting in months 1–12 + the year-1 sign-on;
 * four years = 4 × base × (1 + bonus %) + the grant vesting in years 1–4 + the sign-on.
 */
class EquivalentPackagesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    /**
     * $200,000 base, 15 % bonus, $50,000 sign-on in year 1, $400,000 RSUs on the standard schedule
     * (25 % at the 1-year cliff, then monthly); no start date, so no earlier start.
     */
    private static Offer rsuOffer() {
        return offer(200_000, TargetBonus.percent(BigDecimal.valueOf(15)), 50_000,
                RsuGrant.ofValue(400_000, Vesting.of(VestingPreset.STANDARD)), null);
    }

    /**
     * Openings: base $218,750 (bonus $32,812.50), grant $440,000, sign-on $60,000.
     * Annualised V* = 218,750 + 32,812.50 + 440,000 ÷ 4 + 60,000 ÷ 4 = 376,562.50 (the offer: 342,500).
     * More base: the base opening $218,750 (364,062.50 with the offer's sign-on), the rest as a sign-on:
     * 364,062.50 + (s − 50,000) ÷ 4 = 376,562.50 → s = 100,000, round → $99,750 → 376,500 (−62.50).
     * More equity: the grant opening $440,000 (352,500), then s = 50,000 + 24,062.50 × 4 = $146,250 exactly.
     * More sign-on: 230,000 + 100,000 + s ÷ 4 = 376,562.50 → s = $186,250 exactly.
     */
    @Test
    void anRsuOfferAnnualised() {
        List<EquivalentPackage> packages = EquivalentPackages.of(rsuOffer(), PackageView.ANNUALISED,
                BigDecimal.valueOf(218_750), BigDecimal.valueOf(440_000), BigDecimal.valueOf(60_000), TODAY);

        assertThat(packages).extracting(EquivalentPackage::id, EquivalentPackage::label, EquivalentPackage::base,
                EquivalentPackage::grant, EquivalentPackage::signOn, p -> p.value().longValueExact())
                .containsExactly(
                        tuple("base", "More base", 218_750L, 400_000L, 99_750L, 376_500L),
                        tuple("equity", "More equity", 200_000L, 440_000L, 146_250L, 376_563L),
                        tuple("sign_on", "More sign-on", 200_000L, 400_000L, 186_250L, 376_563L));
        assertThat(packages).extracting(EquivalentPackage::say).containsExactly(
                "A base of $218,750 and a sign-on bonus of $99,750 paid when I start, with the equity as offered.",
                "An initial equity grant of $440,000 and a sign-on bonus of $146,250 paid when I start, with the base"
                        + " as offered.",
                "A sign-on bonus of $186,250 paid when I start, with the base and equity as offered.");
    }

    /**
     * First year: the standard schedule vests 25 % (the cliff) in year 1, and the sign-on counts in full.
     * The offer: 230,000 + 100,000 + 50,000 = 380,000. V* = 251,562.50 + 110,000 + 60,000 = 421,562.50.
     * More base: base $218,750 gives 401,562.50; s = 50,000 + 20,000 = 70,000, round → $69,750 → 421,312.50.
     * More equity: grant $440,000 gives 390,000; s = 50,000 + 31,562.50 = 81,562.50 → $81,500 → 421,500.
     * More sign-on: 230,000 + 100,000 + s = 421,562.50 → s = 91,562.50 → $91,500 → 421,500 (−62.50).
     */
    @Test
    void anRsuOfferFirstYear() {
        List<EquivalentPackage> packages = EquivalentPackages.of(rsuOffer(), PackageView.FIRST_YEAR,
                BigDecimal.valueOf(218_750), BigDecimal.valueOf(440_000), BigDecimal.valueOf(60_000), TODAY);

        assertThat(packages).extracting(EquivalentPackage::id, EquivalentPackage::base, EquivalentPackage::grant,
                EquivalentPackage::signOn, p -> p.value().longValueExact())
                .containsExactly(
                        tuple("base", 218_750L, 400_000L, 69_750L, 421_313L),
                        tuple("equity", 200_000L, 440_000L, 81_500L, 421_500L),
                        tuple("sign_on", 200_000L, 400_000L, 91_500L, 421_500L));
    }

    /**
     * Four years: the whole grant vests within them. The offer: 4 × 230,000 + 400,000 + 50,000 = 1,370,000.
     * V* = 4 × 251,562.50 + 440,000 + 60,000 = 1,506,250.
     * More base: base $218,750 gives 1,456,250; s = 50,000 + 50,000 → $99,750 → 1,506,000 (−250).
     * More equity: grant $440,000 gives 1,410,000; s = 50,000 + 96,250 = $146,250. More sign-on: $186,250.
     */
    @Test
    void anRsuOfferOverFourYears() {
        List<EquivalentPackage> packages = EquivalentPackages.of(rsuOffer(), PackageView.FOUR_YEAR,
                BigDecimal.valueOf(218_750), BigDecimal.valueOf(440_000), BigDecimal.valueOf(60_000), TODAY);

        assertThat(packages).extracting(EquivalentPackage::id, EquivalentPackage::base, EquivalentPackage::grant,
                EquivalentPackage::signOn, p -> p.value().longValueExact())
                .containsExactly(
                        tuple("base", 218_750L, 400_000L, 99_750L, 1_506_000L),
                        tuple("equity", 200_000L, 440_000L, 146_250L, 1_506_250L),
                        tuple("sign_on", 200_000L, 400_000L, 186_250L, 1_506_250L));
    }

    /**
     * $180,000 base, nothing else; starts June 1, 2026, deadline March 20. Openings: base $198,750 and
     * sign-on $25,000: V* = 198,750 + 25,000 ÷ 4 = 205,000.
     * More base: the base opening $198,750, then a sign-on of 6,250 × 4 = 25,000, round → $24,750 → 204,937.50.
     * No grant opening, so no equity package: a split instead, half the difference on base (192,500) and
     * the rest as a sign-on: 192,500 + s ÷ 4 = 205,000 → s = 50,000, round → $49,750 → 204,937.50.
     * More sign-on: s = 100,000 → $99,750 → 204,937.50.
     * Earlier start: June 1 − 14 days = May 18, which is 28 days or more after March 20.
     */
    @Test
    void anOfferWithoutEquityOrAGrantAskSplitsBaseAndSignOnAndOffersAnEarlierStart() {
        Offer offer = offer(180_000, TargetBonus.NONE, 0, null, LocalDate.of(2026, 6, 1));

        List<EquivalentPackage> packages = EquivalentPackages.of(offer, PackageView.ANNUALISED,
                BigDecimal.valueOf(198_750), null, BigDecimal.valueOf(25_000), TODAY);

        assertThat(packages).extracting(EquivalentPackage::id, EquivalentPackage::label, EquivalentPackage::base,
                EquivalentPackage::grant, EquivalentPackage::signOn, p -> p.value().longValueExact())
                .containsExactly(
                        tuple("base", "More base", 198_750L, 0L, 24_750L, 204_938L),
                        tuple("base_and_sign_on", "Base and sign-on", 192_500L, 0L, 49_750L, 204_938L),
                        tuple("sign_on", "More sign-on, earlier start", 180_000L, 0L, 99_750L, 204_938L));
        assertThat(packages).extracting(EquivalentPackage::say).containsExactly(
                "A base of $198,750 and a sign-on bonus of $24,750 paid when I start.",
                "A base of $192,500 and a sign-on bonus of $49,750 paid when I start.",
                "A sign-on bonus of $99,750 paid when I start, with the base as offered, and I can start two weeks"
                        + " earlier, on May 18, 2026.");
    }

    /**
     * A startup offer: $185,000 base, $20,000 sign-on, 40,000 options at a strike equal to the 409A
     * price (worth $0 as the engine values them). The grant opening can't be carried by the options, so
     * V* = 199,750 + 30,000 ÷ 4 = 207,250 (the offer: 185,000 + 5,000 = 190,000).
     * More base: the base opening $199,750 (204,750), the rest as a sign-on: 20,000 + 2,500 × 4 = 30,000, round
     * → $29,750 → 207,187.50.
     * Base and sign-on (in place of more equity): halfway is 198,625, so b + 5,000 = 198,625 → 193,625,
     * between $193,500 and $193,750 → $193,500; then 193,500 + s ÷ 4 = 207,250 → s = 55,000, a multiple
     * of $5,000 → $54,750 → 207,187.50. More sign-on: 185,000 + s ÷ 4 = 207,250 → s = $89,000.
     */
    @Test
    void optionsWorthNothingGiveWayToABaseAndSignOnSplit() {
        OptionGrant options = new OptionGrant(40_000, new BigDecimal("2.50"), new BigDecimal("2.50"),
                new BigDecimal("9.00"), 450_000_000L, 50_000_000L, 3, Vesting.of(VestingPreset.STANDARD));
        Offer offer = offer(185_000, TargetBonus.NONE, 20_000, options, null);

        List<EquivalentPackage> packages = EquivalentPackages.of(offer, PackageView.ANNUALISED,
                BigDecimal.valueOf(199_750), BigDecimal.valueOf(100_000), BigDecimal.valueOf(30_000), TODAY);

        assertThat(packages).extracting(EquivalentPackage::id, EquivalentPackage::label, EquivalentPackage::base,
                EquivalentPackage::grant, EquivalentPackage::signOn, p -> p.value().longValueExact())
                .containsExactly(
                        tuple("base", "More base", 199_750L, 0L, 29_750L, 207_188L),
                        tuple("base_and_sign_on", "Base and sign-on", 193_500L, 0L, 54_750L, 207_188L),
                        tuple("sign_on", "More sign-on", 185_000L, 0L, 89_000L, 207_250L));
        assertThat(packages.get(1).say()).isEqualTo(
                "A base of $193,500 and a sign-on bonus of $54,750 paid when I start, with the equity as offered.");
    }

    /**
     * Options with a spread: 40,000 options at a $1.00 strike and a $3.50 409A price are worth
     * $100,000 (2.50 a share), $25,000 a year annualised. No bonus, no sign-on, $185,000 base.
     * A grant opening of $150,000 is 60,000 options: V* = 185,000 + 37,500 = 222,500.
     * More equity: 185,000 + g ÷ 4 = 222,500 → g = 150,000, a multiple of $5,000 → $149,750 →
     * 59,900 options, worth exactly $149,750 → 222,437.50.
     */
    @Test
    void optionsWithASpreadAreScaledInShares() {
        OptionGrant options = new OptionGrant(40_000, new BigDecimal("1.00"), new BigDecimal("3.50"), null, null,
                null, null, Vesting.of(VestingPreset.STANDARD));
        Offer offer = offer(185_000, TargetBonus.NONE, 0, options, null);

        List<EquivalentPackage> packages = EquivalentPackages.of(offer, PackageView.ANNUALISED, null,
                BigDecimal.valueOf(150_000), null, TODAY);

        // No base opening: no base package; the grant and the sign-on each carry it.
        assertThat(packages).extracting(EquivalentPackage::id).containsExactly("equity", "sign_on");
        EquivalentPackage equity = packages.get(0);
        assertThat(equity.grant()).isEqualTo(149_750);
        assertThat(equity.value()).isEqualByComparingTo("222438");
        assertThat(equity.say()).isEqualTo("An option grant of 59,900 shares with the base as offered.");
    }

    @Test
    void aScaledOptionGrantKeepsItsValuationTypeAndEarlyExercise() {
        // 60,000 NSOs at $4, preferred $12, saved valuation preferred: (12 − 4) = $8 an option;
        // a $960,000 grant opening is 960,000 ÷ 8 = 120,000 options, still NSOs at the preferred price.
        OptionGrant plain = new OptionGrant(60_000, new BigDecimal("4.00"), new BigDecimal("4.00"),
                new BigDecimal("12.00"), null, null, null, Vesting.of(VestingPreset.STANDARD));
        OptionGrant options = new OptionGrant(60_000, plain.strike(), plain.fairMarketValue(), plain.preferredPrice(),
                null, null, null, plain.vesting(), OptionType.NSO, true,
                plain.company().withValuation(ValuationBasis.PREFERRED));
        Offer offer = offer(150_000, TargetBonus.NONE, 0, options, null);

        OptionGrant scaled = (OptionGrant) EquivalentPackages.withOpenings(offer, null, BigDecimal.valueOf(960_000),
                null).equity();

        assertThat(scaled.shares()).isEqualTo(120_000);
        assertThat(scaled.type()).isEqualTo(OptionType.NSO);
        assertThat(scaled.earlyExercise()).isTrue();
        assertThat(scaled.company()).isEqualTo(options.company());
    }

    @Test
    void aPrivateCompanysRsusStayPrivateWhenScaled() {
        // 1,000 units at the $10 round price, 409A $3, valued at the 409A price: $3 a unit, $3,000;
        // a $6,000 grant opening is 6,000 ÷ 3 = 2,000 units of the same private company.
        RsuGrant units = new RsuGrant(null, 1_000L, new BigDecimal("10"), Vesting.of(VestingPreset.STANDARD),
                new BigDecimal("3"), 5_000_000L, PrivateCompany.DEFAULTS);
        Offer offer = offer(150_000, TargetBonus.NONE, 0, units, null);

        RsuGrant scaled = (RsuGrant) EquivalentPackages.withOpenings(offer, null, BigDecimal.valueOf(6_000), null)
                .equity();

        assertThat(scaled.shares()).isEqualTo(2_000L);
        assertThat(scaled.company()).isEqualTo(PrivateCompany.DEFAULTS);
        assertThat(scaled.fairMarketValue()).isEqualByComparingTo("3");
        assertThat(scaled.fullyDilutedShares()).isEqualTo(5_000_000L);
        assertThat(scaled.sharePrice()).isEqualByComparingTo("10");
    }

    /** A first-year view of a grant that vests nothing in its first year: equity can't carry it there. */
    @Test
    void aViewThatCountsNoneOfTheGrantSplitsInstead() {
        Vesting backLoaded = Vesting.custom(List.of(BigDecimal.ZERO, BigDecimal.valueOf(50), BigDecimal.valueOf(50)),
                0, Cadence.ANNUAL);
        Offer offer = offer(200_000, TargetBonus.NONE, 0, RsuGrant.ofValue(300_000, backLoaded), null);

        List<EquivalentPackage> firstYear = EquivalentPackages.of(offer, PackageView.FIRST_YEAR,
                BigDecimal.valueOf(213_250), BigDecimal.valueOf(330_000), null, TODAY);
        List<EquivalentPackage> annualised = EquivalentPackages.of(offer, PackageView.ANNUALISED,
                BigDecimal.valueOf(213_250), BigDecimal.valueOf(330_000), null, TODAY);

        assertThat(firstYear).extracting(EquivalentPackage::id).containsExactly("base", "base_and_sign_on", "sign_on");
        assertThat(annualised).extracting(EquivalentPackage::id).containsExactly("base", "equity", "sign_on");
    }

    @Test
    void nothingToAddMeansNoPackages() {
        Offer offer = rsuOffer();

        assertThat(EquivalentPackages.of(offer, PackageView.ANNUALISED, null, null, null)).isEmpty();
        // +$800 of base is +$920 annualised with the bonus: not more than $1,000.
        assertThat(EquivalentPackages.of(offer, PackageView.ANNUALISED, BigDecimal.valueOf(200_800), null, null))
                .isEmpty();
        // Openings at or below the offer's own terms add nothing either.
        assertThat(EquivalentPackages.of(offer, PackageView.FOUR_YEAR, BigDecimal.valueOf(190_000),
                BigDecimal.valueOf(400_000), BigDecimal.valueOf(50_000))).isEmpty();
    }

    @Test
    void theEarlierStartNeedsTimeAfterTheDeadlineAndToday() {
        Offer offer = offer(180_000, TargetBonus.NONE, 0, null, LocalDate.of(2026, 6, 1));
        // May 18 is 28 days after April 20: just far enough.
        assertThat(EquivalentPackages.earlierStart(withDeadline(offer, LocalDate.of(2026, 4, 20)), null))
                .isEqualTo(LocalDate.of(2026, 5, 18));
        assertThat(EquivalentPackages.earlierStart(withDeadline(offer, LocalDate.of(2026, 4, 21)), null)).isNull();
        // Today after the deadline: today counts.
        assertThat(EquivalentPackages.earlierStart(withDeadline(offer, LocalDate.of(2026, 3, 20)),
                LocalDate.of(2026, 4, 21))).isNull();
        // Neither date known, or no start date: no earlier start is offered.
        assertThat(EquivalentPackages.earlierStart(withDeadline(offer, null), null)).isNull();
        assertThat(EquivalentPackages.earlierStart(offer(180_000, TargetBonus.NONE, 0, null, null), TODAY)).isNull();
    }

    private static Offer withDeadline(Offer offer, LocalDate deadline) {
        return new Offer(offer.company(), offer.title(), offer.level(), offer.location(), offer.startDate(), deadline,
                offer.status(), offer.remotePolicy(), offer.notes(), offer.current(), offer.base(),
                offer.yearlyRaisePercent(), offer.bonus(), offer.signOns(), offer.clawback(), offer.relocation(),
                offer.equity(), offer.refreshers(), offer.match(), offer.benefitsValue(), offer.ptoDays());
    }

    static Offer offer(long base, TargetBonus bonus, long signOn, Equity equity, LocalDate start) {
        List<SignOnPayment> signOns = signOn == 0 ? List.of() : List.of(SignOnPayment.lumpSum(signOn, 1));
        return new Offer("Acme", "Senior AI Infrastructure Engineer", null, null, start,
                start == null ? null : LocalDate.of(2026, 3, 20), OfferStatus.RECEIVED, null, "", false, base,
                BigDecimal.ZERO, bonus, signOns, Clawback.NONE, 0, equity, List.of(), null, 0, null);
    }
}
