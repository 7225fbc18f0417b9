package com.counteroffer.domain.negotiation;

import static com.counteroffer.domain.negotiation.PlanText.money;
import static com.counteroffer.domain.negotiation.PlanText.percent;
import static com.counteroffer.domain.negotiation.PlanText.range;

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
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OptionGrant;
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

    /** Openings are round numbers: easier to say, and they read as considered rather than computed. */
    static final BigDecimal OPENING_STEP = BigDecimal.valueOf(1_000);
    /** Above this share of base the bonus is unusual enough to warn that it is rarely negotiable. */
    static final BigDecimal BONUS_WARNING_SHARE = new BigDecimal("0.20");
    /** When nobody recorded how long the unvested equity has left, assume two years (labelled as such). */
    static final int ASSUMED_YEARS_LEFT = 2;
    /** When the offer has no equity to take the vesting years from, assume the usual four. */
    static final int ASSUMED_VESTING_YEARS = 4;
    /** "Within 48 hours" on calendar dates: today, tomorrow or the day after. */
    static final int DEADLINE_SOON_DAYS = 2;

    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private CounterPlanner() {
    }

    public static CounterPlan plan(NegotiationInput input, PlanSettings settings) {
        return new Planning(input, settings).plan();
    }

    /** The whole dollars nearest to {@code amount}, halves up. */
    static BigDecimal whole(BigDecimal amount) {
        return BigDecimal.valueOf(WholeDollars.of(amount));
    }

    /** The nearest multiple of $1,000, halves up. */
    static BigDecimal roundToThousand(BigDecimal amount) {
        return amount.divide(OPENING_STEP, 0, RoundingMode.HALF_UP).multiply(OPENING_STEP);
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
            this.bestBase = input.others().stream().max(Comparator.comparingLong(other -> other.offer().base()));
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
            for (Lever lever : Lever.values()) {
                if (settings.uses(lever)) {
                    ask(lever).ifPresent(asks::add);
                }
            }
            WalkAway walkAway = walkAway();
            guardrails(asks, walkAway);
            notes.add("Openings are the target plus the anchor margin (" + percent(settings.anchorMargin())
                    + "), rounded to the nearest $1,000.");
            notes.add("This plan is information to help you negotiate, not legal or tax advice.");
            MarketPosition position = position();
            BigDecimal unvested = profile == null || profile.unvestedEquity() == null ? null
                    : BigDecimal.valueOf(profile.unvestedEquity());
            List<String> talkingPoints = TalkingPoints.build(input, position, unvested);
            return new CounterPlan(asks, walkAway.amount(), walkAway.rule(), position, unvested, talkingPoints,
                    warnings, notes, new CounterPlan.Totals(whole(annualised), whole(annualised), whole(openingTotal(asks))),
                    band, List.of(), List.of());
        }

        private Optional<Ask> ask(Lever lever) {
            return switch (lever) {
                case BASE -> baseAsk();
                case EQUITY -> equityAsk();
                case SIGN_ON -> signOnAsk();
                case LEVEL -> levelAsk();
                case START_DATE -> startDateAsk();
                case REMOTE -> remoteAsk();
                case RELOCATION -> relocationAsk();
            };
        }

        /**
         * Target = the highest of: the band point {@code targetPosition} of the way through a base-salary
         * band, the best competing base, and the offer's own base (never invent more than the evidence).
         */
        private Optional<Ask> baseAsk() {
            BigDecimal offerBase = BigDecimal.valueOf(offer.base());
            Map<String, String> inputs = new LinkedHashMap<>();
            inputs.put("offer base", money(offerBase) + " (" + offer.company() + " offer)");
            BigDecimal bandTarget = null;
            if (band != null && band.basis() == PayBasis.BASE) {
                bandTarget = whole(BigDecimal.valueOf(band.min()).add(settings.targetPosition()
                        .multiply(BigDecimal.valueOf(band.max() - band.min()))));
                inputs.put("band", range(band) + " (" + band.title() + "; " + cite(band.sourceId()) + ", "
                        + band.status().id() + ")");
                inputs.put("target position", percent(settings.targetPosition()) + " through the band (your setting)");
            } else if (band != null) {
                inputs.put("band", range(band) + " (" + band.title() + "; it sets no base target)");
            }
            BigDecimal competing = bestBase.map(other -> BigDecimal.valueOf(other.offer().base())).orElse(null);
            bestBase.ifPresent(other -> inputs.put("best competing base", money(competing) + " (" + other.label() + ")"));
            inputs.put("anchor margin", percent(settings.anchorMargin()) + " (your setting)");

            BigDecimal target;
            String rule;
            if (bandTarget == null) {
                String why = band == null ? "no level is known, so no market band applies"
                        : "the " + band.title() + " (" + range(band) + ") is total compensation, so it sets no base target";
                if (competing == null || competing.compareTo(offerBase) <= 0) {
                    notes.add("No base ask: " + why + ", and no competing offer pays a higher base than "
                            + money(offerBase) + ".");
                    return Optional.empty();
                }
                target = competing;
                rule = "base target " + money(target) + " = the best competing base (" + bestBase.get().label()
                        + "); " + why;
            } else if (competing != null && competing.compareTo(bandTarget) > 0 && competing.compareTo(offerBase) > 0) {
                target = competing;
                rule = "base target " + money(target) + " = the best competing base (" + bestBase.get().label()
                        + "), above the " + percent(settings.targetPosition()) + " point of the " + band.title()
                        + " (" + money(bandTarget) + ")";
            } else if (offerBase.compareTo(bandTarget) >= 0) {
                target = offerBase;
                rule = "base target " + money(target) + " = the offer's own base: it is already at or above the "
                        + percent(settings.targetPosition()) + " point of the " + band.title() + " ("
                        + money(bandTarget) + ")" + (competing == null ? " and there is no competing offer"
                        : " and at or above the best competing base (" + money(competing) + ")")
                        + ", so no higher target is invented";
            } else {
                target = bandTarget;
                rule = "base target " + money(target) + " = " + money(band.min()) + " + "
                        + percent(settings.targetPosition()) + " × (" + money(band.max()) + " − " + money(band.min())
                        + "), " + percent(settings.targetPosition()) + " through the " + band.title() + " ("
                        + range(band) + ")";
            }
            BigDecimal opening = opening(target);
            rule += "; opening " + money(opening) + " = " + money(target) + " × " + onePlusMargin.toPlainString()
                    + ", rounded to the nearest $1,000";
            String text = "Ask for a base of " + money(opening) + "; settle at " + money(target) + " or above"
                    + " (the offer is " + money(offerBase) + ").";
            return Optional.of(new Ask(Lever.BASE, target, opening, Evidence.USUAL_MOVE, null, "", rule, inputs, text, "", ""));
        }

        /**
         * With a competing offer whose annualised total is higher: the grant that closes the gap over the
         * vesting years. Without one: the grant plus half the anchor margin.
         */
        private Optional<Ask> equityAsk() {
            Map<String, String> inputs = new LinkedHashMap<>();
            boolean hasEquity = offer.equity() != null && grant.signum() > 0;
            Optional<CompetingOffer> better = bestTotal.filter(other -> other.projection().tcAnnualized()
                    .compareTo(annualised) > 0);
            if (!hasEquity && better.isEmpty()) {
                notes.add("No equity ask: the offer has no equity of value and no competing offer has a higher "
                        + "annualised total.");
                return Optional.empty();
            }
            inputs.put("offer grant", money(grant) + (offer.equity() == null ? " (the offer has no equity)"
                    : offer.equity() instanceof OptionGrant options
                    ? " (" + options.shares() + " options at the projection's option price less the strike, as the"
                            + " annualised total counts them)"
                    : " (initial grant at the start price, as the annualised total counts it)"));
            inputs.put("offer annualised total", money(annualised) + " (Levels.fyi style)");
            BigDecimal target;
            String rule;
            if (better.isPresent()) {
                CompetingOffer other = better.get();
                BigDecimal theirs = whole(other.projection().tcAnnualized());
                BigDecimal ours = whole(annualised);
                BigDecimal years = BigDecimal.valueOf(vestingYears);
                inputs.put("best competing annualised total", money(theirs) + " (" + other.label() + ")");
                inputs.put("vesting years", vestingYears + (offer.equity() == null
                        ? " (assumption: the offer has no equity, so the usual four years)" : " (the offer's schedule)"));
                target = grant.add(theirs.subtract(ours).multiply(years));
                rule = "equity target " + money(target) + " = the grant " + money(grant) + " + (" + money(theirs)
                        + " − " + money(ours) + ") × " + vestingYears + " vesting years, to match "
                        + other.label() + "'s annualised total " + money(theirs);
            } else {
                BigDecimal half = settings.anchorMargin().divide(TWO, MathContext.DECIMAL64);
                target = whole(grant.multiply(BigDecimal.ONE.add(half)));
                rule = "equity target " + money(target) + " = the grant " + money(grant) + " × (1 + "
                        + percent(settings.anchorMargin()) + " ÷ 2): no competing offer pays more, so the target is "
                        + "half the anchor margin above the grant";
            }
            inputs.put("anchor margin", percent(settings.anchorMargin()) + " (your setting)");
            BigDecimal opening = opening(target);
            rule += "; opening " + money(opening) + " = " + money(target) + " × " + onePlusMargin.toPlainString()
                    + ", rounded to the nearest $1,000";
            String text = "Ask for an initial equity grant of " + money(opening) + "; settle at " + money(target)
                    + " or above (the offer is " + money(grant) + ").";
            return Optional.of(new Ask(Lever.EQUITY, target, opening, Evidence.USUAL_MOVE, null, "", rule, inputs, text, "", ""));
        }

        /**
         * Sign-on makes up for unvested equity left behind: what the current job would vest in the next
         * year (its year-1 projection), or the profile's unvested equity over the years left.
         */
        private Optional<Ask> signOnAsk() {
            Map<String, String> inputs = new LinkedHashMap<>();
            BigDecimal unvested = profile == null || profile.unvestedEquity() == null ? null
                    : BigDecimal.valueOf(profile.unvestedEquity());
            Optional<CompetingOffer> withEquity = currentJob.filter(job -> job.offer().equity() != null
                    || !job.offer().refreshers().isEmpty());
            BigDecimal target;
            String rule;
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
            } else if (unvested != null && unvested.signum() > 0) {
                inputs.put("unvested equity left behind", money(unvested) + " (your profile)");
                inputs.put("years left to vest", ASSUMED_YEARS_LEFT
                        + " (assumption: not recorded; edit if yours differs)");
                target = whole(unvested.divide(BigDecimal.valueOf(ASSUMED_YEARS_LEFT), MathContext.DECIMAL64));
                rule = "sign-on target " + money(target) + " = your unvested equity " + money(unvested) + " ÷ "
                        + ASSUMED_YEARS_LEFT + " years left to vest (assumed): what leaving gives up over the next 12 months";
            } else {
                notes.add("No sign-on ask: no unvested equity is recorded in your profile or current job.");
                return Optional.empty();
            }
            if (existingSignOn.compareTo(target) >= 0) {
                notes.add("No sign-on ask: the offer's sign-on of " + money(existingSignOn) + " already covers the "
                        + money(target) + " of equity you would leave behind in the next 12 months.");
                return Optional.empty();
            }
            inputs.put("offer sign-on", money(existingSignOn) + " (" + offer.company() + " offer)");
            inputs.put("anchor margin", percent(settings.anchorMargin()) + " (your setting)");
            BigDecimal opening = opening(target);
            rule += "; opening " + money(opening) + " = " + money(target) + " × " + onePlusMargin.toPlainString()
                    + ", rounded to the nearest $1,000; the amounts are the sign-on in total, not on top of the offer's";
            String text = "Ask for a sign-on bonus of " + money(opening) + " in total to make up for the equity you "
                    + "leave behind; settle at " + money(target) + " or above (the offer is " + money(existingSignOn) + ").";
            return Optional.of(new Ask(Lever.SIGN_ON, target, opening, Evidence.USUAL_MOVE, null, "", rule, inputs, text, "", ""));
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
                return Optional.of(new Ask(Lever.LEVEL, null, null, Evidence.TERMS, null, "",
                        "level ask: the offer states no level, and the level sets the band for every raise and refresher",
                        inputs, "Ask which level the offer is at, and how the company's band for it reads." + basis, "", ""));
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
            return Optional.of(new Ask(Lever.LEVEL, null, null, Evidence.TERMS, null, "", rule, inputs, text, "", ""));
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
            return Optional.of(new Ask(Lever.START_DATE, null, null, Evidence.TERMS, null, "",
                    "start-date ask: the offer's start date is " + when + "; timing costs the company little to move",
                    inputs, text, "", ""));
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
            return Optional.of(new Ask(Lever.REMOTE, null, null, Evidence.TERMS, null, "", "remote ask: your profile says remote and the offer's policy is "
                            + (policy == null ? "not stated" : policy.label()), inputs, text, "", ""));
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
            return Optional.of(new Ask(Lever.RELOCATION, null, null, Evidence.TERMS, null, "", "relocation ask: the offer's location (" + there + ") differs from yours (" + here
                            + ") and its relocation is $0", inputs, text, "", ""));
        }

        private String hubLabel(String id) {
            return dataset.hub(id).map(hub -> hub.label()).orElse(id);
        }

        private BigDecimal opening(BigDecimal target) {
            return roundToThousand(target.multiply(onePlusMargin));
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
         * The annualised total if every opening ask were granted: base (with a percentage bonus moving
         * with it), the extra grant over its vesting years, and the extra sign-on over four years.
         */
        private BigDecimal openingTotal(List<Ask> asks) {
            BigDecimal total = annualised;
            for (Ask ask : asks) {
                if (ask.opening() == null) {
                    continue;
                }
                switch (ask.lever()) {
                    case BASE -> {
                        BigDecimal raise = ask.opening().subtract(BigDecimal.valueOf(offer.base())).max(BigDecimal.ZERO);
                        BigDecimal bonusShare = offer.bonus().percentOfBase() == null ? BigDecimal.ZERO
                                : offer.bonus().percentOfBase().movePointLeft(2);
                        total = total.add(raise.multiply(BigDecimal.ONE.add(bonusShare)));
                    }
                    case EQUITY -> total = total.add(ask.opening().subtract(grant).max(BigDecimal.ZERO)
                            .divide(BigDecimal.valueOf(vestingYears), MathContext.DECIMAL128));
                    case SIGN_ON -> total = total.add(ask.opening().subtract(existingSignOn).max(BigDecimal.ZERO)
                            .divide(FOUR, MathContext.DECIMAL128));
                    default -> {
                    }
                }
            }
            return total;
        }

        private void guardrails(List<Ask> asks, WalkAway walkAway) {
            aboveBand(asks);
            deadline();
            bonus();
            if (walkAway.amount() != null) {
                BigDecimal best = whole(openingTotal(asks));
                if (best.compareTo(walkAway.amount()) < 0) {
                    warnings.add(new Warning(Warning.BELOW_WALK_AWAY, "Even if " + offer.company() + " agreed to "
                            + "every opening ask, the offer would be worth " + money(best) + " a year (annualised), "
                            + "below your walk-away point of " + money(walkAway.amount()) + " (" + walkAway.rule()
                            + "). Decide whether this offer can get there before you counter."));
                }
            }
        }

        private void aboveBand(List<Ask> asks) {
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
                BigDecimal total = whole(openingTotal(asks));
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
