package com.counteroffer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TakeHomeWithholdingCommandTest {

    private static JsonNode json(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void rsuVestsInJsonShowWithheldBalanceDueAndTheSafeHarbour() throws Exception {
        // 200,000 base + 150,000 RSU, single, CA (hand-worked in WithholdingTest): federal withheld
        // 36,734 + 33,000 = 69,734; federal balance 11,574.957 → 11,574.96 (CA tax itemized); safe harbour
        // 90 % × 82,658.957 = 74,393.0613 → 74,393.06; still to pay 74,393.0613 − 71,084 = 3,309.0613 → 3,309.06.
        // CA: 10.23 % × 150,000 = 15,345 on the RSUs.
        JsonNode json = json(CliRun.of("take-home", "--wages", "350k", "--supplemental", "150k", "--state", "CA",
                "--filing", "single", "--json"));

        assertThat(json.get("supplemental_wages").decimalValue()).isEqualByComparingTo("150000");
        JsonNode withheld = json.get("withheld");
        assertThat(withheld.get("federal").decimalValue()).isEqualByComparingTo("69734.00");
        assertThat(withheld.get("federal_supplemental").decimalValue()).isEqualByComparingTo("33000.00");
        assertThat(withheld.get("additional_medicare").decimalValue()).isEqualByComparingTo("1350.00");
        assertThat(json.get("federal_balance_due").decimalValue()).isEqualByComparingTo("11574.96");
        assertThat(json.get("safe_harbor").get("required_payment").decimalValue()).isEqualByComparingTo("74393.06");
        assertThat(json.get("safe_harbor").get("estimated_payments_needed").decimalValue())
                .isEqualByComparingTo("3309.06");
        assertThat(json.get("safe_harbor").get("no_penalty").asBoolean()).isFalse();
        // the balance due is owed − withheld, both as printed
        assertThat(json.get("balance_due").decimalValue()).isEqualByComparingTo(
                json.get("total_tax").decimalValue().subtract(withheld.get("total").decimalValue()));
        assertThat(json.get("withholding_lines").toString())
                .contains("10.23 % × $150,000 supplemental wages", "Publication 15-T");
    }

    @Test
    void lastYearsTaxLowersTheSafeHarbourInText() {
        // 110 % × 60,000 = 66,000 < 90 % of this year's; withholding 71,084 covers it: nothing more to pay.
        CliRun run = CliRun.of("take-home", "--wages", "350000", "--supplemental", "150000", "--state", "CA",
                "--filing", "single", "--prior-year-tax", "60k", "--prior-year-agi-over-150k");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Withheld by payroll vs owed ($150,000 of the wages paid as bonus",
                "Federal income tax", "$69,734 withheld", "$81,309 owed", "Balance due in April",
                "Safe harbour (§6654)", "$66,000", "Estimated payments needed", "110 % × last year's tax $60,000");
    }

    @Test
    void badWithholdingInputEndsWithExitCode2NamingTheOption() {
        assertBad(CliRun.of("take-home", "--wages", "100k", "--supplemental", "150k", "--state", "TX",
                "--filing", "single"), "--supplemental: the supplemental wages $150,000 are more than the wages");
        assertBad(CliRun.of("take-home", "--wages", "100k", "--supplemental", "-1", "--state", "TX",
                "--filing", "single"), "--supplemental");
        assertBad(CliRun.of("take-home", "--wages", "100k", "--prior-year-tax", "lots", "--state", "TX",
                "--filing", "single"), "--prior-year-tax");
        assertBad(CliRun.of("take-home", "--wages", "100k", "--prior-year-agi-over-150k", "--state", "TX",
                "--filing", "single"), "--prior-year-agi-over-150k applies only with --prior-year-tax");
    }

    private static void assertBad(CliRun run, String expected) {
        assertThat(run.exitCode()).as(run.out()).isEqualTo(2);
        assertThat(run.err()).contains(expected);
    }
}
