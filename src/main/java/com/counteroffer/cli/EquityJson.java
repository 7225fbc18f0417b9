package com.counteroffer.cli;

import com.counteroffer.domain.equity.AmtEstimate;
import com.counteroffer.domain.equity.BreakPoints;
import com.counteroffer.domain.equity.CompanyFacts;
import com.counteroffer.domain.equity.EquityAnalysis;
import com.counteroffer.domain.equity.Exercise;
import com.counteroffer.domain.equity.ExerciseTax;
import com.counteroffer.domain.equity.GrantValue;
import com.counteroffer.domain.equity.IsoLimit;
import com.counteroffer.domain.equity.LiquiditySchedule;
import com.counteroffer.domain.equity.Ownership;
import com.counteroffer.domain.equity.ScenarioPayout;
import com.counteroffer.domain.equity.Waterfall;
import com.counteroffer.service.EquityView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The {@code equity} command's JSON: dollars to the cent, prices per share to 4 places, percents to 6. */
final class EquityJson {

    private EquityJson() {
    }

    static Map<String, Object> of(long offerId, EquityView view) {
        EquityAnalysis analysis = view.analysis();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("offer", offerId);
        json.put("company", view.company());
        json.put("kind", analysis.kind().name().toLowerCase(Locale.ROOT));
        json.put("shares", analysis.shares());
        Map<String, Object> valuation = new LinkedHashMap<>();
        valuation.put("basis", analysis.basis().id());
        valuation.put("label", analysis.basis().label());
        valuation.put("meaning", analysis.basis().meaning());
        valuation.put("convention", analysis.shareValue().convention());
        valuation.put("expected_price_per_share", price(analysis.shareValue().expectedPrice()));
        json.put("valuation", valuation);
        json.put("company_facts", facts(analysis.facts()));
        json.put("ownership", analysis.ownership() == null ? null : ownership(analysis.ownership()));
        json.put("grant_value", grantValue(analysis.grantValue()));
        json.put("break_points", analysis.breakPoints() == null ? null : breakPoints(analysis.breakPoints()));
        json.put("scenarios", analysis.scenarios().stream().map(EquityJson::payout).toList());
        json.put("chosen_exit", analysis.chosenExit() == null ? null : payout(analysis.chosenExit()));
        json.put("exercise", analysis.exercise() == null ? null : exercise(analysis.exercise()));
        json.put("liquidity", liquidity(analysis.liquidity()));
        json.put("wages_for_tax", cents(view.wagesForTax()));
        json.put("taxed_as", view.taxedAs());
        json.put("assumptions", analysis.assumptions());
        json.put("conventions", analysis.conventions());
        return json;
    }

    private static Map<String, Object> facts(CompanyFacts facts) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fair_market_value", price(facts.fairMarketValue()));
        json.put("preferred_price", price(facts.preferredPrice()));
        json.put("post_money", cents(facts.postMoney()));
        json.put("fully_diluted_shares", whole(facts.fullyDiluted()));
        return json;
    }

    private static Map<String, Object> ownership(Ownership ownership) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("percent_today", percent(ownership.percentToday()));
        json.put("fully_diluted_shares", whole(ownership.fullyDiluted()));
        json.put("dilution_percent_per_round", ownership.dilutionPercentPerRound());
        json.put("rounds_to_exit", ownership.roundsToExit());
        json.put("path", ownership.path().stream().map(step -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("round", step.round());
            row.put("percent", percent(step.percent()));
            return row;
        }).toList());
        json.put("percent_at_exit", percent(ownership.percentAtExit()));
        json.put("fully_diluted_shares_at_exit", whole(ownership.fullyDilutedAtExit()));
        return json;
    }

    private static Map<String, Object> grantValue(GrantValue value) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("expected", cents(value.expected()));
        json.put("worst", outcome(value.worst()));
        json.put("median", outcome(value.median()));
        json.put("best", outcome(value.best()));
        json.put("lower_bound", value.lowerBound());
        return json;
    }

    private static Map<String, Object> outcome(GrantValue.Outcome outcome) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", outcome.name());
        json.put("company_value", cents(outcome.companyValue()));
        json.put("price_per_share", price(outcome.pricePerShare()));
        json.put("probability", percent(outcome.probability().movePointRight(2)));
        json.put("grant_value", cents(outcome.grantValue()));
        return json;
    }

    private static Map<String, Object> breakPoints(BreakPoints points) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total_preference", cents(points.totalPreference()));
        json.put("multiple", points.multiple());
        json.put("participating", points.participating());
        json.put("preferred_shares", whole(points.preferredShares()));
        json.put("fully_diluted_shares_at_exit", whole(points.fullyDilutedAtExit()));
        json.put("break_even_exit", cents(points.breakEvenExit()));
        json.put("conversion_exit", cents(points.conversionExit()));
        json.put("in_the_money_exit", cents(points.inTheMoneyExit()));
        return json;
    }

    private static Map<String, Object> payout(ScenarioPayout payout) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", payout.name());
        json.put("company_value", cents(payout.companyValue()));
        json.put("probability_percent", percent(payout.probability().movePointRight(2)));
        Waterfall waterfall = payout.waterfall();
        json.put("preferred_payout", waterfall == null ? null : cents(waterfall.preferredPayout()));
        json.put("common_payout", waterfall == null ? null : cents(waterfall.commonPayout()));
        json.put("converted", waterfall == null ? null : waterfall.converted());
        json.put("per_common_share", price(payout.perCommonShare()));
        json.put("grant_payout", cents(payout.grantPayout()));
        return json;
    }

    private static Map<String, Object> exercise(Exercise exercise) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", exercise.type().id());
        json.put("shares", exercise.shares());
        json.put("strike", price(exercise.strike()));
        json.put("fair_market_value", price(exercise.fairMarketValue()));
        json.put("cost_all", cents(exercise.costAll()));
        json.put("vested_by_year", exercise.byYear().stream().map(year -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("year", year.year());
            row.put("vested_shares", year.vestedShares());
            row.put("cost", cents(year.cost()));
            return row;
        }).toList());
        json.put("window_months", exercise.windowMonths());
        json.put("early_exercise", exercise.earlyExercise());
        json.put("iso_limit", exercise.isoLimit() == null ? null : isoLimit(exercise.isoLimit()));
        json.put("tax", exercise.tax() == null ? null : tax(exercise.tax()));
        json.put("notes", exercise.notes());
        return json;
    }

    private static Map<String, Object> isoLimit(IsoLimit limit) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("limit_per_year", cents(limit.limitPerYear()));
        json.put("value_per_share_at_grant", price(limit.valuePerShareAtGrant()));
        json.put("years", limit.years().stream().map(year -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("calendar_year", year.calendarYear());
            row.put("grant_year", year.grantYear());
            row.put("shares", year.shares());
            row.put("value_at_grant", cents(year.valueAtGrant()));
            row.put("iso_shares", year.isoShares());
            row.put("nso_shares", year.nsoShares());
            return row;
        }).toList());
        json.put("iso_shares", limit.isoShares());
        json.put("nso_shares", limit.nsoShares());
        json.put("note", limit.note());
        return json;
    }

    private static Map<String, Object> tax(ExerciseTax tax) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("estimate", true);
        json.put("tax_year", tax.taxYear());
        json.put("wages", cents(tax.wages()));
        json.put("spread_per_share", price(tax.spreadPerShare()));
        json.put("nso_shares", tax.nsoShares());
        json.put("iso_shares", tax.isoShares());
        json.put("nso_spread", cents(tax.nsoSpread()));
        json.put("iso_spread", cents(tax.isoSpread()));
        json.put("tax_on_nso_spread", cents(tax.taxOnNsoSpread()));
        json.put("amt", tax.amt() == null ? null : amt(tax.amt()));
        json.put("total", cents(tax.total()));
        json.put("notes", tax.notes());
        return json;
    }

    private static Map<String, Object> amt(AmtEstimate amt) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("regular_taxable_income", cents(amt.regularTaxableIncome()));
        json.put("standard_deduction_added_back", cents(amt.standardDeductionAddedBack()));
        json.put("iso_spread", cents(amt.isoSpread()));
        json.put("amti", cents(amt.amti()));
        json.put("exemption", cents(amt.exemption()));
        json.put("phase_out_start", cents(amt.phaseOutStart()));
        json.put("phase_out_rate", amt.phaseOutRate());
        json.put("exemption_allowed", cents(amt.exemptionAllowed()));
        json.put("taxable_excess", cents(amt.taxableExcess()));
        json.put("low_rate", amt.lowRate());
        json.put("high_rate", amt.highRate());
        json.put("high_rate_threshold", cents(amt.highRateThreshold()));
        json.put("tentative_minimum_tax", cents(amt.tentativeMinimumTax()));
        json.put("regular_tax", cents(amt.regularTax()));
        json.put("amt", cents(amt.amt()));
        json.put("source", amt.source());
        return json;
    }

    private static Map<String, Object> liquidity(LiquiditySchedule schedule) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", schedule.kind().id());
        json.put("tender_price", price(schedule.tenderPrice()));
        json.put("years", schedule.years().stream().map(year -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("year", year.year());
            row.put("vested", year.vested());
            row.put("tenders", year.tenders());
            row.put("sold", year.sold());
            row.put("proceeds", cents(year.proceeds()));
            row.put("on_paper", year.onPaper());
            return row;
        }).toList());
        json.put("sellable_units", schedule.soldUnits());
        json.put("sellable_proceeds", cents(schedule.proceeds()));
        json.put("paper_units", schedule.paperUnits());
        json.put("paper_value", cents(schedule.paperValue()));
        json.put("notes", schedule.notes());
        return json;
    }

    private static BigDecimal cents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal price(BigDecimal amount) {
        return amount == null ? null : amount.setScale(4, RoundingMode.HALF_UP);
    }

    private static BigDecimal percent(BigDecimal value) {
        return value == null ? null : value.setScale(6, RoundingMode.HALF_UP);
    }

    private static BigDecimal whole(BigDecimal count) {
        return count == null ? null : count.setScale(0, RoundingMode.HALF_UP);
    }
}
