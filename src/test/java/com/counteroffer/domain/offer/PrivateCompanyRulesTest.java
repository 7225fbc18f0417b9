package com.counteroffer.domain.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The limits of a private company's terms, each named by the path the offer file spells. */
class PrivateCompanyRulesTest {

    private static final Vesting STANDARD = Vesting.of(VestingPreset.STANDARD);

    @Test
    void theDefaultsAndSensibleTermsHaveNoProblems() {
        assertThat(OfferValidator.problems(options(PrivateCompany.DEFAULTS))).isEmpty();
        PrivateCompany typed = new PrivateCompany(ValuationBasis.SCENARIOS, 2_000_000_000L, null,
                List.of(scenario("Fails", 0, "60"), scenario("Modest", 600_000_000, "30"),
                        scenario("Strong", 3_000_000_000L, "10")),
                new Preferences(150_000_000, new BigDecimal("1.5"), true, BigDecimal.valueOf(35)),
                new Dilution(BigDecimal.valueOf(90), 10),
                new Liquidity(Liquidity.Kind.TENDER, null, 120, 0, BigDecimal.valueOf(100), null));
        assertThat(OfferValidator.problems(options(typed))).isEmpty();
        assertThat(OfferValidator.problems(privateRsus(PrivateCompany.DEFAULTS.withValuation(ValuationBasis.PREFERRED)
                .withExit(null, null)))).isEmpty();
    }

    @Test
    void probabilitiesAddUpToAHundredWithinACentOfAPercent() {
        // 33.33 × 3 = 99.99: a hundredth short, which typing thirds to two decimals gives.
        List<ExitScenario> thirds = List.of(scenario("A", 0, "33.33"), scenario("B", 1, "33.33"),
                scenario("C", 2, "33.33"));
        assertThat(problemsOf(scenarios(thirds))).isEmpty();

        // 33.33 + 33.33 + 33.32 = 99.98: two hundredths short.
        List<ExitScenario> short2 = List.of(scenario("A", 0, "33.33"), scenario("B", 1, "33.33"),
                scenario("C", 2, "33.32"));
        assertThat(problemsOf(scenarios(short2))).containsExactly(
                "equity.private_company.scenarios: the probabilities add up to 99.98 %; they must add up to 100 %");
    }

    @Test
    void eachScenarioNeedsANameAValueWithinTenTrillionAndAProbabilityOfAtMostAHundred() {
        List<ExitScenario> bad = List.of(scenario(" ", -1, "50"), scenario("Huge", 10_000_000_000_001L, "101"),
                scenario("Fine", 10_000_000_000_000L, "-51"));

        assertThat(problemsOf(scenarios(bad))).containsExactly(
                "equity.private_company.scenarios[0].name: give the outcome a name, such as \"Strong exit\"",
                "equity.private_company.scenarios[0].company_value: can't be negative",
                "equity.private_company.scenarios[1].company_value: at most $10,000,000,000,000",
                "equity.private_company.scenarios[1].probability_pct: between 0 and 100 %",
                "equity.private_company.scenarios[2].probability_pct: between 0 and 100 %");
    }

    @Test
    void atMostTenScenarios() {
        List<ExitScenario> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(scenario("Outcome " + i, i, i == 0 ? "0" : "10"));
        }

        assertThat(problemsOf(scenarios(eleven))).containsExactly(
                "equity.private_company.scenarios: at most 10 scenarios, found 11");
    }

    @Test
    void preferencesAndDilutionStayWithinTheirRanges() {
        PrivateCompany company = new PrivateCompany(null, null, null, null,
                new Preferences(-1, new BigDecimal("10.5"), false, new BigDecimal("100.1")),
                new Dilution(new BigDecimal("90.5"), 11), null);

        assertThat(problemsOf(company)).containsExactly(
                "equity.private_company.preferences.invested: can't be negative",
                "equity.private_company.preferences.multiple: between 0 and 10×",
                "equity.private_company.preferences.preferred_pct: between 0 and 100 %",
                "equity.private_company.dilution.pct_per_round: between 0 and 90 %",
                "equity.private_company.dilution.rounds_to_exit: between 0 and 10");
    }

    @Test
    void anExitNeedsItsValueOrPriceNamingBothKeys() {
        PrivateCompany exit = PrivateCompany.DEFAULTS.withValuation(ValuationBasis.EXIT);

        assertThat(problemsOf(exit)).containsExactly("equity.private_company.exit_value: valuing at an exit needs the"
                + " company's value at the exit (exit_value) or the price per share (exit_price); give one of them");
        assertThat(problemsOf(exit.withExit(null, BigDecimal.ZERO))).isEmpty();
        assertThat(problemsOf(exit.withExit(-5L, new BigDecimal("-1")))).containsExactly(
                "equity.private_company.exit_value: can't be negative",
                "equity.private_company.exit_price: can't be negative");
    }

    @Test
    void aTenderNeedsItsCadenceFirstMonthAndShareTogetherWithinRange() {
        Liquidity missing = new Liquidity(Liquidity.Kind.TENDER, null, 12, null, null, null);
        assertThat(problemsOf(liquidity(missing))).containsExactly(
                "equity.private_company.liquidity.first_tender_month: " + tenderNeeds(),
                "equity.private_company.liquidity.tender_sellable_pct: " + tenderNeeds());

        Liquidity outOfRange = new Liquidity(Liquidity.Kind.TENDER, null, 0, 121, new BigDecimal("100.5"),
                new BigDecimal("-2"));
        assertThat(problemsOf(liquidity(outOfRange))).containsExactly(
                "equity.private_company.liquidity.tender_every_months: between 1 and 120 months",
                "equity.private_company.liquidity.first_tender_month: between 0 and 120",
                "equity.private_company.liquidity.tender_sellable_pct: between 0 and 100 %",
                "equity.private_company.liquidity.tender_price: can't be negative");
    }

    @Test
    void expiryGoesWithDoubleTriggerRsusOnlyAndTenderFieldsWithATenderOnly() {
        assertThat(problemsOf(liquidity(new Liquidity(Liquidity.Kind.DOUBLE_TRIGGER, 16, null, null, null, null))))
                .containsExactly("equity.private_company.liquidity.expiry_years: between 1 and 15 years");
        assertThat(problemsOf(liquidity(new Liquidity(Liquidity.Kind.DOUBLE_TRIGGER, 0, null, null, null, null))))
                .containsExactly("equity.private_company.liquidity.expiry_years: between 1 and 15 years");
        assertThat(problemsOf(liquidity(new Liquidity(Liquidity.Kind.AT_EXIT, 7, 12, null, null, null))))
                .containsExactly(
                        "equity.private_company.liquidity.expiry_years: only with \"kind\": \"double_trigger\"; remove it",
                        "equity.private_company.liquidity.tender_every_months: only with \"kind\": \"tender\"; remove it");
        PrivateCompany doubleTrigger = liquidity(new Liquidity(Liquidity.Kind.DOUBLE_TRIGGER, 7, null, null, null,
                null));
        assertThat(OfferValidator.problems(options(doubleTrigger))).containsExactly(
                "equity.private_company.liquidity.kind: double_trigger is for RSUs; options are sold at_exit or in a"
                        + " tender");
    }

    @Test
    void aPublicCompanysRsusHaveNo409aPriceOrShareCount() {
        RsuGrant rsu = new RsuGrant(null, 100L, BigDecimal.TEN, STANDARD, BigDecimal.ONE, 1_000L, null);

        assertThat(OfferValidator.problems(Offer.basic("Acme", 100_000).withTerms(100_000, List.of(), rsu)))
                .containsExactly(
                        "equity.fair_market_value: only for a private company's RSUs; add private_company ({} for the"
                                + " defaults) or remove it",
                        "equity.fully_diluted_shares: only for a private company's RSUs; add private_company ({} for"
                                + " the defaults) or remove it");
    }

    @Test
    void scenarioNamesAreHeldToTheTextRulesOfAName() {
        Offer offer = options(scenarios(List.of(scenario("x".repeat(201), 0, "100"))));

        assertThat(OfferValidator.textProblems(offer)).containsExactly(
                "equity.private_company.scenarios[0].name: 201 characters long; the limit is 200 — shorten it");
    }

    private static String tenderNeeds() {
        return "a tender needs how often it comes (tender_every_months), the first month one can join"
                + " (first_tender_month) and the share one may sell (tender_sellable_pct); give it";
    }

    private static List<String> problemsOf(PrivateCompany company) {
        return OfferValidator.problems(privateRsus(company));
    }

    private static Offer options(PrivateCompany company) {
        OptionGrant grant = new OptionGrant(60_000, BigDecimal.valueOf(4), BigDecimal.valueOf(4),
                BigDecimal.valueOf(12), null, null, null, STANDARD, OptionType.ISO, false, company);
        return Offer.basic("Lattice AI", 185_000).withTerms(185_000, List.of(), grant);
    }

    private static Offer privateRsus(PrivateCompany company) {
        RsuGrant grant = new RsuGrant(null, 8_000L, BigDecimal.valueOf(250), STANDARD, BigDecimal.valueOf(90),
                2_000_000_000L, company);
        return Offer.basic("Frontier Lab", 300_000).withTerms(300_000, List.of(), grant);
    }

    private static PrivateCompany scenarios(List<ExitScenario> scenarios) {
        return PrivateCompany.DEFAULTS.withScenarios(scenarios);
    }

    private static PrivateCompany liquidity(Liquidity liquidity) {
        return new PrivateCompany(null, null, null, null, null, null, liquidity);
    }

    private static ExitScenario scenario(String name, long value, String percent) {
        return new ExitScenario(name, value, new BigDecimal(percent));
    }
}
