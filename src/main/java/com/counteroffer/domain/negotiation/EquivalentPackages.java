package com.counteroffer.domain.negotiation;

import com.counteroffer.domain.compensation.CompensationEngine;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.ProjectionSettings;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.compensation.YearAmounts;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferValidator;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.SignOnPayment;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.offer.VestingPreset;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Three packages the user values the same (multiple equivalent simultaneous offers, MESOs): one
 * leaning on base, one on equity, one on sign-on with an earlier start, each valued by the projection
 * engine in the plan's package view.
 *
 * <p>The target value V* is the offer's value in the view with every opening applied (the base; the
 * initial grant worth the grant opening at the offer's price basis; one sign-on of the sign-on opening
 * paid in year 1 in place of the offer's). Each package moves one lever from the offer until the
 * engine values it at V*: the lever is solved linearly from two engine values, checked with the engine
 * and corrected, then rounded to a precise figure — the nearest $250 that is not a multiple of $5,000
 * and keeps the value within {@link #TOLERANCE} of V* (finer steps only when $250 can't). A lever that
 * can't carry the difference (options worth $0 at the price used, a view that counts none of the
 * grant, a figure past the offer limits) gives way to a package splitting it between base and sign-on.
 */
public final class EquivalentPackages {

    /** How far a package's value may be from V*. */
    public static final BigDecimal TOLERANCE = BigDecimal.valueOf(1_000);
    /** How much earlier the sign-on package offers to start. */
    public static final int EARLIER_START_DAYS = 14;
    /**
     * The earlier start must still be this long after the deadline (or today, if later): time to
     * accept, give two weeks' notice and have a margin. An assumption, not a sourced figure.
     */
    public static final int LEAD_DAYS = 28;

    /** Rounding steps, coarsest first; a finer one only when no figure at the coarser stays within the tolerance. */
    private static final long[] STEPS = {PreciseFigures.STEP.longValueExact(), 50, 10, 1};
    /** Candidates tried on each side of the solved figure at each step. */
    private static final int CANDIDATES = 8;
    /** How far the lever is moved to measure how much the view counts of it. */
    private static final long PROBE = 10_000;
    /** Below this many dollars of value per dollar of lever, the view counts nothing of it. */
    private static final BigDecimal COUNTS_NOTHING = new BigDecimal("0.0001");
    private static final MathContext DIVISION = MathContext.DECIMAL128;
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    private static final ProjectionSettings SETTINGS = ProjectionSettings.defaults();

    private EquivalentPackages() {
    }

    /**
     * @param baseOpening the plan's base opening, or null without a base ask
     * @param grantOpening the plan's equity opening (the initial grant in dollars), or null
     * @param signOnOpening the plan's sign-on opening (in total), or null
     * @return three packages each worth what the offer with every opening would be worth in {@code view};
     *     empty when no opening raises it by more than {@link #TOLERANCE}. Without a date for today the
     *     earlier start is judged from the offer's deadline alone (see the overload with {@code today}).
     */
    public static List<EquivalentPackage> of(Offer offer, PackageView view, BigDecimal baseOpening,
                                             BigDecimal grantOpening, BigDecimal signOnOpening) {
        return of(offer, view, baseOpening, grantOpening, signOnOpening, null);
    }

    /**
     * The same, with the date the plan is made: the sign-on package offers to start
     * {@link #EARLIER_START_DAYS} days earlier only when that is still {@link #LEAD_DAYS} days or more
     * after the later of today and the offer's deadline.
     *
     * @param today the date the plan is made, or null to judge from the deadline alone
     */
    public static List<EquivalentPackage> of(Offer offer, PackageView view, BigDecimal baseOpening,
                                             BigDecimal grantOpening, BigDecimal signOnOpening, LocalDate today) {
        Objects.requireNonNull(offer, "offer");
        PackageView measure = view == null ? PackageView.FIRST_YEAR : view;
        BigDecimal offered = value(offer, measure);
        Offer opened = withOpenings(offer, baseOpening, grantOpening, signOnOpening);
        BigDecimal target = opened == null ? null : value(opened, measure);
        if (offered == null || target == null || target.subtract(offered).compareTo(TOLERANCE) <= 0) {
            return List.of();
        }
        List<EquivalentPackage> packages = new ArrayList<>();
        // A lever the plan makes no ask on (switched off, or no evidence for it) leads no package.
        Optional<EquivalentPackage> baseLed = led(Move.BASE, offer, baseOpening, measure, offered, target);
        if (baseLed.isPresent()) {
            packages.add(baseLed.get());
        } else if (baseOpening != null) {
            solve(Move.BASE, offer, measure, target).ifPresent(base -> packages.add(basePackage(offer, base)));
        }
        Optional<EquivalentPackage> split = Optional.empty();
        boolean splitUsed = false;
        Optional<EquivalentPackage> equityLed = led(Move.EQUITY, offer, grantOpening, measure, offered, target);
        Optional<Solved> equity = equityLed.isPresent() || grantOpening == null ? Optional.empty()
                : solve(Move.EQUITY, offer, measure, target);
        if (equityLed.isPresent()) {
            packages.add(equityLed.get());
        } else if (equity.isPresent()) {
            packages.add(equityPackage(offer, equity.get()));
        } else if (baseOpening != null) {
            split = split(offer, measure, offered, target);
            split.ifPresent(packages::add);
            splitUsed = true;
        }
        Optional<Solved> signOn = solve(Move.SIGN_ON, offer, measure, target);
        if (signOn.isPresent()) {
            packages.add(signOnPackage(offer, signOn.get(), earlierStart(offer, today)));
        } else if (!splitUsed && baseOpening != null) {
            split(offer, measure, offered, target).ifPresent(packages::add);
        }
        // One package is just a counter: a choice needs at least two.
        return packages.size() < 2 ? List.of() : List.copyOf(packages);
    }

    /**
     * The offer's value in the view, as the projection engine computes it with the default settings,
     * or null when the offer can't be projected.
     */
    public static BigDecimal value(Offer offer, PackageView view) {
        if (!OfferValidator.problems(offer).isEmpty()) {
            return null;
        }
        Projection projection = CompensationEngine.project(offer, SETTINGS);
        return switch (view) {
            case ANNUALISED -> projection.tcAnnualized();
            case FIRST_YEAR -> projection.tcYear1();
            case FOUR_YEAR -> projection.years().stream().limit(4).map(YearAmounts::total)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
        };
    }

    /**
     * The offer with every given opening applied, or null when an opening makes it unusable. A grant
     * opening an options grant can't carry (worth $0 at the price used) is left out.
     */
    static Offer withOpenings(Offer offer, BigDecimal base, BigDecimal grant, BigDecimal signOn) {
        Offer opened = offer;
        if (base != null) {
            opened = Move.BASE.to(opened, WholeDollars.of(base)).offer();
        }
        if (grant != null) {
            Moved granted = Move.EQUITY.to(opened, WholeDollars.of(grant));
            opened = granted == null ? opened : granted.offer();
        }
        if (signOn != null) {
            opened = Move.SIGN_ON.to(opened, WholeDollars.of(signOn)).offer();
        }
        return OfferValidator.problems(opened).isEmpty() ? opened : null;
    }

    /** The initial grant's whole value at the start price, options at their spread at the engine's price. */
    static long grantWorth(Offer offer) {
        if (offer.equity() == null) {
            return 0;
        }
        Projection projection = CompensationEngine.project(offer, SETTINGS);
        YearAmounts first = projection.year(1);
        BigDecimal signOn = BigDecimal.valueOf(totalSignOn(offer)).divide(FOUR, DIVISION);
        BigDecimal yearly = projection.tcAnnualized().subtract(first.base()).subtract(first.bonus()).subtract(signOn);
        return WholeDollars.of(yearly.multiply(BigDecimal.valueOf(offer.equity().vesting().years())));
    }

    static long totalSignOn(Offer offer) {
        return offer.signOns().stream().mapToLong(SignOnPayment::amount).sum();
    }

    // ---------------------------------------------------------------- levers

    /** An offer with one lever moved, and the figure that lever now shows (whole dollars). */
    private record Moved(Offer offer, long figure) {
    }

    /** A lever moved to a figure whose value is within the tolerance of the target. */
    private record Solved(Moved moved, BigDecimal value) {
        Offer offer() {
            return moved.offer();
        }
    }

    /** What one package moves. */
    private enum Move {
        BASE {
            @Override
            long current(Offer offer) {
                return offer.base();
            }

            @Override
            Moved to(Offer offer, long figure) {
                return new Moved(offer.withTerms(figure, offer.signOns(), offer.equity()), figure);
            }
        },
        /** One lump sum in year 1, in place of the offer's sign-on payments. */
        SIGN_ON {
            @Override
            long current(Offer offer) {
                return totalSignOn(offer);
            }

            @Override
            Moved to(Offer offer, long figure) {
                List<SignOnPayment> payments = figure == 0 ? List.of() : List.of(SignOnPayment.lumpSum(figure, 1));
                return new Moved(offer.withTerms(offer.base(), payments, offer.equity()), figure);
            }
        },
        /**
         * The initial grant worth the figure: an RSU grant's value (or its shares at its price), an
         * options grant's shares at its spread, a new standard 4-year RSU grant when there is none.
         * Null when the grant can't be worth anything (options with no spread, shares at no price).
         */
        EQUITY {
            @Override
            long current(Offer offer) {
                return grantWorth(offer);
            }

            @Override
            Moved to(Offer offer, long figure) {
                Equity equity = offer.equity();
                if (equity == null) {
                    return withGrant(offer, RsuGrant.ofValue(figure, Vesting.of(VestingPreset.STANDARD)), figure);
                }
                if (equity instanceof RsuGrant rsu && !rsu.isPrivate()) {
                    if (rsu.grantValue() != null) {
                        return withGrant(offer, RsuGrant.ofValue(figure, rsu.vesting()), figure);
                    }
                    if (rsu.sharePrice().signum() <= 0) {
                        return null;
                    }
                    long shares = BigDecimal.valueOf(figure).divide(rsu.sharePrice(), 0, RoundingMode.HALF_UP)
                            .longValueExact();
                    return withGrant(offer, new RsuGrant(null, shares, rsu.sharePrice(), rsu.vesting()),
                            WholeDollars.of(rsu.sharePrice().multiply(BigDecimal.valueOf(shares))));
                }
                // Options and a private company's shares: scale the count at what one is worth under the
                // offer's valuation, keeping every other term (valuation, type, early exercise, company).
                long worth = grantWorth(offer);
                if (worth <= 0 || equity.shareCount() <= 0) {
                    return null;
                }
                BigDecimal perShare = BigDecimal.valueOf(worth).divide(BigDecimal.valueOf(equity.shareCount()),
                        DIVISION);
                long shares = BigDecimal.valueOf(figure).divide(perShare, 0, RoundingMode.HALF_UP).longValueExact();
                return withGrant(offer, withShares(equity, shares),
                        WholeDollars.of(perShare.multiply(BigDecimal.valueOf(shares))));
            }
        };

        abstract long current(Offer offer);

        /** The offer with this lever at {@code figure}; null when the lever can't be set to it. */
        abstract Moved to(Offer offer, long figure);

        private static Equity withShares(Equity equity, long shares) {
            if (equity instanceof RsuGrant rsu) {
                return new RsuGrant(null, shares, rsu.sharePrice(), rsu.vesting(), rsu.fairMarketValue(),
                        rsu.fullyDilutedShares(), rsu.company());
            }
            OptionGrant options = (OptionGrant) equity;
            return new OptionGrant(shares, options.strike(), options.fairMarketValue(), options.preferredPrice(),
                    options.valuation(), options.fullyDilutedShares(), options.exerciseWindowMonths(),
                    options.vesting(), options.type(), options.earlyExercise(), options.company());
        }

        private static Moved withGrant(Offer offer, Equity grant, long figure) {
            return new Moved(offer.withTerms(offer.base(), offer.signOns(), grant), figure);
        }
    }

    /**
     * Moves one lever from {@code from} until the offer is worth {@code target} in the view, to a
     * precise figure; empty when the lever can't carry it.
     */
    private static Optional<Solved> solve(Move move, Offer from, PackageView view, BigDecimal target) {
        long start = move.current(from);
        Moved low = move.to(from, start);
        Moved high = move.to(from, start + PROBE);
        BigDecimal lowValue = low == null ? null : value(low.offer(), view);
        BigDecimal highValue = high == null ? null : value(high.offer(), view);
        if (lowValue == null || highValue == null || high.figure() <= low.figure()) {
            return Optional.empty();
        }
        BigDecimal slope = highValue.subtract(lowValue).divide(BigDecimal.valueOf(high.figure() - low.figure()),
                DIVISION);
        if (slope.compareTo(COUNTS_NOTHING) < 0) {
            return Optional.empty();
        }
        BigDecimal estimate = BigDecimal.valueOf(low.figure()).add(target.subtract(lowValue).divide(slope, DIVISION));
        // The engine is linear in each lever but for share rounding: check the estimate and correct it once.
        Moved check = estimate.signum() > 0 ? move.to(from, WholeDollars.of(estimate)) : null;
        BigDecimal checked = check == null ? null : value(check.offer(), view);
        if (checked != null) {
            estimate = BigDecimal.valueOf(check.figure()).add(target.subtract(checked).divide(slope, DIVISION));
        }
        for (long step : STEPS) {
            Optional<Solved> found = nearestPrecise(move, from, view, target, estimate, step);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The figure on {@code step} nearest the estimate that is not round and stays within the tolerance. */
    private static Optional<Solved> nearestPrecise(Move move, Offer from, PackageView view, BigDecimal target,
                                                   BigDecimal estimate, long step) {
        long centre = estimate.divide(BigDecimal.valueOf(step), 0, RoundingMode.HALF_UP).longValueExact() * step;
        List<Long> candidates = new ArrayList<>();
        for (int i = -CANDIDATES; i <= CANDIDATES; i++) {
            candidates.add(centre + i * step);
        }
        candidates.sort(Comparator.comparing(figure -> BigDecimal.valueOf(figure).subtract(estimate).abs()));
        for (long candidate : candidates) {
            Moved moved = candidate > 0 ? move.to(from, candidate) : null;
            if (moved == null || moved.figure() <= 0 || moved.figure() % PreciseFigures.ROUND.longValueExact() == 0) {
                continue;
            }
            BigDecimal value = value(moved.offer(), view);
            if (value != null && value.subtract(target).abs().compareTo(TOLERANCE) <= 0) {
                return Optional.of(new Solved(moved, value));
            }
        }
        return Optional.empty();
    }

    /**
     * A package led by one lever at the plan's own opening for it, the rest of the value as a sign-on:
     * each lever stays within what its evidence supports, so no package asks for more base or grant
     * than the plan does. Empty without an opening for the lever, when the opening alone reaches the
     * value (the one-lever package is then the same thing), or when the view counts nothing of it (the
     * lead would be free in the view, and the package worth more than the others).
     */
    private static Optional<EquivalentPackage> led(Move move, Offer offer, BigDecimal opening, PackageView view,
                                                   BigDecimal offered, BigDecimal target) {
        if (opening == null) {
            return Optional.empty();
        }
        Moved lead = move.to(offer, WholeDollars.of(opening));
        BigDecimal leadValue = lead == null ? null : value(lead.offer(), view);
        if (leadValue == null || target.subtract(leadValue).compareTo(TOLERANCE) <= 0
                || leadValue.subtract(offered).compareTo(TOLERANCE) <= 0) {
            return Optional.empty();
        }
        Optional<Solved> filled = solve(Move.SIGN_ON, lead.offer(), view, target);
        if (filled.isEmpty()) {
            return Optional.empty();
        }
        Offer led = filled.get().offer();
        String signOn = " and a sign-on bonus of " + Money.format(totalSignOn(led)) + " paid when I start";
        if (move == Move.BASE) {
            return Optional.of(pack("base", "More base", led, filled.get().value(), "A base of "
                    + Money.format(led.base()) + signOn + (offer.equity() == null ? "" : ", with the equity as offered")
                    + "."));
        }
        return Optional.of(pack("equity", "More equity", led, filled.get().value(),
                grantWords(offer, led.equity(), lead.figure()) + signOn + ", with the base as offered."));
    }

    /** Half the difference on base, the rest on a sign-on paid in year 1. */
    private static Optional<EquivalentPackage> split(Offer offer, PackageView view, BigDecimal offered,
                                                     BigDecimal target) {
        BigDecimal halfway = offered.add(target.subtract(offered).divide(BigDecimal.valueOf(2), DIVISION));
        Optional<Solved> base = solve(Move.BASE, offer, view, halfway);
        Optional<Solved> signOn = base.flatMap(moved -> solve(Move.SIGN_ON, moved.offer(), view, target));
        if (signOn.isEmpty()) {
            return Optional.empty();
        }
        Offer split = signOn.get().offer();
        String say = "A base of " + Money.format(split.base()) + " and a sign-on bonus of "
                + Money.format(totalSignOn(split)) + " paid when I start"
                + (offer.equity() == null ? "" : ", with the equity as offered") + ".";
        return Optional.of(pack("base_and_sign_on", "Base and sign-on", split, signOn.get().value(), say));
    }

    // ---------------------------------------------------------------- packages

    private static EquivalentPackage basePackage(Offer offer, Solved solved) {
        List<String> asOffered = new ArrayList<>();
        if (offer.equity() != null) {
            asOffered.add("equity");
        }
        if (totalSignOn(offer) > 0) {
            asOffered.add("sign-on");
        }
        String say = "A base of " + Money.format(solved.moved().figure()) + asOffered(asOffered) + ".";
        return pack("base", "More base", solved.offer(), solved.value(), say);
    }

    private static EquivalentPackage equityPackage(Offer offer, Solved solved) {
        List<String> asOffered = new ArrayList<>(List.of("base"));
        if (totalSignOn(offer) > 0) {
            asOffered.add("sign-on");
        }
        String what = grantWords(offer, solved.offer().equity(), solved.moved().figure());
        return pack("equity", "More equity", solved.offer(), solved.value(), what + asOffered(asOffered) + ".");
    }

    /** "An initial equity grant of $440,000", "An option grant of 50,000 shares", … */
    private static String grantWords(Offer offer, Equity grant, long worth) {
        String figure = Money.format(worth);
        if (offer.equity() == null) {
            return "An initial equity grant of " + figure + " in RSUs vesting over four years";
        } else if (grant instanceof OptionGrant options) {
            return "An option grant of " + String.format(Locale.US, "%,d", options.shares()) + " shares";
        } else if (grant instanceof RsuGrant rsu && rsu.grantValue() == null) {
            return "An initial equity grant of " + String.format(Locale.US, "%,d", rsu.shares()) + " shares (worth "
                    + figure + ")";
        }
        return "An initial equity grant of " + figure;
    }

    private static EquivalentPackage signOnPackage(Offer offer, Solved solved, LocalDate earlier) {
        List<String> asOffered = new ArrayList<>(List.of("base"));
        if (offer.equity() != null) {
            asOffered.add("equity");
        }
        String say = "A sign-on bonus of " + Money.format(solved.moved().figure()) + " paid when I start"
                + asOffered(asOffered).replaceFirst("^ with", ", with")
                + (earlier == null ? "" : ", and I can start two weeks earlier, on " + com.counteroffer.domain.input.Dates.formatLong(earlier)) + ".";
        return pack("sign_on", earlier == null ? "More sign-on" : "More sign-on, earlier start", solved.offer(),
                solved.value(), say);
    }

    /** " with the equity and sign-on as offered", or "" when nothing else is offered. */
    private static String asOffered(List<String> parts) {
        return parts.isEmpty() ? "" : " with the " + String.join(" and ", parts) + " as offered";
    }

    private static EquivalentPackage pack(String id, String label, Offer offer, BigDecimal value, String say) {
        return new EquivalentPackage(id, label, offer.base(), grantWorth(offer), totalSignOn(offer),
                BigDecimal.valueOf(WholeDollars.of(value)), say);
    }

    /**
     * Two weeks before the start date, when that still leaves {@link #LEAD_DAYS} after the later of
     * today and the deadline; null otherwise, or when the offer has no start date or neither date is known.
     */
    static LocalDate earlierStart(Offer offer, LocalDate today) {
        LocalDate start = offer.startDate();
        LocalDate reference = today == null ? offer.deadline()
                : offer.deadline() == null || today.isAfter(offer.deadline()) ? today : offer.deadline();
        if (start == null || reference == null) {
            return null;
        }
        LocalDate earlier = start.minusDays(EARLIER_START_DAYS);
        return earlier.isBefore(reference.plusDays(LEAD_DAYS)) ? null : earlier;
    }
}
