package com.counteroffer.domain.offer;

import com.counteroffer.domain.input.TextRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What makes an offer unusable for projections, each problem starting with the field's name as the
 * offer file spells it ({@code base}, {@code target_bonus_pct}, {@code sign_on[0].amount},
 * {@code equity.vesting}, {@code refreshers[1].yearly_value}, …) so forms and imports can point at it.
 */
public final class OfferValidator {

    /** Above this a yearly amount is a typing mistake, not an offer. */
    public static final long MAX_YEARLY = 10_000_000;
    /** Above this an equity grant is a typing mistake, not an offer. */
    public static final long MAX_GRANT = 100_000_000;
    public static final int MAX_YEAR = 10;
    public static final int MAX_MONTHS = 120;
    /** Above this a yearly 401(k) match cap is a typing mistake (the 2026 limit on all additions is $72,000). */
    public static final long MAX_MATCH_CAP = 100_000;

    /** Where a grant's private-company terms are, as the offer file spells it. */
    private static final String PRIVATE_COMPANY = "equity.private_company";

    private static final BigDecimal MAX_BONUS_PERCENT = BigDecimal.valueOf(200);
    private static final BigDecimal MAX_RAISE_PERCENT = BigDecimal.valueOf(100);
    private static final BigDecimal MIN_RAISE_PERCENT = BigDecimal.valueOf(-50);

    private OfferValidator() {
    }

    /** The problems, each naming its field; empty when the offer can be projected. */
    public static List<String> problems(Offer offer) {
        List<String> problems = new ArrayList<>();
        yearly(problems, "base", offer.base());
        if (offer.yearlyRaisePercent().compareTo(MIN_RAISE_PERCENT) < 0
                || offer.yearlyRaisePercent().compareTo(MAX_RAISE_PERCENT) > 0) {
            problems.add("yearly_raise_pct: between −50 and 100 %");
        }
        TargetBonus bonus = offer.bonus();
        if (bonus.percentOfBase() != null && (bonus.percentOfBase().signum() < 0
                || bonus.percentOfBase().compareTo(MAX_BONUS_PERCENT) > 0)) {
            problems.add("target_bonus_pct: between 0 and 200 % of base");
        }
        if (bonus.amount() != null) {
            yearly(problems, "target_bonus_amount", bonus.amount());
        }
        for (int i = 0; i < offer.signOns().size(); i++) {
            SignOnPayment payment = offer.signOns().get(i);
            String field = "sign_on[" + i + "]";
            yearly(problems, field + ".amount", payment.amount());
            if (payment.year() > MAX_YEAR) {
                problems.add(field + ".year: between 1 and " + MAX_YEAR);
            }
            if (payment.monthlyOverMonths() > MAX_MONTHS) {
                problems.add(field + ".monthly_over_months: at most " + MAX_MONTHS + " months");
            }
        }
        if (offer.clawback().fullRepaymentMonths() > MAX_MONTHS) {
            problems.add("clawback.full_repayment_months: at most " + MAX_MONTHS + " months");
        }
        if (offer.clawback().proratedUntilMonths() > MAX_MONTHS) {
            problems.add("clawback.prorated_until_months: at most " + MAX_MONTHS + " months");
        }
        yearly(problems, "relocation", offer.relocation());
        equity(problems, offer.equity());
        for (int i = 0; i < offer.refreshers().size(); i++) {
            Refresher refresher = offer.refreshers().get(i);
            String field = "refreshers[" + i + "]";
            yearly(problems, field + ".yearly_value", refresher.yearlyValue());
            vesting(problems, field + ".vesting", refresher.vesting());
            if (refresher.firstGrantYear() > MAX_YEAR) {
                problems.add(field + ".first_grant_year: between 1 and " + MAX_YEAR);
            }
        }
        RetirementMatch match = offer.match();
        if (match != null) {
            percent(problems, "k401_match.rate_pct", match.ratePercent(), BigDecimal.valueOf(200));
            percent(problems, "k401_match.on_first_pct_of_pay", match.onFirstPercentOfPay(), BigDecimal.valueOf(100));
            if (match.annualCap() != null) {
                amount(problems, "k401_match.annual_cap", match.annualCap(), MAX_MATCH_CAP, " a year");
            }
        }
        yearly(problems, "benefits_value", offer.benefitsValue());
        if (offer.ptoDays() != null && (offer.ptoDays() < 0 || offer.ptoDays() > 366)) {
            problems.add("pto_days: between 0 and 366");
        }
        return problems;
    }

    /**
     * What is wrong with the offer's text (company, title, location, notes), each problem starting with
     * the field's name; empty when all of it may be kept. Checked where offers enter (forms, files,
     * commands), not on stored ones, so an offer saved before these rules still shows and projects.
     */
    public static List<String> textProblems(Offer offer) {
        List<String> problems = textProblems(offer.company(), offer.title(), offer.location(), offer.notes());
        if (offer.equity() != null && offer.equity().company() != null) {
            List<ExitScenario> scenarios = offer.equity().company().scenarios();
            for (int i = 0; i < scenarios.size(); i++) {
                text(problems, PRIVATE_COMPANY + ".scenarios[" + i + "].name", scenarios.get(i).name(),
                        TextRules.Kind.NAME);
            }
        }
        return problems;
    }

    /** The same for the texts of an offer still being read (any may be null: not given). */
    public static List<String> textProblems(String company, String title, String location, String notes) {
        List<String> problems = new ArrayList<>();
        text(problems, "company", company, TextRules.Kind.NAME);
        text(problems, "title", title, TextRules.Kind.NAME);
        text(problems, "location", location, TextRules.Kind.NAME);
        text(problems, "notes", notes, TextRules.Kind.NOTE);
        return problems;
    }

    private static void text(List<String> problems, String field, String text, TextRules.Kind kind) {
        String problem = TextRules.problem(text, kind);
        if (problem != null) {
            problems.add(field + ": " + problem);
        }
    }

    private static void equity(List<String> problems, Equity equity) {
        if (equity instanceof RsuGrant rsu) {
            if (rsu.grantValue() != null) {
                amount(problems, "equity.grant_value", rsu.grantValue(), MAX_GRANT, "");
            } else {
                boolean usable = true;
                if (rsu.shares() < 0) {
                    problems.add("equity.shares: can't be negative");
                    usable = false;
                }
                if (rsu.sharePrice().signum() < 0) {
                    problems.add("equity.share_price: can't be negative");
                    usable = false;
                }
                if (usable && rsu.value().compareTo(BigDecimal.valueOf(MAX_GRANT)) > 0) {
                    problems.add("equity.shares: the grant (shares × share price) is above $100,000,000");
                }
            }
            privateRsu(problems, rsu);
        } else if (equity instanceof OptionGrant options) {
            if (options.shares() < 0) {
                problems.add("equity.shares: can't be negative");
            }
            nonNegative(problems, "equity.strike", options.strike());
            nonNegative(problems, "equity.fair_market_value", options.fairMarketValue());
            if (options.preferredPrice() != null) {
                nonNegative(problems, "equity.preferred_price", options.preferredPrice());
            }
            if (options.valuation() != null && options.valuation() < 0) {
                problems.add("equity.valuation: can't be negative");
            }
            if (options.fullyDilutedShares() != null && options.fullyDilutedShares() <= 0) {
                problems.add("equity.fully_diluted_shares: more than 0");
            }
            if (options.exerciseWindowMonths() != null && options.exerciseWindowMonths() < 0) {
                problems.add("equity.exercise_window_months: can't be negative");
            }
            BigDecimal highestPrice = options.preferredPrice() == null ? options.fairMarketValue()
                    : options.fairMarketValue().max(options.preferredPrice());
            if (options.shares() > 0 && highestPrice.multiply(BigDecimal.valueOf(options.shares()))
                    .compareTo(BigDecimal.valueOf(MAX_GRANT)) > 0) {
                problems.add("equity.shares: the grant (shares × share price) is above $100,000,000");
            }
            PrivateCompanyRules.check(problems, PRIVATE_COMPANY, options.company(), true);
        }
        if (equity != null) {
            vesting(problems, "equity.vesting", equity.vesting());
        }
    }

    /** A private company's RSUs: the 409A price and fully diluted shares go with its terms, not without. */
    private static void privateRsu(List<String> problems, RsuGrant rsu) {
        if (!rsu.isPrivate()) {
            String onlyPrivate = ": only for a private company's RSUs; add private_company ({} for the defaults) or"
                    + " remove it";
            if (rsu.fairMarketValue() != null) {
                problems.add("equity.fair_market_value" + onlyPrivate);
            }
            if (rsu.fullyDilutedShares() != null) {
                problems.add("equity.fully_diluted_shares" + onlyPrivate);
            }
            return;
        }
        if (rsu.fairMarketValue() != null) {
            nonNegative(problems, "equity.fair_market_value", rsu.fairMarketValue());
        }
        if (rsu.fullyDilutedShares() != null && rsu.fullyDilutedShares() <= 0) {
            problems.add("equity.fully_diluted_shares: more than 0");
        }
        PrivateCompanyRules.check(problems, PRIVATE_COMPANY, rsu.company(), false);
    }

    private static void vesting(List<String> problems, String field, Vesting vesting) {
        for (String problem : vesting.problems()) {
            problems.add(field + ": " + problem);
        }
    }

    private static void yearly(List<String> problems, String field, long amount) {
        amount(problems, field, amount, MAX_YEARLY, " a year");
    }

    private static void amount(List<String> problems, String field, long amount, long max, String per) {
        if (amount < 0) {
            problems.add(field + ": can't be negative");
        } else if (amount > max) {
            problems.add(field + ": at most $" + String.format(Locale.US, "%,d", max) + per);
        }
    }

    private static void nonNegative(List<String> problems, String field, BigDecimal value) {
        if (value.signum() < 0) {
            problems.add(field + ": can't be negative");
        }
    }

    private static void percent(List<String> problems, String field, BigDecimal value, BigDecimal max) {
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            problems.add(field + ": between 0 and " + max.toPlainString() + " %");
        }
    }
}
