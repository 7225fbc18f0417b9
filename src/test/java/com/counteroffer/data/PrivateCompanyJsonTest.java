package com.counteroffer.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.counteroffer.domain.input.OfferFormatException;
import com.counteroffer.domain.offer.Dilution;
import com.counteroffer.domain.offer.ExitScenario;
import com.counteroffer.domain.offer.Liquidity;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.OptionType;
import com.counteroffer.domain.offer.Preferences;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.offer.VestingPreset;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Options and private RSUs in {@code counteroffer.offer/2}, and version 1 files read beside them. */
class PrivateCompanyJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The startup sample's grant as version 1 wrote it. */
    private static final String OPTIONS_1 = """
            {"format": "counteroffer.offer/1", "company": "Lattice AI", "base": 185000,
             "equity": {"type": "options", "shares": 40000, "strike": 2.50, "fair_market_value": 2.50,
                        "preferred_price": 9.00, "valuation": 450000000, "fully_diluted_shares": 50000000,
                        "exercise_window_months": 3, "vesting": "standard"}}
            """;

    private static final String FULL_OPTIONS = """
            {"format": "counteroffer.offer/2", "company": "Lattice AI", "base": 185000,
             "equity": {"type": "options", "shares": 60000, "strike": 4, "fair_market_value": 4,
                        "preferred_price": 12.00, "vesting": "standard", "option_type": "nso", "early_exercise": true,
                        "private_company": {
                          "valuation_basis": "scenarios", "exit_value": 2000000000, "exit_price": 30.5,
                          "scenarios": [{"name": "Fails", "company_value": 0, "probability_pct": 50},
                                        {"name": "Strong exit", "company_value": 3000000000, "probability_pct": 50}],
                          "preferences": {"invested": 150000000, "multiple": 1.5, "participating": true,
                                          "preferred_pct": 35},
                          "dilution": {"pct_per_round": 15, "rounds_to_exit": 3},
                          "liquidity": {"kind": "tender", "tender_every_months": 12, "first_tender_month": 6,
                                        "tender_sellable_pct": 20, "tender_price": 11.50}}}}
            """;

    private static final String PRIVATE_RSUS = """
            {"format": "counteroffer.offer/2", "company": "Frontier Lab", "base": 300000,
             "equity": {"type": "rsu", "shares": 8000, "share_price": 250, "fair_market_value": 90,
                        "fully_diluted_shares": 2000000000, "vesting": "standard",
                        "private_company": {"liquidity": {"kind": "double_trigger", "expiry_years": 7}}}}
            """;

    @Test
    void aVersionOneFileStillReadsWithEveryNewKeyAtItsDefault() {
        OptionGrant options = (OptionGrant) OfferJson.readFile(OPTIONS_1, "old.json").equity();

        assertThat(options.type()).isEqualTo(OptionType.ISO);
        assertThat(options.earlyExercise()).isFalse();
        assertThat(options.company()).isEqualTo(PrivateCompany.DEFAULTS);
        assertThat(options.preferredPrice()).isEqualByComparingTo("9.00");
    }

    @Test
    void aVersionOneFileWithAVersionTwoKeyIsToldToRaiseItsFormat() {
        List<String> problems = problems(OPTIONS_1.replace("\"vesting\": \"standard\"",
                "\"vesting\": \"standard\", \"option_type\": \"nso\""));

        assertThat(problems).containsExactly("equity.option_type: a key of counteroffer.offer/2, not of "
                + "counteroffer.offer/1; to use it, change the format to \"counteroffer.offer/2\"");
    }

    @Test
    void everyPrivateCompanyKeyReadsIntoItsTerm() {
        OptionGrant options = (OptionGrant) OfferJson.readFile(FULL_OPTIONS, "full.json").equity();

        assertThat(options.type()).isEqualTo(OptionType.NSO);
        assertThat(options.earlyExercise()).isTrue();
        PrivateCompany company = options.company();
        assertThat(company.valuation()).isEqualTo(ValuationBasis.SCENARIOS);
        assertThat(company.exitValue()).isEqualTo(2_000_000_000L);
        assertThat(company.exitPrice()).isEqualByComparingTo("30.5");
        assertThat(company.scenarios()).containsExactly(
                new ExitScenario("Fails", 0, BigDecimal.valueOf(50)),
                new ExitScenario("Strong exit", 3_000_000_000L, BigDecimal.valueOf(50)));
        assertThat(company.preferences()).isEqualTo(
                new Preferences(150_000_000, new BigDecimal("1.5"), true, BigDecimal.valueOf(35)));
        assertThat(company.dilution()).isEqualTo(new Dilution(BigDecimal.valueOf(15), 3));
        assertThat(company.liquidity()).isEqualTo(new Liquidity(Liquidity.Kind.TENDER, null, 12, 6,
                BigDecimal.valueOf(20), new BigDecimal("11.50")));
        Offer offer = OfferJson.readFile(FULL_OPTIONS, "full.json");
        assertThat(OfferJson.read(OfferJson.write(offer), "again")).isEqualTo(offer);
    }

    @Test
    void aPrivateCompanysRsusReadWithTheir409aPriceShareCountAndTerms() {
        RsuGrant rsu = (RsuGrant) OfferJson.readFile(PRIVATE_RSUS, "lab.json").equity();

        assertThat(rsu.isPrivate()).isTrue();
        assertThat(rsu.fairMarketValue()).isEqualByComparingTo("90");
        assertThat(rsu.fullyDilutedShares()).isEqualTo(2_000_000_000L);
        // Keys left out of private_company take their defaults.
        assertThat(rsu.company()).isEqualTo(new PrivateCompany(ValuationBasis.FAIR_MARKET_VALUE, null, null, List.of(),
                Preferences.NONE, Dilution.DEFAULT, new Liquidity(Liquidity.Kind.DOUBLE_TRIGGER, 7, null, null, null,
                        null)));
    }

    @Test
    void writingWritesVersionTwoWithEveryTermSpelledOutButTheDefaultScenarios() throws IOException {
        Offer offer = withEquity(new OptionGrant(60_000, BigDecimal.valueOf(4), BigDecimal.valueOf(4),
                BigDecimal.valueOf(12), null, null, null, Vesting.of(VestingPreset.STANDARD)));

        JsonNode equity = MAPPER.readTree(OfferJson.write(offer)).get("equity");

        assertThat(MAPPER.readTree(OfferJson.write(offer)).get("format").asText()).isEqualTo("counteroffer.offer/2");
        assertThat(equity.get("option_type").asText()).isEqualTo("iso");
        assertThat(equity.get("early_exercise").asBoolean()).isFalse();
        JsonNode company = equity.get("private_company");
        assertThat(company.fieldNames()).toIterable()
                .containsExactly("valuation_basis", "preferences", "dilution", "liquidity");
        assertThat(company.get("valuation_basis").asText()).isEqualTo("409a");
        assertThat(company.at("/preferences/multiple").decimalValue()).isEqualByComparingTo("1");
        assertThat(company.at("/dilution/pct_per_round").decimalValue()).isEqualByComparingTo("20");
        assertThat(company.at("/dilution/rounds_to_exit").asInt()).isEqualTo(2);
        assertThat(company.at("/liquidity/kind").asText()).isEqualTo("at_exit");
        assertThat(OfferJson.read(OfferJson.write(offer), "again")).isEqualTo(offer);
    }

    @Test
    void aPublicCompanysRsusCarryNoPrivateKeys() throws IOException {
        JsonNode equity = MAPPER.readTree(OfferJson.write(withEquity(
                RsuGrant.ofValue(400_000, Vesting.of(VestingPreset.AMAZON))))).get("equity");

        assertThat(equity.fieldNames()).toIterable().containsExactly("type", "grant_value", "vesting");
    }

    @Test
    void privateRsusNeedSharesAndAPriceAndTheir409aPriceNeedsPrivateTerms() {
        String byValue = """
                {"format": "counteroffer.offer/2", "company": "Frontier Lab", "base": 300000,
                 "equity": {"type": "rsu", "grant_value": 2000000, "vesting": "standard", "private_company": {}}}
                """;
        assertThat(problems(byValue)).containsExactly(
                "equity.shares: missing; a private company's RSUs are valued per share: give shares and share_price"
                        + " (the latest round's price)",
                "equity.share_price: missing; a private company's RSUs are valued per share: give shares and"
                        + " share_price (the latest round's price)");

        String publicWith409a = """
                {"format": "counteroffer.offer/2", "company": "Frontier Lab", "base": 300000,
                 "equity": {"type": "rsu", "shares": 8000, "share_price": 250, "fair_market_value": 90,
                            "fully_diluted_shares": 2000000000, "vesting": "standard"}}
                """;
        assertThat(problems(publicWith409a)).containsExactly(
                "equity.fair_market_value: only for a private company's RSUs; add private_company ({} for the"
                        + " defaults) or remove it",
                "equity.fully_diluted_shares: only for a private company's RSUs; add private_company ({} for the"
                        + " defaults) or remove it");
    }

    @Test
    void wrongShapesAndIdsAreNamedByTheirPath() {
        String json = FULL_OPTIONS.replace("\"valuation_basis\": \"scenarios\"", "\"valuation_basis\": \"median\"")
                .replace("\"kind\": \"tender\", ", "")
                .replace("{\"name\": \"Fails\", \"company_value\": 0, \"probability_pct\": 50}",
                        "{\"name\": \"Fails\", \"company_value\": -1, \"probabilty_pct\": 50}")
                .replace("\"participating\": true", "\"participating\": \"yes\"")
                .replace("\"option_type\": \"nso\"", "\"option_type\": \"incentive\"");

        assertThat(problems(json)).containsExactlyInAnyOrder(
                "equity.option_type: expected one of iso, nso, found \"incentive\"",
                "equity.private_company.valuation_basis: expected one of 409a, preferred, exit, scenarios, found "
                        + "\"median\"",
                "equity.private_company.scenarios[0].probabilty_pct: unknown key; did you mean \"probability_pct\"? "
                        + "If not, remove it; the keys here are name, company_value, probability_pct",
                "equity.private_company.scenarios[0].company_value: expected a whole number of dollars, 0 or more, "
                        + "found -1",
                "equity.private_company.scenarios[0].probability_pct: missing; add the chance of this outcome as a "
                        + "percent",
                "equity.private_company.preferences.participating: expected true or false, found \"yes\"",
                "equity.private_company.liquidity.kind: missing; add \"kind\": \"at_exit\", \"double_trigger\" or "
                        + "\"tender\"");
    }

    @Test
    void theFormsLimitsApplyToFilesNamingTheKeys() {
        String json = FULL_OPTIONS.replace("\"valuation_basis\": \"scenarios\", \"exit_value\": 2000000000, "
                        + "\"exit_price\": 30.5,", "\"valuation_basis\": \"exit\",")
                .replace("\"probability_pct\": 50}]", "\"probability_pct\": 40}]")
                .replace("\"pct_per_round\": 15", "\"pct_per_round\": 95")
                .replace("\"first_tender_month\": 6,", "");

        assertThat(problems(json)).containsExactlyInAnyOrder(
                "equity.private_company.exit_value: valuing at an exit needs the company's value at the exit "
                        + "(exit_value) or the price per share (exit_price); give one of them",
                "equity.private_company.scenarios: the probabilities add up to 90 %; they must add up to 100 %",
                "equity.private_company.dilution.pct_per_round: between 0 and 90 %",
                "equity.private_company.liquidity.first_tender_month: a tender needs how often it comes "
                        + "(tender_every_months), the first month one can join (first_tender_month) and the share one "
                        + "may sell (tender_sellable_pct); give it");
    }

    @Test
    void aScenarioNameInAFileIsHeldToTheTextRules() {
        String json = FULL_OPTIONS.replace("\"Strong exit\"", "\"Strong\\u0007exit\"");

        assertThat(problems(json)).containsExactly(
                "equity.private_company.scenarios[1].name: a control character (U+0007) at character 7; remove it");
        // An offer the store kept is read without the text rules, as its other texts are.
        assertThat(OfferJson.read(json, "offer 3").equity().company().scenarios().get(1).name())
                .isEqualTo("Strong\u0007exit");
    }

    private static List<String> problems(String json) {
        OfferFormatException e = catchThrowableOfType(OfferFormatException.class,
                () -> OfferJson.readFile(json, "test.json"));
        assertThat(e).as("expected the file to be refused").isNotNull();
        return e.problems();
    }

    private static Offer withEquity(com.counteroffer.domain.offer.Equity equity) {
        return Offer.basic("Acme", 100_000).withTerms(100_000, List.of(), equity);
    }
}
