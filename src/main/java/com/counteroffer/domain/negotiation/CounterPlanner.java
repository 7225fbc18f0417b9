package com.counteroffer.domain.negotiation;

import com.counteroffer.domain.input.Dates;

import com.counteroffer.domain.money.Money;
import static com.counteroffer.domain.negotiation.PlanText.money;
import static com.counteroffer.domain.negotiation.PlanText.percent;
import static com.counteroffer.domain.negotiation.PlanText.range;
import static com.counteroffer.domain.negotiation.PlanText.upperFirst;

import com.counteroffer.domain.compensation.PrivateEquity;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.compensation.YearAmounts;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.market.LevelBand;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.market.MarketPosition;
import com.counteroffer.domain.market.MarketPositionEngine;
import com.counteroffer.domain.market.PayBasis;
import com.counteroffer.domain.market.Source;
import com.counteroffer.domain.equity.CompanyFacts;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.RemotePolicy;
import com.counteroffer.domain.offer.SignOnPayment;
import com.counteroffer.domain.profile.Profile;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Works out a counter-offer from the offer, the market band for its level, the user's profile and
 * the competing offers. Every number comes from a stated rule with its inputs, so the user can
 * check it and say it out loud (reference-data §7 for the conventions).
 */
public final class CounterPlanner {

    /** Above this share of base the bonus is unusual enough to warn that it is rarely negotiable. */
    static final BigDecimal BONUS_WARNING_SHARE = new BigDecimal("0.20");
    /** When nobody recorded how long the unvested equity has left, assume two years (labelled as such). */
    static final int ASSUMED_YEARS_LEFT = 2;
    /** When the offer has no equity to take the vesting years from, assume the usual four. */
    static final int ASSUMED_VESTING_YEARS = 4;
    /** "Within 48 hours" on calendar dates: today, tomorrow or the day after. */
    static final int DEADLINE_SOON_DAYS = 2;

    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    /** Shown on screen in warnings and asks: the one date format (see {@link Dates}). */
    private static final DateTimeFormatter DATE = Dates.DISPLAY;

    private CounterPlanner() {
    }

    public static CounterPlan plan(NegotiationInput input, PlanSettings settings) {
        return new Planning(input, settings).plan();
    }

    /** The whole dollars nearest to {@code amount}, halves up. */
    static BigDecimal whole(BigDecimal amount) {
        return BigDecimal.valueOf(WholeDollars.of(amount));
    }

    /** One planning run: the derived figures every rule shares, worked out once. */
    private static final class Planning {
        private final NegotiationInput input;
        private final PlanSettings settings;
        private final Offer offer;
        private final Profile profile;
        private final MarketDataset dataset;
        private final BigDecimal annualised;
        private final Level level;
        /** The level's band as published; {@link #band} is it scaled by the user's adjustments. */
        private final LevelBand publishedBand;
        private final LevelBand band;
        private final BigDecimal grant;
        private final int vestingYears;
        private final BigDecimal existingSignOn;
        private final Optional<CompetingOffer> bestBase;
        private final Optional<CompetingOffer> bestTotal;
        private final Optional<CompetingOffer> currentJob;
        private final BigDecimal onePlusMargin;
        private final List<String> notes = new ArrayList<>();
        private final List<Warning> warnings = new ArrayList<>();

        Planning(NegotiationInput input, PlanSettings settings) {
            this.input = input;
            this.settings = settings;
            this.offer = input.offer();
            this.profile = input.profile();
            this.dataset = input.dataset();
            Projection projection = input.projection();
            this.annualised = projection.tcAnnualized();
            this.level = offer.level() != null ? offer.level() : profile == null ? null : profile.level();
            this.publishedBand = level == null ? null : dataset.band(level);
            this.band = publishedBand == null ? null : adjusted(publishedBand, input.adjustments());
            this.existingSignOn = BigDecimal.valueOf(offer.signOns().stream().mapToLong(SignOnPayment::amount).sum());
            // The grant as the annualised view counts it (options at the projection's price), so the equity
            // rule and the annualised totals it matches agree exactly.
            YearAmounts first = projection.year(1);
            BigDecimal annualGrant = annualised.subtract(first.base()).subtract(first.bonus())
                    .subtract(existingSignOn.divide(FOUR, MathContext.DECIMAL128));
            this.vestingYears = offer.equity() == null ? ASSUMED_VESTING_YEARS : offer.equity().vesting().years();
            this.grant = offer.equity() == null ? BigDecimal.ZERO
                    : whole(annualGrant.multiply(BigDecimal.valueOf(vestingYears)));
            // A component is matched only from an offer worth more in total (or the current job, a floor for
            // base): citing a weaker offer's base invites "then take that one".
            this.bestBase = input.others().stream()
                    .filter(other -> other.offer().current() || other.projection().tcAnnualized().compareTo(annualised) > 0)
                    .max(Comparator.comparingLong(other -> other.offer().base()));
            this.bestTotal = input.others().stream()
                    .max(Comparator.comparing(other -> other.projection().tcAnnualized()));
            this.currentJob = input.others().stream().filter(other -> other.offer().current()).findFirst();
            this.onePlusMargin = BigDecimal.ONE.add(settings.anchorMargin());
        }

        CounterPlan plan() {
            if (offer.level() == null && level != null) {
                notes.add("The offer states no level, so the plan uses the level in your profile ("
                        + level.label() + ").");
            }
            if (band != null && !band.note().isEmpty()) {
                notes.add(band.title() + ": " + band.note());
            }
            if (band != null && input.adjustments().isEmpty()) {
                notes.add("The " + band.title() + " is used as published (" + range(band) + "); the seed gives no "
                        + "location, sector or education multiplier, so none is applied to the targets.");
            } else if (band != null) {
                notes.add("The " + band.title() + " is adjusted as on the Market screen ("
                        + input.adjustments().stream().map(a -> a.name() + " ×" + a.factor().stripTrailingZeros()
                                .toPlainString()).collect(java.util.stream.Collectors.joining(", "))
                        + "): " + range(publishedBand) + " becomes " + range(band) + ".");
            }
            notes.add("No bonus ask: bonus percentages are usually fixed per level, so the plan moves base, equity "
                    + "and sign-on instead.");

            List<Ask> asks = new ArrayList<>();
            // The grant closes what the base and sign-on targets leave of a gap, so it is worked out after them.
            List<Lever> order = new ArrayList<>(List.of(Lever.values()));
            order.remove(Lever.EQUITY);
            order.add(order.indexOf(Lever.SIGN_ON) + 1, Lever.EQUITY);
            for (Lever lever : order) {
                if (settings.uses(lever)) {
                    ask(lever, asks).ifPresent(asks::add);
                }
            }
            asks.sort(Comparator.comparing(Ask::lever));
            WalkAway walkAway = walkAway();
            guardrails(asks, walkAway);
            notes.add("Each ask names the evidence it stands on: a competing offer first, then the unvested equity you"
                    + " leave behind (sign-on), the market band, the job's posted range; without any, it stays within"
                    + " what a counter usually moves (+" + percent(settings.componentCeiling()) + " on base or grant, +"
                    + percent(settings.totalCeiling()) + " on the total: assumptions you can change).");
            notes.add("Openings worked out from a rule are precise figures (rounded down to $250, never a round $5,000):"
                    + " precise first offers move the other side more than round ones. A competing offer's figure is"
                    + " matched as it is.");
            notes.add("This plan is information to help you negotiate, not legal or tax advice.");
            MarketPosition position = position();
            BigDecimal unvested = profile == null || profile.unvestedEquity() == null ? null
                    : BigDecimal.valueOf(profile.unvestedEquity());
            List<String> talkingPoints = TalkingPoints.build(input, position, unvested);
            CounterPlan.Totals totals = new CounterPlan.Totals(whole(annualised), whole(totalWith(asks, Ask::target)),
                    whole(totalWith(asks, Ask::opening)));
            // The packages balance on a sign-on: without that lever there is nothing to offer them with.
            List<EquivalentPackage> packages = !settings.uses(Lever.SIGN_ON) ? List.of() : EquivalentPackages.of(
                    offer, settings.packageView(),
                    opening(asks, Lever.BASE), opening(asks, Lever.EQUITY), opening(asks, Lever.SIGN_ON), input.today());
            return new CounterPlan(asks, walkAway.amount(), walkAway.rule(), position, unvested, talkingPoints,
                    warnings, notes, totals, band, packages, NegotiationAdvice.of(asks, offer, input.today()));
        }

        private static BigDecimal opening(List<Ask> asks, Lever lever) {
            return asks.stream().filter(ask -> ask.lever() == lever).map(Ask::opening).findFirst().orElse(null);
        }

        private Optional<Ask> ask(Lever lever, List<Ask> before) {
            return switch (lever) {
                case BASE -> baseAsk();
                case EQUITY -> equityAsk(before);
                case SIGN_ON -> signOnAsk();
                case LEVEL -> levelAsk();
                case START_DATE -> startDateAsk();
                case REMOTE -> remoteAsk();
                case RELOCATION -> relocationAsk();
            };
        }

        /** A candidate figure from one piece of evidence: what to settle for and the most it supports. */
        private record Sized(Evidence evidence, BigDecimal target, BigDecimal opening, BigDecimal limit, String reason,
                             String rule) {
        }

        /**
         * Base: the first evidence that supports a raise, in the order of {@link Evidence} — the best
         * competing base, the band's target point (only a base band whose basis is not in doubt), the posted
         * range's target point — else the usual move ({@link PlanSettings#componentCeiling()}).
         */
        private Optional<Ask> baseAsk() {
            BigDecimal offerBase = BigDecimal.valueOf(offer.base());
            Map<String, String> inputs = new LinkedHashMap<>();
            inputs.put("offer base", money(offerBase) + " (" + offer.company() + " offer)");
            List<Sized> found = new ArrayList<>();
            bestBase.filter(other -> other.offer().base() > offer.base()).ifPresent(other -> {
                BigDecimal theirs = BigDecimal.valueOf(other.offer().base());
                inputs.put("best competing base", money(theirs) + " (" + other.label() + ")");
                found.add(matched(Evidence.COMPETING_OFFER, theirs, offerBase, other.label() + " pays a base of "
                        + money(theirs) + ", so the opening asks " + offer.company() + " to match it", "base",
                        "the best competing base (" + other.label() + ")"));
            });
            if (band != null) {
                inputs.put("band", range(band) + " (" + band.title() + "; " + cite(band.sourceId()) + ", "
                        + band.status().id() + ")");
                if (baseBandUsable()) {
                    bandSized("base", offerBase, band.min(), band.max(), Evidence.MARKET_BAND, "the " + band.title())
                            .ifPresent(found::add);
                } else {
                    notes.add("The " + band.title() + " (" + range(band) + ") sets no base target: "
                            + (band.basis() != PayBasis.BASE ? "it is total compensation."
                            : "the dataset flags it as more likely total compensation than base."));
                }
            }
            if (input.postedRange() != null) {
                PostedRange posted = input.postedRange();
                inputs.put("posted range", money(posted.min()) + " – " + money(posted.max()) + " (the job's posting, as"
                        + " you entered it)");
                bandSized("base", offerBase, posted.min(), posted.max(), Evidence.POSTED_RANGE,
                        "the posted range (" + money(posted.min()) + " – " + money(posted.max()) + ")")
                        .ifPresent(found::add);
            }
            inputs.put("anchor margin", percent(settings.anchorMargin()) + " (your setting)");
            // A usable band or the posted range the offer already sits high in still bounds the usual move:
            // not past the top either gives.
            BigDecimal cap = null;
            if (baseBandUsable()) {
                cap = BigDecimal.valueOf(band.max());
            }
            if (input.postedRange() != null) {
                BigDecimal postedTop = BigDecimal.valueOf(input.postedRange().max());
                cap = cap == null ? postedTop : cap.min(postedTop);
            }
            Sized sized = found.isEmpty() ? usualMove("base", offerBase, cap) : found.get(0);
            // 3: nothing to ask when the offer already sits at what the evidence allows.
            if (sized.opening().compareTo(offerBase.add(PreciseFigures.STEP)) < 0) {
                notes.add("No base ask: the offer's base of " + money(offerBase) + " is already at the top of what "
                        + "the evidence supports (" + money(sized.limit()) + "); lean on the other components.");
                return Optional.empty();
            }
            found.stream().skip(1).forEach(other -> inputs.put("also supported",
                    money(other.target()) + " from " + other.evidence().label()));
            if (found.isEmpty()) {
                inputs.put("usual move", "+" + percent(settings.componentCeiling()) + " at most (assumption: "
                        + "your setting)");
            }
            String pay = money(sized.opening());
            String say = switch (sized.evidence()) {
                case COMPETING_OFFER -> bestBase.get().offer().current()
                        ? "My base today is " + pay + ", so to make the move I'd need the base to at least match it."
                        : "I have another offer with a base of " + pay + ". If " + offer.company() + " can match that,"
                                + " it would make my decision much easier.";
                case MARKET_BAND -> "From what I've seen of pay for this level, I'd like to ask for a base of " + pay + ".";
                case POSTED_RANGE -> "The posting lists " + money(input.postedRange().min()) + " to "
                        + money(input.postedRange().max()) + " for this role; given my experience, I'd like to ask "
                        + "for a base of " + pay + ".";
                default -> "I'd like to ask for a base of " + pay + ".";
            };
            String ifPushed = switch (sized.evidence()) {
                case COMPETING_OFFER -> "I understand base may be tight. Could the difference come through the "
                        + "initial grant or a sign-on bonus instead?";
                case MARKET_BAND, POSTED_RANGE -> "Where in the range for this role does the offer sit, and what would"
                        + " it take to move toward the upper part? If base is fixed, could the rest come as equity or"
                        + " a sign-on bonus?";
                default -> "Is there any flexibility on base? If not, I'd be glad to look at the initial grant or a "
                        + "sign-on bonus instead.";
            };
            String text = "Ask for a base of " + pay + "; settle at " + money(sized.target()) + " or above (the offer "
                    + "is " + money(offerBase) + ", " + change(sized.opening(), offerBase) + ").";
            return Optional.of(new Ask(Lever.BASE, sized.target(), sized.opening(), sized.evidence(), sized.limit(),
                    upperFirst(sized.reason()) + ".", sized.rule(), inputs, text, say, ifPushed));
        }

        private boolean baseBandUsable() {
            return band != null && band.basis() == PayBasis.BASE && !band.basisInDoubt();
        }

        /**
         * A competing figure matched: the opening is their figure as it is (a real number, not rounded), the
         * target sits the anchor margin below it, never below the offer's own.
         */
        private Sized matched(Evidence evidence, BigDecimal theirs, BigDecimal ours, String reason, String what,
                              String from) {
            BigDecimal halfway = whole(ours.add(theirs).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64));
            BigDecimal target = whole(theirs.divide(onePlusMargin, MathContext.DECIMAL64)).max(halfway);
            return new Sized(evidence, target, theirs, theirs, reason, what + " opening " + money(theirs) + " = "
                    + from + ", matched; target " + money(target) + " = " + money(theirs) + " ÷ "
                    + onePlusMargin.toPlainString() + " (the anchor margin below it), at least halfway from the offer's "
                    + money(ours));
        }

        /**
         * A range's target point, when it is above the offer's figure: target {@code targetPosition} of the way
         * through; opening the anchor margin above it, held at the range's top.
         */
        private Optional<Sized> bandSized(String what, BigDecimal ours, long min, long max, Evidence evidence,
                                          String name) {
            BigDecimal point = whole(BigDecimal.valueOf(min).add(settings.targetPosition()
                    .multiply(BigDecimal.valueOf(max - min))));
            if (point.compareTo(ours) <= 0) {
                notes.add("The " + percent(settings.targetPosition()) + " point of " + name + " (" + money(point)
                        + ") is not above the offer's " + what + " (" + money(ours) + "), so it gives no " + what
                        + " target.");
                return Optional.empty();
            }
            BigDecimal top = BigDecimal.valueOf(max);
            BigDecimal opening = held(point.multiply(onePlusMargin), top);
            BigDecimal target = point.min(opening);
            return Optional.of(new Sized(evidence, target, opening, top, "the offer's " + what + " is below the "
                    + percent(settings.targetPosition()) + " point of " + name, what + " target " + money(target)
                    + " = " + money(min) + " + " + percent(settings.targetPosition()) + " × (" + money(max) + " − "
                    + money(min) + "), " + percent(settings.targetPosition()) + " through " + name + "; opening "
                    + money(opening) + " = " + money(point) + " × " + onePlusMargin.toPlainString() + " as a "
                    + "precise figure" + (opening.compareTo(PreciseFigures.of(point.multiply(onePlusMargin))) < 0
                    ? ", held at the top of the range (" + money(top) + ")" : "")));
        }

        /**
         * No evidence: the opening is the usual move above the offer's figure (held at {@code cap} when one is
         * given), the target the anchor margin below it.
         */
        private Sized usualMove(String what, BigDecimal ours, BigDecimal cap) {
            BigDecimal usual = whole(ours.multiply(BigDecimal.ONE.add(settings.componentCeiling())));
            BigDecimal limit = cap == null ? usual : usual.min(cap);
            BigDecimal opening = PreciseFigures.of(limit).max(ours);
            BigDecimal target = whole(opening.divide(onePlusMargin, MathContext.DECIMAL64)).max(ours);
            return new Sized(Evidence.USUAL_MOVE, target, opening, limit, "nothing you have entered supports a higher"
                    + " figure (no better competing offer, usable band or posted range), so the ask stays within what"
                    + " a counter usually moves: +" + percent(settings.componentCeiling()) + " at most, an assumption"
                    + " you can change", what + " opening " + money(opening) + " = " + money(ours) + " × (1 + "
                    + percent(settings.componentCeiling()) + " usual move, an assumption) as a precise figure"
                    + (limit.compareTo(usual) < 0 ? ", held at the top of " + (input.postedRange() != null
                    && limit.compareTo(BigDecimal.valueOf(input.postedRange().max())) == 0 ? "the posted range"
                    : "the " + band.title()) + " (" + money(limit) + ")" : "") + "; target " + money(target) + " = the opening ÷ " + onePlusMargin.toPlainString());
        }

        /** The precise figure for {@code amount}, but never above {@code limit}. */
        private static BigDecimal held(BigDecimal amount, BigDecimal limit) {
            return PreciseFigures.of(amount.min(limit));
        }

        /**
         * Which other valuation could size an ask: the preferred price only when it is given and wasn't
         * the one used (the 409A price is used for "preferred" when no preferred price is given).
         */
        private String revalueHint(PrivateEquity valued) {
            boolean preferredKnown = CompanyFacts.of(offer.equity()).preferredPrice() != null;
            if (valued.basis() != ValuationBasis.PREFERRED && preferredKnown) {
                return "Value them at the preferred price or over exit scenarios (the valuation choice on the plan)"
                        + " to size one.";
            }
            return preferredKnown ? "Value them over exit scenarios (the valuation choice on the plan) to size one."
                    : "No preferred price is given, so the preferred choice falls back to the 409A price: give what"
                            + " investors last paid per share (or the valuation and fully diluted shares) to size one.";
        }

        /**
         * Equity: a better competing total (the grant that closes what the base target leaves of the gap), the
         * total-compensation band's target point, else the usual move on the grant.
         */
        private Optional<Ask> equityAsk(List<Ask> before) {
            Map<String, String> inputs = new LinkedHashMap<>();
            PrivateEquity valued = input.projection().privateEquity();
            inputs.put("offer grant", money(grant) + (offer.equity() == null ? " (the offer has no equity)"
                    : valued != null ? " (" + units(valued.units()) + " " + valued.unitWord() + " " + valued.atWords()
                            + (valued.options() ? " less the strike of " + Money.sharePrice(valued.strike()) : "") + ", "
                            + Money.sharePrice(valued.perUnit()) + (valued.options() ? " an option" : " a share")
                            + ", as the annualised total counts them; the valuation is the offer's choice)"
                    : " (initial grant at the start price, as the annualised total counts it)"));
            inputs.put("offer annualised total", money(annualised) + " (Levels.fyi style)");
            BigDecimal years = BigDecimal.valueOf(vestingYears);
            // What the base and sign-on targets already add to the annualised total.
            BigDecimal othersAdd = whole(totalWith(before, Ask::target).subtract(annualised));
            Optional<CompetingOffer> better = bestTotal.filter(other -> other.projection().tcAnnualized()
                    .compareTo(annualised) > 0);
            if (valued != null && valued.perUnit().signum() == 0) {
                notes.add("No equity ask in dollars: the " + valued.unitWord() + " are worth $0 " + valued.atWords()
                        + (valued.options() ? " (the strike is not below it)" : "") + ", so no grant in dollars can be"
                        + " sized from them. " + revalueHint(valued) + " Or ask how many shares are outstanding"
                        + " (fully diluted) and what investors last paid per share.");
                return Optional.empty();
            }
            Sized sized = null;
            if (better.isPresent()) {
                CompetingOffer other = better.get();
                BigDecimal theirs = whole(other.projection().tcAnnualized());
                BigDecimal gap = theirs.subtract(whole(annualised));
                inputs.put("best competing annualised total", money(theirs) + " (" + other.label() + ")");
                inputs.put("vesting years", vestingYears + (offer.equity() == null
                        ? " (assumption: the offer has no equity, so the usual four years)" : " (the offer's schedule)"));
                BigDecimal left = gap.subtract(othersAdd);
                if (left.signum() <= 0) {
                    notes.add("No equity ask: the base and sign-on targets already close the " + money(gap) + " a year"
                            + " between this offer and " + other.label() + ".");
                    return Optional.empty();
                }
                BigDecimal target = whole(grant.add(left.multiply(years)));
                BigDecimal limit = whole(grant.add(gap.multiply(years)));
                BigDecimal opening = held(target.multiply(onePlusMargin), limit).max(target.min(limit));
                sized = new Sized(Evidence.COMPETING_OFFER, target.min(opening), opening, limit, other.label()
                        + " is worth " + money(theirs) + " a year in total, " + money(gap) + " more; the grant closes what"
                        + " the base and sign-on targets leave of that gap", "equity target " + money(target) + " = the grant "
                        + money(grant) + " + (" + money(gap) + " gap − " + money(othersAdd) + " the base and sign-on "
                        + "targets add) × " + vestingYears + " vesting years; opening " + money(opening) + " = the target × "
                        + onePlusMargin.toPlainString() + " as a precise figure, held at " + money(limit)
                        + " (the whole gap in equity)");
            } else if (band != null && band.basis() == PayBasis.TOTAL_COMP && !band.basisInDoubt()) {
                BigDecimal point = whole(BigDecimal.valueOf(band.min()).add(settings.targetPosition()
                        .multiply(BigDecimal.valueOf(band.max() - band.min()))));
                BigDecimal left = point.subtract(whole(annualised)).subtract(othersAdd);
                inputs.put("band", range(band) + " (" + band.title() + "; " + cite(band.sourceId()) + ")");
                if (left.signum() > 0) {
                    BigDecimal target = whole(grant.add(left.multiply(years)));
                    BigDecimal limit = whole(grant.add(BigDecimal.valueOf(band.max()).subtract(whole(annualised))
                            .subtract(othersAdd).max(BigDecimal.ZERO).multiply(years)));
                    BigDecimal opening = held(target.multiply(onePlusMargin), limit).max(target.min(limit));
                    sized = new Sized(Evidence.MARKET_BAND, target.min(opening), opening, limit, "the offer's "
                            + "annualised total is below the " + percent(settings.targetPosition()) + " point of the "
                            + band.title() + " (" + money(point) + ")", "equity target " + money(target)
                            + " = the grant " + money(grant) + " + (" + money(point) + " band point − "
                            + money(annualised) + " offer − " + money(othersAdd) + " the base and sign-on targets add) × "
                            + vestingYears + " vesting years; opening " + money(opening) + " = the target × "
                            + onePlusMargin.toPlainString() + " as a precise figure, held at the band's top");
                }
            }
            if (sized == null) {
                if (grant.signum() == 0) {
                    notes.add("No equity ask: the offer has no equity of value, and no competing offer or band "
                            + "supports one.");
                    return Optional.empty();
                }
                sized = usualMove("grant", grant, null);
                inputs.put("usual move", "+" + percent(settings.componentCeiling()) + " at most (assumption: your setting)");
            }
            inputs.put("anchor margin", percent(settings.anchorMargin()) + " (your setting)");
            String pay = money(sized.opening());
            String say = switch (sized.evidence()) {
                case COMPETING_OFFER -> (better.get().offer().current() ? "My current package is worth about "
                        : "My other offer is worth about ") + money(better.get().projection().tcAnnualized())
                        + " a year in total. An initial equity grant of " + pay + " would bring this one level with it.";
                case MARKET_BAND -> "An initial equity grant of " + pay + " would bring the package in line with what"
                        + " this level is paid in total.";
                default -> "Could you increase the initial equity grant to " + pay + "?";
            };
            String ifPushed = sized.evidence() == Evidence.COMPETING_OFFER
                    ? "If the grant can't move that far, could part of the gap come as a sign-on bonus or a higher base?"
                    : "If the grant is fixed, could the first refresher, or a faster vesting schedule, make up part of it?";
            String text = "Ask for an initial equity grant of " + pay + inUnits(valued, sized.opening())
                    + "; settle at " + money(sized.target()) + inUnits(valued, sized.target()) + " or above (the offer is "
                    + money(grant) + inUnits(valued, grant) + ").";
            if (valued != null) {
                String inOptions = units(unitsWorth(valued, sized.opening())) + " " + valued.unitWord() + " (about "
                        + pay + " " + valued.atWords() + ")";
                say = say.replace("initial equity grant of " + pay, "initial grant of " + inOptions)
                        .replace("initial equity grant to " + pay, "initial grant to " + inOptions);
                inputs.put("value per " + (valued.options() ? "option" : "share"), Money.sharePrice(valued.perUnit()) + " "
                        + valued.atWords() + (valued.options() ? " − the strike of " + Money.sharePrice(valued.strike()) : "")
                        + "; grant in " + valued.unitWord() + " = dollars ÷ this, rounded");
            }
            return Optional.of(new Ask(Lever.EQUITY, sized.target(), sized.opening(), sized.evidence(), sized.limit(),
                    upperFirst(sized.reason()) + ".", sized.rule(), inputs, text, say, ifPushed));
        }

        /** " (69,000 options at the preferred price of $12.00)" for options or private shares; "" otherwise. */
        private static String inUnits(PrivateEquity valued, BigDecimal dollars) {
            return valued == null ? "" : " (" + units(unitsWorth(valued, dollars)) + " " + valued.unitWord() + " "
                    + valued.atWords() + ")";
        }

        /** Dollars ÷ the value of one option or share, to the nearest whole unit. */
        private static long unitsWorth(PrivateEquity valued, BigDecimal dollars) {
            return dollars.divide(valued.perUnit(), 0, java.math.RoundingMode.HALF_UP).longValueExact();
        }

        private static String units(long count) {
            return String.format(java.util.Locale.ROOT, "%,d", count);
        }

        /** What a base of {@code newBase} adds to the annualised total: the raise, with a percentage bonus on it. */
        private BigDecimal raiseAnnualised(BigDecimal newBase) {
            BigDecimal raise = newBase.subtract(BigDecimal.valueOf(offer.base())).max(BigDecimal.ZERO);
            BigDecimal bonusShare = offer.bonus().percentOfBase() == null ? BigDecimal.ZERO
                    : offer.bonus().percentOfBase().movePointLeft(2);
            return whole(raise.multiply(BigDecimal.ONE.add(bonusShare)));
        }

        /**
         * Sign-on: the larger of a competing sign-on (matched) and the unvested equity left behind — what the
         * current job would vest in the next year (its year-1 projection), or the profile's unvested equity
         * over the years left — held at all the unvested equity.
         */
        private Optional<Ask> signOnAsk() {
            Map<String, String> inputs = new LinkedHashMap<>();
            BigDecimal unvested = profile == null || profile.unvestedEquity() == null ? null
                    : BigDecimal.valueOf(profile.unvestedEquity());
            Optional<CompetingOffer> withEquity = currentJob.filter(job -> job.offer().equity() != null
                    || !job.offer().refreshers().isEmpty());
            BigDecimal target = null;
            BigDecimal limit = null;
            String rule = null;
            if (withEquity.isPresent() && yearOneEquity(withEquity.get()).signum() > 0) {
                CompetingOffer job = withEquity.get();
                BigDecimal nextYear = whole(yearOneEquity(job));
                inputs.put("current job equity vesting in a year", money(nextYear) + " (year 1 of the projection of "
                        + job.label() + ", initial grant and refreshers)");
                if (unvested != null) {
                    inputs.put("unvested equity left behind", money(unvested) + " (your profile)");
                }
                if (unvested != null && unvested.compareTo(nextYear) < 0) {
                    target = unvested;
                    rule = "sign-on target " + money(target) + " = your unvested equity (profile), which is less than"
                            + " the " + money(nextYear) + " " + job.label() + " vests in year 1 of its projection";
                } else {
                    target = nextYear;
                    rule = "sign-on target " + money(target) + " = the equity " + job.label() + " vests in year 1 of"
                            + " its projection: what leaving gives up over the next 12 months";
                }
                limit = unvested == null ? nextYear : unvested.max(target);
            } else if (unvested != null && unvested.signum() > 0) {
                inputs.put("unvested equity left behind", money(unvested) + " (your profile)");
                inputs.put("years left to vest", ASSUMED_YEARS_LEFT
                        + " (assumption: not recorded; edit if yours differs)");
                target = whole(unvested.divide(BigDecimal.valueOf(ASSUMED_YEARS_LEFT), MathContext.DECIMAL64));
                rule = "sign-on target " + money(target) + " = your unvested equity " + money(unvested) + " ÷ "
                        + ASSUMED_YEARS_LEFT + " years left to vest (assumed): what leaving gives up over the next 12 months";
                limit = unvested;
            }
            Optional<CompetingOffer> richer = input.others().stream().filter(other -> !other.offer().current()
                            && other.projection().tcAnnualized().compareTo(annualised) > 0)
                    .max(Comparator.comparingLong(Planning::signOnTotal))
                    .filter(other -> signOnTotal(other) > existingSignOn.longValue());
            Sized sized = null;
            if (richer.isPresent() && (target == null
                    || BigDecimal.valueOf(signOnTotal(richer.get())).compareTo(target) >= 0)) {
                BigDecimal theirs = BigDecimal.valueOf(signOnTotal(richer.get()));
                inputs.put("best competing sign-on", money(theirs) + " (" + richer.get().label() + ")");
                sized = matched(Evidence.COMPETING_OFFER, theirs, existingSignOn, richer.get().label()
                        + " offers a sign-on of " + money(theirs) + " in total, so the opening asks for the same",
                        "sign-on", "the best competing sign-on (" + richer.get().label() + ")");
            } else if (target != null) {
                if (existingSignOn.compareTo(target) >= 0) {
                    notes.add("No sign-on ask: the offer's sign-on of " + money(existingSignOn) + " already covers the "
                            + money(target) + " of equity you would leave behind in the next 12 months.");
                    return Optional.empty();
                }
                BigDecimal opening = held(target.multiply(onePlusMargin), limit).max(target);
                sized = new Sized(Evidence.UNVESTED_EQUITY, target, opening, limit.max(opening), "leaving your current job"
                        + " gives up about " + money(target) + " of equity over the next 12 months", rule + "; opening "
                        + money(opening) + " = the target × " + onePlusMargin.toPlainString() + " as a precise figure,"
                        + " held at the unvested equity you leave behind (" + money(limit) + "); the amounts are the "
                        + "sign-on in total, not on top of the offer's");
            } else {
                notes.add("No sign-on ask: no unvested equity is recorded in your profile or current job, and no "
                        + "competing offer has a larger sign-on.");
                return Optional.empty();
            }
            inputs.put("offer sign-on", money(existingSignOn) + " (" + offer.company() + " offer)");
            inputs.put("anchor margin", percent(settings.anchorMargin()) + " (your setting)");
            String pay = money(sized.opening());
            String say = sized.evidence() == Evidence.COMPETING_OFFER
                    ? "My other offer includes a sign-on bonus of " + pay + "; could " + offer.company() + " match it?"
                    : "Moving means leaving about " + money(target) + " of unvested equity behind in the next year. A "
                            + "sign-on bonus of " + pay + " would bridge that.";
            String ifPushed = sized.evidence() == Evidence.COMPETING_OFFER
                    ? "If that is hard as cash, could part of it come as a larger initial grant?"
                    : "If one payment is hard, could it be split over the first year, or could my start date move so"
                            + " that I vest first?";
            String text = "Ask for a sign-on bonus of " + pay + " in total" + (sized.evidence() == Evidence.UNVESTED_EQUITY
                    ? " to make up for the equity you leave behind" : "") + "; settle at " + money(sized.target())
                    + " or above (the offer is " + money(existingSignOn) + ").";
            return Optional.of(new Ask(Lever.SIGN_ON, sized.target(), sized.opening(), sized.evidence(), sized.limit(),
                    upperFirst(sized.reason()) + ".", sized.rule(), inputs, text, say, ifPushed));
        }

        private static long signOnTotal(CompetingOffer other) {
            return other.offer().signOns().stream().mapToLong(SignOnPayment::amount).sum();
        }

        /** "+5.3 %" of {@code from}. */
        private static String change(BigDecimal to, BigDecimal from) {
            if (from.signum() == 0) {
                return "new";
            }
            BigDecimal share = to.subtract(from).divide(from, 3, RoundingMode.HALF_UP);
            return (share.signum() >= 0 ? "+" : "") + percent(share);
        }

        private BigDecimal yearOneEquity(CompetingOffer job) {
            YearAmounts first = job.projection().year(1);
            return first.equity().add(first.refreshers());
        }

        /** Ask to be levelled up when the profile's level is higher, or the base already tops the band. */
        private Optional<Ask> levelAsk() {
            Map<String, String> inputs = new LinkedHashMap<>();
            if (offer.level() == null) {
                String basis = level == null ? "" : " The plan used your profile's level (" + level.label()
                        + ") in its place.";
                return Optional.of(new Ask(Lever.LEVEL, null, null, Evidence.TERMS, null,
                        "The offer states no level, and the level sets the band for every raise and refresher.",
                        "level ask: the offer states no level, and the level sets the band for every raise and refresher",
                        inputs, "Ask which level the offer is at, and how the company's band for it reads." + basis,
                        "Could you tell me which level this offer is at, and what the range for that level is?",
                        "If the level isn't settled yet, what would decide it, and when?"));
            }
            Level offered = offer.level();
            LevelBand offeredBand = dataset.band(offered);
            inputs.put("offer level", offered.label() + " (" + range(offeredBand) + " " + offeredBand.basis().label() + ")");
            List<String> reasons = new ArrayList<>();
            Level wanted = null;
            if (profile != null && profile.level() != null && profile.level().ordinal() > offered.ordinal()) {
                inputs.put("your level", profile.level().label() + " (your profile)");
                reasons.add("your profile's level is " + profile.level().label() + ", above the offer's "
                        + offered.label());
                wanted = profile.level();
            }
            if (offeredBand.basis() == PayBasis.BASE && offer.base() > offeredBand.max()) {
                inputs.put("offer base", money(offer.base()) + " (" + offer.company() + " offer)");
                reasons.add("the offer's base " + money(offer.base()) + " is above the top of the "
                        + offeredBand.title() + " (" + range(offeredBand) + (offeredBand.openTop()
                        ? "; the top is open, but pay there usually comes with the next level" : "") + ")");
                if (wanted == null && offered.ordinal() + 1 < Level.values().length) {
                    wanted = Level.values()[offered.ordinal() + 1];
                }
            }
            if (reasons.isEmpty()) {
                notes.add("No level ask: the offer's level (" + offered.label() + ") is "
                        + (profile == null || profile.level() == null ? "not below a level in your profile"
                                : "not below your profile's (" + profile.level().label() + ")")
                        + " and its base is not above the band's top.");
                return Optional.empty();
            }
            String target = wanted == null ? "the next level up" : wanted.label();
            String bandText = "";
            if (wanted != null) {
                LevelBand wantedBand = dataset.band(wanted);
                inputs.put("wanted level", wanted.label() + " (" + range(wantedBand) + " " + wantedBand.basis().label() + ")");
                bandText = " The " + wantedBand.title() + " is " + range(wantedBand) + ", against "
                        + range(offeredBand) + " for " + offered.label() + ".";
            }
            String rule = "level ask: " + String.join("; ", reasons);
            String text = "Ask to be levelled " + target + " rather than " + offered.label() + ": "
                    + String.join(", and ", reasons) + "." + bandText;
            boolean experience = inputs.containsKey("your level");
            String say = "Could we talk about the level? " + (experience
                    ? "My experience matches the " + wanted.label() + " level, and I'd like the offer to reflect it."
                    : "The base you've offered is already past the top of the range for " + offered.label()
                            + ", which usually comes with the next level.");
            String ifPushed = "What would you need to see to level me at " + target + ", and could we agree a level "
                    + "review after six months in writing?";
            return Optional.of(new Ask(Lever.LEVEL, null, null, Evidence.TERMS, null, upperFirst(reasons.get(0)) + ".",
                    rule, inputs, text, say, ifPushed));
        }

        private Optional<Ask> startDateAsk() {
            Map<String, String> inputs = new LinkedHashMap<>();
            String when = offer.startDate() == null ? "no start date yet" : offer.startDate().format(DATE);
            inputs.put("offer start date", when + " (" + offer.company() + " offer)");
            String text;
            if (currentJob.isPresent() && currentJob.get().offer().equity() != null) {
                inputs.put("current job", currentJob.get().label() + " (has equity vesting)");
                text = (offer.startDate() == null ? "Agree a start date" : "Before confirming " + when + ", check")
                        + " when your next equity vests at " + currentJob.get().offer().company()
                        + "; if it is soon after, ask to start just after it so you don't leave it behind.";
            } else {
                text = (offer.startDate() == null ? "Agree a start date" : "Confirm " + when + " works")
                        + " with room for your notice period and a short break; a later start costs the company little.";
            }
            String say = currentJob.isPresent() && currentJob.get().offer().equity() != null
                    ? "Could we set the start date just after my next vesting date at my current job? I'd rather not "
                            + "leave that equity behind."
                    : offer.startDate() == null ? "Could we agree a start date that leaves room for my notice period?"
                    : "Does " + when + " still work as a start date? I'd like to leave room for a proper handover.";
            String ifPushed = "Which dates would work best on your side? I'm flexible by a week or two.";
            return Optional.of(new Ask(Lever.START_DATE, null, null, Evidence.TERMS, null,
                    "A start date costs the company little to move, and can save equity you would otherwise leave.",
                    "start-date ask: the offer's start date is " + when + "; timing costs the company little to move",
                    inputs, text, say, ifPushed));
        }

        private Optional<Ask> remoteAsk() {
            String home = profile == null ? null : profile.location();
            RemotePolicy policy = offer.remotePolicy();
            if (!"remote".equals(home) || policy == RemotePolicy.REMOTE) {
                return Optional.empty();
            }
            Map<String, String> inputs = new LinkedHashMap<>();
            inputs.put("your location", "remote (your profile)");
            inputs.put("offer remote policy", (policy == null ? "not stated" : policy.label())
                    + " (" + offer.company() + " offer)");
            String text = policy == null
                    ? "Ask for the remote policy in writing: you work remotely today and the offer doesn't say."
                    : "Ask whether the role can be remote: you work remotely today and the offer is " + policy.label()
                            + "; if not, ask how many office days are expected and whether travel is paid.";
            return Optional.of(new Ask(Lever.REMOTE, null, null, Evidence.TERMS, null,
                    "You work remotely today and the offer is " + (policy == null ? "silent on it" : policy.label()) + ".",
                    "remote ask: your profile says remote and the offer's policy is "
                            + (policy == null ? "not stated" : policy.label()), inputs, text,
                    "I work remotely today. Could this role be remote as well, or mostly remote?",
                    "How many office days would be expected, and would travel to the office be covered?"));
        }

        private Optional<Ask> relocationAsk() {
            String home = profile == null ? null : profile.location();
            if (offer.relocation() > 0 || offer.location() == null || home == null || home.equals(offer.location())
                    || offer.remotePolicy() == RemotePolicy.REMOTE) {
                return Optional.empty();
            }
            String there = hubLabel(offer.location());
            String here = hubLabel(home);
            Map<String, String> inputs = new LinkedHashMap<>();
            inputs.put("offer location", there + " (" + offer.company() + " offer)");
            inputs.put("your location", here + " (your profile)");
            inputs.put("offer relocation", "$0 (" + offer.company() + " offer)");
            String text = "Ask for relocation support: the role is in " + there + ", you are "
                    + ("remote".equals(home) ? "working remotely" : "in " + here)
                    + ", and the offer includes none. A lump sum or paid moving costs both work.";
            return Optional.of(new Ask(Lever.RELOCATION, null, null, Evidence.TERMS, null,
                    "The role is in " + there + ", you are not, and the offer includes no relocation.",
                    "relocation ask: the offer's location (" + there + ") differs from yours (" + here
                            + ") and its relocation is $0", inputs, text,
                    "Would " + offer.company() + " support the move to " + there + ", as a lump sum or by covering the"
                            + " moving costs?",
                    "If relocation isn't in the budget, could the same amount come as part of the sign-on bonus?"));
        }

        private String hubLabel(String id) {
            return dataset.hub(id).map(hub -> hub.label()).orElse(id);
        }

        private record WalkAway(BigDecimal amount, String rule) {
        }

        private WalkAway walkAway() {
            if (input.walkAwayOverride() != null) {
                return new WalkAway(whole(input.walkAwayOverride()), "your own walk-away point: "
                        + money(input.walkAwayOverride()) + " annualised");
            }
            if (bestTotal.isPresent()) {
                CompetingOffer best = bestTotal.get();
                BigDecimal amount = whole(best.projection().tcAnnualized());
                String among = currentJob.isPresent() ? "your current job and other offers" : "your other offers";
                return new WalkAway(amount, "the best annualised total (Levels.fyi style) among " + among + ": "
                        + best.label() + ", " + money(amount));
            }
            if (profile != null && profile.currentTotalComp() != null) {
                BigDecimal amount = BigDecimal.valueOf(profile.currentTotalComp());
                return new WalkAway(amount, "your current pay from your profile (base + bonus + yearly equity): "
                        + money(amount));
            }
            return new WalkAway(null, "no walk-away point: no current job, other offer or current pay is saved; "
                    + "set one yourself");
        }

        /** The offer's base in a base band, or its annualised total in a total-compensation band. */
        private MarketPosition position() {
            if (publishedBand == null) {
                return null;
            }
            long value = publishedBand.basis() == PayBasis.BASE ? offer.base() : WholeDollars.of(annualised);
            return MarketPositionEngine.position(publishedBand, publishedBand.basis(), value,
                    band == publishedBand ? List.of() : input.adjustments());
        }

        /** The band scaled by the adjustments' combined factor, as the Market screen draws it. */
        private static LevelBand adjusted(LevelBand published, List<com.counteroffer.domain.market.Adjustment> adjustments) {
            if (adjustments.isEmpty()) {
                return published;
            }
            BigDecimal factor = adjustments.stream().map(com.counteroffer.domain.market.Adjustment::factor)
                    .reduce(BigDecimal.ONE, BigDecimal::multiply);
            long min = BigDecimal.valueOf(published.min()).multiply(factor).setScale(0, RoundingMode.HALF_UP).longValueExact();
            long max = BigDecimal.valueOf(published.max()).multiply(factor).setScale(0, RoundingMode.HALF_UP).longValueExact();
            if (max <= min) {
                return published;
            }
            return new LevelBand(published.level(), min, max, published.openTop(), published.basis(),
                    published.sourceId(), published.status(), published.note());
        }

        private String cite(String sourceId) {
            return dataset.source(sourceId).map(Source::citation).orElse(sourceId);
        }

        /**
         * The annualised total if every ask were granted at the figure {@code figure} picks (target or
         * opening): base (with a percentage bonus moving with it), the extra grant over its vesting years,
         * and the extra sign-on over four years.
         */
        private BigDecimal totalWith(List<Ask> asks, java.util.function.Function<Ask, BigDecimal> figure) {
            BigDecimal total = annualised;
            for (Ask ask : asks) {
                BigDecimal amount = figure.apply(ask);
                if (amount == null) {
                    continue;
                }
                switch (ask.lever()) {
                    case BASE -> total = total.add(raiseAnnualised(amount));
                    case EQUITY -> total = total.add(amount.subtract(grant).max(BigDecimal.ZERO)
                            .divide(BigDecimal.valueOf(vestingYears), MathContext.DECIMAL128));
                    case SIGN_ON -> total = total.add(amount.subtract(existingSignOn).max(BigDecimal.ZERO)
                            .divide(FOUR, MathContext.DECIMAL128));
                    default -> {
                    }
                }
            }
            return total;
        }

        private void guardrails(List<Ask> asks, WalkAway walkAway) {
            BigDecimal openingTotal = whole(totalWith(asks, Ask::opening));
            for (Ask ask : asks) {
                if (ask.exceedsEvidence()) {
                    warnings.add(new Warning(Warning.ABOVE_EVIDENCE, "The " + ask.lever().label().toLowerCase(Locale.ROOT)
                            + " opening of " + money(ask.opening()) + " is above what " + ask.evidence().label()
                            + " supports (" + money(ask.evidenceLimit()) + "): be ready to say why, or lower it."));
                }
            }
            usualMove(openingTotal);
            aboveBand(asks, openingTotal);
            deadline();
            bonus();
            if (walkAway.amount() != null) {
                BigDecimal best = openingTotal;
                if (best.compareTo(walkAway.amount()) < 0) {
                    warnings.add(new Warning(Warning.BELOW_WALK_AWAY, "Even if " + offer.company() + " agreed to "
                            + "every opening ask, the offer would be worth " + money(best) + " a year (annualised), "
                            + "below your walk-away point of " + money(walkAway.amount()) + " (" + walkAway.rule()
                            + "). Decide whether this offer can get there before you counter."));
                }
            }
        }

        /**
         * Together the openings may raise the total more than counters usually move; without a competing
         * offer worth more than this one, the user should know they are asking beyond the usual.
         */
        private void usualMove(BigDecimal total) {
            BigDecimal usual = whole(annualised.multiply(BigDecimal.ONE.add(settings.totalCeiling())));
            // A better competing total sized the asks it supports; without one, nothing vouches for the total.
            boolean supported = bestTotal.filter(other -> other.projection().tcAnnualized().compareTo(annualised) > 0)
                    .isPresent();
            if (total.compareTo(usual) > 0 && !supported) {
                warnings.add(new Warning(Warning.ABOVE_USUAL_MOVE, "With every opening the offer would be worth "
                        + money(total) + " a year (annualised), " + change(total, whole(annualised)) + " on its "
                        + money(annualised) + ": more than the +" + percent(settings.totalCeiling()) + " a counter "
                        + "usually moves (an assumption you can change), and no competing offer is worth more than this one. "
                        + "Lead with the ask your evidence supports best, or drop one."));
            }
        }

        private void aboveBand(List<Ask> asks, BigDecimal openingTotal) {
            if (band == null) {
                return;
            }
            String top = money(band.max()) + (band.openTop() ? "; the top is open, but above it you need a reason" : "");
            if (band.basis() == PayBasis.BASE) {
                Optional<Ask> base = asks.stream().filter(ask -> ask.lever() == Lever.BASE).findFirst();
                boolean supported = input.others().stream().anyMatch(other -> other.offer().base() > band.max());
                if (base.isPresent() && base.get().opening().compareTo(BigDecimal.valueOf(band.max())) > 0 && !supported) {
                    warnings.add(new Warning(Warning.ABOVE_BAND_UNSUPPORTED, "The base opening of "
                            + money(base.get().opening()) + " is above the top of the " + band.title() + " (" + top
                            + ") and no competing offer pays a base above it: be ready to say why, or lower the opening."));
                }
            } else {
                BigDecimal total = openingTotal;
                boolean supported = input.others().stream()
                        .anyMatch(other -> other.projection().tcAnnualized().compareTo(BigDecimal.valueOf(band.max())) > 0);
                if (total.compareTo(BigDecimal.valueOf(band.max())) > 0 && !supported) {
                    warnings.add(new Warning(Warning.ABOVE_BAND_UNSUPPORTED, "With every opening ask the offer would "
                            + "be worth " + money(total) + " a year (annualised), above the top of the " + band.title()
                            + " (" + top + "), and no competing offer is worth more than that top: be ready to say why, "
                            + "or lower the openings."));
                }
            }
        }

        private void deadline() {
            LocalDate today = input.today();
            LocalDate deadline = offer.deadline();
            if (today == null || deadline == null) {
                return;
            }
            long days = ChronoUnit.DAYS.between(today, deadline);
            if (days < 0) {
                warnings.add(new Warning(Warning.DEADLINE_SOON, "The deadline of " + deadline.format(DATE)
                        + " has passed: ask whether the offer still stands, and for a new date, before you counter."));
            } else if (days <= DEADLINE_SOON_DAYS) {
                warnings.add(new Warning(Warning.DEADLINE_SOON, "The deadline of " + deadline.format(DATE)
                        + " is within 48 hours: send your counter today, or ask for a few more days first."));
            }
        }

        private void bonus() {
            BigDecimal base = BigDecimal.valueOf(offer.base());
            if (base.signum() == 0) {
                return;
            }
            BigDecimal bonus = offer.bonus().amount() != null ? BigDecimal.valueOf(offer.bonus().amount())
                    : base.multiply(offer.bonus().percentOfBase()).movePointLeft(2);
            BigDecimal share = bonus.divide(base, MathContext.DECIMAL64);
            if (share.compareTo(BONUS_WARNING_SHARE) > 0) {
                warnings.add(new Warning(Warning.BONUS_LEVER, "The offer's target bonus is "
                        + percent(share.setScale(3, RoundingMode.HALF_UP)) + " of base (" + money(bonus) + "), a large"
                        + " part of the package; bonus percentages are usually fixed per level and paid only as a "
                        + "target, so don't lean on it: ask through base, equity or sign-on."));
            }
        }
    }
}
