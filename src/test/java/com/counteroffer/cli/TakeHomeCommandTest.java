package com.counteroffer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TakeHomeCommandTest {

    private static JsonNode json(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void californiaSingleInJson() throws Exception {
        // As in TaxEngineTest: federal 36,734; SS 11,439; Medicare 2,900; CA 14,354.98; SDI 2,600
        JsonNode json = json(CliRun.of("take-home", "--wages", "200k", "--state", "CA", "--filing", "single", "--json"));

        assertThat(json.get("federal_income_tax").decimalValue()).isEqualByComparingTo("36734.00");
        assertThat(json.get("social_security").decimalValue()).isEqualByComparingTo("11439.00");
        assertThat(json.get("medicare").decimalValue()).isEqualByComparingTo("2900.00");
        assertThat(json.get("additional_medicare").decimalValue()).isZero();
        assertThat(json.get("state_income_tax").decimalValue()).isEqualByComparingTo("14354.98");
        assertThat(json.get("local_income_tax").decimalValue()).isZero();
        assertThat(json.get("state_payroll").decimalValue()).isEqualByComparingTo("2600.00");
        // 36,734 + 11,439 + 2,900 + 14,354.98 + 2,600 = 68,027.98
        assertThat(json.get("total_tax").decimalValue()).isEqualByComparingTo("68027.98");
        assertThat(json.get("net").decimalValue()).isEqualByComparingTo("131972.02");
        assertThat(json.get("effective_rate").decimalValue()).isEqualByComparingTo("0.340140");
        assertThat(json.get("marginal_rate").decimalValue()).isEqualByComparingTo("0.3695");
        assertThat(json.get("brackets").get(0).get("jurisdiction").asText()).isEqualTo("Federal");
        assertThat(json.get("brackets").get(0).get("rate").decimalValue()).isEqualByComparingTo("0.10");
        assertThat(json.get("notes").toString()).contains("2025 schedule, used for 2026");
    }

    @Test
    void newYorkCityJointWithADeferral() throws Exception {
        // wages 140,050 − 24,000 = NY AGI 116,050; NY TI 100,000 → NYC 3,651.306 less the school tax credit
        // (125 fixed + 215.688 rate reduction) = 3,310.618 (see TaxEngineTest)
        JsonNode json = json(CliRun.of("take-home", "--wages", "$140,050", "--state", "ny", "--filing", "mfj",
                "--nyc", "--k401", "24,000", "--json"));

        assertThat(json.get("local_income_tax").decimalValue()).isEqualByComparingTo("3310.62");
        assertThat(json.get("take_home_after_deferral").decimalValue())
                .isEqualByComparingTo(json.get("net").decimalValue().subtract(json.get("k401_deferral").decimalValue()));
        assertThat(json.get("filing").asText()).isEqualTo("mfj");
    }

    @Test
    void marylandCountyRateInPercent() throws Exception {
        // TI 1,196,650 × 2.25 % = 26,924.625 → 26,924.63
        JsonNode json = json(CliRun.of("take-home", "--wages", "1.2m", "--state", "MD", "--filing", "single",
                "--md-county-rate", "2.25", "--json"));

        assertThat(json.get("local_income_tax").decimalValue()).isEqualByComparingTo("26924.63");
        assertThat(json.get("state_income_tax").decimalValue()).isEqualByComparingTo("71167.25");
    }

    @Test
    void textOutputIsReadable() {
        CliRun run = CliRun.of("take-home", "--wages", "100000", "--state", "TX", "--filing", "single");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Tax year 2026: $100,000 wages, single, Texas",
                "Federal income tax", "$13,170", "Total tax", "$20,820", "Net (wages − tax)", "$79,180",
                "Effective rate", "20.82 %", "Marginal rate", "29.65 %", "Texas has no wage income tax.");
    }

    @Test
    void badInputEndsWithExitCode2() {
        assertBad(CliRun.of("take-home", "--wages", "-5", "--state", "CA", "--filing", "single"), "--wages");
        assertBad(CliRun.of("take-home", "--wages", "100k", "--state", "PR", "--filing", "single"), "--state");
        assertBad(CliRun.of("take-home", "--wages", "100k", "--state", "CA", "--filing", "single",
                "--locality", "springfield"), "--locality: no locality \"springfield\" in California");
        assertBad(CliRun.of("take-home", "--wages", "100k", "--state", "CA", "--filing", "widow"), "--filing");
        assertBad(CliRun.of("take-home", "--wages", "100k", "--state", "CA", "--filing", "single", "--nyc"), "--nyc");
        assertBad(CliRun.of("take-home", "--wages", "100k", "--state", "NY", "--filing", "single",
                "--k401", "25000"), "$24,500");
        assertBad(CliRun.of("take-home", "--wages", "20k", "--state", "NY", "--filing", "single",
                "--k401", "21000"), "more than the wages");
        assertBad(CliRun.of("take-home", "--wages", "100k", "--state", "VA", "--filing", "single",
                "--md-county-rate", "3.2"), "--md-county-rate");
        assertBad(CliRun.of("take-home", "--wages", "100k", "--state", "MD", "--filing", "single",
                "--md-county-rate", "0.032"), "in percent");
    }

    @Test
    void twoEarnersEachHaveTheirOwnSocialSecurityWageBase() throws Exception {
        // Each earner: min(200,000, 184,500 wage base) × 6.2 % = 11,439; two earners 2 × 11,439 = 22,878
        JsonNode two = json(CliRun.of("take-home", "--wages", "200k", "--spouse-wages", "$200,000", "--state", "TX",
                "--filing", "mfj", "--json"));
        // One earner at 400,000: only the first 184,500 is taxed, 184,500 × 6.2 % = 11,439
        JsonNode one = json(CliRun.of("take-home", "--wages", "400k", "--state", "TX", "--filing", "mfj", "--json"));

        assertThat(two.get("social_security").decimalValue()).isEqualByComparingTo("22878.00");
        assertThat(one.get("social_security").decimalValue()).isEqualByComparingTo("11439.00");
        assertThat(two.get("wages").decimalValue()).isEqualByComparingTo("200000.00");
        assertThat(two.get("spouse_wages").decimalValue()).isEqualByComparingTo("200000.00");
        assertThat(two.get("household_wages").decimalValue()).isEqualByComparingTo("400000.00");
        assertThat(one.has("spouse_wages")).isFalse();
        // Income tax is on the joint return either way, so only Social Security differs: 22,878 − 11,439 = 11,439
        assertThat(two.get("federal_income_tax").decimalValue())
                .isEqualByComparingTo(one.get("federal_income_tax").decimalValue());
        assertThat(two.get("total_tax").decimalValue().subtract(one.get("total_tax").decimalValue()))
                .isEqualByComparingTo("11439.00");
        // Net is the household's: 400,000 − total tax
        assertThat(two.get("net").decimalValue())
                .isEqualByComparingTo(new BigDecimal("400000.00").subtract(two.get("total_tax").decimalValue()));
    }

    @Test
    void twoEarnersInText() {
        CliRun run = CliRun.of("take-home", "--wages", "200k", "--spouse-wages", "200k", "--state", "TX",
                "--filing", "mfj");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(
                "Tax year 2026: $200,000 wages + $200,000 spouse's wages = $400,000 household wages, "
                        + "married filing jointly, Texas",
                "Social Security", "$22,878", "Net (household − tax)");
    }

    @Test
    void spouseWagesAreRefusedUnlessMarriedFilingJointlyOrWhenBad() {
        assertBad(CliRun.of("take-home", "--wages", "100k", "--spouse-wages", "50k", "--state", "CA",
                "--filing", "single"), "--spouse-wages applies only with --filing mfj");
        assertBad(CliRun.of("take-home", "--wages", "100k", "--spouse-wages", "50k", "--state", "CA",
                "--filing", "hoh"), "--spouse-wages applies only with --filing mfj");
        assertBad(CliRun.of("take-home", "--wages", "100k", "--spouse-wages", "-5", "--state", "CA",
                "--filing", "mfj"), "--spouse-wages");
        assertBad(CliRun.of("take-home", "--wages", "100k", "--spouse-wages", "lots", "--state", "CA",
                "--filing", "mfj"), "--spouse-wages");
    }

    private static void assertBad(CliRun run, String mentioned) {
        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(mentioned);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMissingOptionIsAUsageError() {
        CliRun run = CliRun.of("take-home", "--wages", "100k", "--state", "CA");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--filing");
    }
}
