package com.counteroffer.domain.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.offer.Cadence;
import com.counteroffer.domain.offer.Clawback;
import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.SignOnPayment;
import com.counteroffer.domain.offer.TargetBonus;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.offer.VestingPreset;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over generated offers and openings, in every view: three packages whenever the openings add more
 * than $1,000, each worth V* within $1,000 as the engine values its own terms, with no figure the
 * package moved on a multiple of $5,000. V* is worked out here from the openings, not by the class
 * under test.
 */
class EquivalentPackagesPropertiesTest {

    private static final BigDecimal TOLERANCE = BigDecimal.valueOf(1_000);

    @Property(tries = 300)
    void threePackagesWorthTheSameWithinAThousandAndNoRoundFigures(@ForAll("cases") Case c) {
        BigDecimal offered = EquivalentPackages.value(c.offer(), c.view());
        BigDecimal target = EquivalentPackages.value(opened(c), c.view());

        List<EquivalentPackage> packages = EquivalentPackages.of(c.offer(), c.view(), c.base(), c.grant(),
                c.signOn());

        if (target.subtract(offered).compareTo(TOLERANCE) <= 0) {
            assertThat(packages).isEmpty();
            return;
        }
        // A lever the plan makes no ask on leads no package; a choice needs two or more.
        assertThat(packages.size()).isNotEqualTo(1).isLessThanOrEqualTo(3);
        assertThat(packages).extracting(EquivalentPackage::id).doesNotHaveDuplicates();
        if (c.base() == null) {
            assertThat(packages).extracting(EquivalentPackage::id).doesNotContain("base", "base_and_sign_on");
        }
        if (c.grant() == null) {
            assertThat(packages).extracting(EquivalentPackage::id).doesNotContain("equity");
        }
        long grantOffered = EquivalentPackages.grantWorth(c.offer());
        long signOnOffered = EquivalentPackages.totalSignOn(c.offer());
        for (EquivalentPackage p : packages) {
            assertThat(p.value().subtract(target).abs()).as(p.id() + " against V* " + target)
                    .isLessThanOrEqualTo(TOLERANCE);
            // A base or equity package is led by the plan's own opening for that lever (taken as it is) with the
            // rest as a sign-on, or moves that lever alone; the figures the package works out are never round.
            boolean baseLed = p.id().equals("base") && c.base() != null && p.base() == c.base().longValueExact()
                    && p.signOn() != signOnOffered;
            boolean equityLed = p.id().equals("equity") && c.grant() != null && p.signOn() != signOnOffered;
            List<Long> moved = switch (p.id()) {
                case "base" -> baseLed ? List.of(p.signOn()) : List.of(p.base());
                case "equity" -> equityLed ? List.of(p.signOn()) : List.of(p.grant());
                case "sign_on" -> List.of(p.signOn());
                default -> List.of(p.base(), p.signOn());
            };
            assertThat(moved).as(p.id()).allSatisfy(figure -> assertThat(figure % 5_000).isNotZero());
            // Only the package's own levers moved from the offer.
            if (!p.id().contains("base")) {
                assertThat(p.base()).as(p.id()).isEqualTo(c.offer().base());
            }
            if (!p.id().equals("equity")) {
                assertThat(p.grant()).as(p.id()).isEqualTo(grantOffered);
            }
            if (!p.id().contains("sign_on") && !baseLed && !equityLed) {
                assertThat(p.signOn()).as(p.id()).isEqualTo(signOnOffered);
            }
            // The value is the engine's for the package's own terms (rebuilt here where the grant is in dollars).
            if (!(c.offer().equity() instanceof OptionGrant)) {
                BigDecimal rebuilt = EquivalentPackages.value(terms(c.offer(), p), c.view());
                assertThat(p.value().subtract(rebuilt).abs()).as(p.id()).isLessThanOrEqualTo(BigDecimal.ONE);
            }
            assertThat(p.say()).doesNotContain("null").doesNotContain("$0").endsWith(".");
        }
    }

    /** The offer with the openings: base, a grant of the opening's value, one year-1 sign-on of the opening. */
    private static Offer opened(Case c) {
        Offer offer = c.offer();
        long base = c.base() == null ? offer.base() : c.base().longValueExact();
        Equity equity = offer.equity();
        if (c.grant() != null) {
            equity = RsuGrant.ofValue(c.grant().longValueExact(),
                    equity == null ? Vesting.of(VestingPreset.STANDARD) : equity.vesting());
        }
        List<SignOnPayment> signOns = c.signOn() == null ? offer.signOns()
                : List.of(SignOnPayment.lumpSum(c.signOn().longValueExact(), 1));
        return offer.withTerms(base, signOns, equity);
    }

    /** The offer with a package's base, grant (in dollars) and sign-on, by the same conventions. */
    private static Offer terms(Offer offer, EquivalentPackage p) {
        long grantOffered = EquivalentPackages.grantWorth(offer);
        Equity equity = p.grant() == grantOffered ? offer.equity()
                : RsuGrant.ofValue(p.grant(), offer.equity() == null ? Vesting.of(VestingPreset.STANDARD)
                        : offer.equity().vesting());
        List<SignOnPayment> signOns = p.signOn() == EquivalentPackages.totalSignOn(offer) ? offer.signOns()
                : List.of(SignOnPayment.lumpSum(p.signOn(), 1));
        return offer.withTerms(p.base(), signOns, equity);
    }

    record Case(Offer offer, PackageView view, BigDecimal base, BigDecimal grant, BigDecimal signOn) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Offer> offers = Combinators.combine(Arbitraries.longs().between(40_000, 900_000),
                Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 8), signOns(), equity())
                .as(EquivalentPackagesPropertiesTest::offer);
        return Combinators.combine(offers, Arbitraries.of(PackageView.class),
                Arbitraries.integers().between(-2, 25), Arbitraries.integers().between(-5, 40),
                Arbitraries.longs().between(0, 150_000), Arbitraries.integers().between(0, 7))
                .as((offer, view, basePercent, grantPercent, signOn, which) -> {
                    BigDecimal base = (which & 1) == 0 ? null
                            : BigDecimal.valueOf(offer.base() * (100 + basePercent) / 100);
                    boolean dollarGrant = !(offer.equity() instanceof OptionGrant);
                    long grantNow = EquivalentPackages.grantWorth(offer);
                    BigDecimal grant = (which & 2) == 0 || !dollarGrant ? null
                            : BigDecimal.valueOf(Math.max(grantNow, 40_000) * (100 + grantPercent) / 100);
                    BigDecimal sign = (which & 4) == 0 ? null : BigDecimal.valueOf(signOn);
                    return new Case(offer, view, base, grant, sign);
                });
    }

    private static Arbitrary<List<SignOnPayment>> signOns() {
        Arbitrary<SignOnPayment> payment = Combinators.combine(Arbitraries.longs().between(1_000, 120_000),
                Arbitraries.integers().between(1, 2), Arbitraries.of(0, 0, 12, 24))
                .as(SignOnPayment::new);
        return payment.list().ofMinSize(0).ofMaxSize(2);
    }

    private static Arbitrary<Equity> equity() {
        Arbitrary<Vesting> vesting = Arbitraries.oneOf(Arbitraries.of(VestingPreset.class).map(Vesting::of),
                Arbitraries.just(Vesting.custom(List.of(BigDecimal.ZERO, BigDecimal.valueOf(50),
                        BigDecimal.valueOf(50)), 0, Cadence.ANNUAL)));
        Arbitrary<Equity> rsu = Combinators.combine(Arbitraries.longs().between(10_000, 2_000_000), vesting)
                .as(RsuGrant::ofValue);
        Arbitrary<Equity> options = Combinators.combine(Arbitraries.longs().between(1_000, 200_000),
                Arbitraries.of("0.50", "2.50", "10.00"), Arbitraries.of("2.50", "4.00"), vesting)
                .as((shares, strike, fmv, schedule) -> new OptionGrant(shares, new BigDecimal(strike),
                        new BigDecimal(fmv), null, null, null, null, schedule));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just((Equity) null)),
                net.jqwik.api.Tuple.of(3, rsu),
                net.jqwik.api.Tuple.of(1, options));
    }

    private static Offer offer(long base, int bonusPercent, int raisePercent, List<SignOnPayment> signOns,
                               Equity equity) {
        return new Offer("Acme", "", null, null, null, null, OfferStatus.RECEIVED, null, "", false, base,
                BigDecimal.valueOf(raisePercent), TargetBonus.percent(BigDecimal.valueOf(bonusPercent)), signOns,
                Clawback.NONE, 0, equity, List.of(), null, 0, null);
    }
}
