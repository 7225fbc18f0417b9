package com.counteroffer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** take-home's account and deduction flags (issue 19): --roth-401k, --age, --hsa, --hsa-coverage, --itemize-property-tax. */
class TakeHomeAccountsCommandTest {

    private static JsonNode json(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    private static void assertBad(CliRun run, String... mentioned) {
        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(mentioned);
        assertThat(run.out()).isEmpty();
    }

    private static CliRun takeHome(String... more) {
        String[] args = new String[6 + more.length];
        System.arraycopy(new String[] {"take-home", "--wages", "200k", "--state", "TX", "--filing"}, 0, args, 0, 6);
        System.arraycopy(more, 0, args, 6, more.length);
        return CliRun.of(args);
    }

    @Test
    void accountsInJson() throws Exception {
        // Age 55: limit 24,500 + 8,000 catch-up; at 200,000 of wages the catch-up must be Roth, so 24,500 pre-tax
        // + 8,000 Roth. HSA 9,750 = 8,750 family + 1,000 at 55. Medicare 1.45 % × (200,000 − 9,750) = 2,758.625
        JsonNode json = json(takeHome("single", "--k401", "24500", "--roth-401k", "8000", "--age", "55",
                "--hsa", "9,750", "--hsa-coverage", "family", "--json"));

        JsonNode accounts = json.get("accounts");
        assertThat(accounts.get("pre_tax_401k").decimalValue()).isEqualByComparingTo("24500");
        assertThat(accounts.get("roth_401k").decimalValue()).isEqualByComparingTo("8000");
        assertThat(accounts.get("hsa").decimalValue()).isEqualByComparingTo("9750");
        assertThat(accounts.get("hsa_coverage").asText()).isEqualTo("family");
        assertThat(accounts.get("age").asInt()).isEqualTo(55);
        assertThat(json.get("medicare").decimalValue()).isEqualByComparingTo("2758.63");
        // 200,000 − 24,500 − 9,750 − 16,100 = 149,650
        assertThat(json.get("federal_taxable_income").decimalValue()).isEqualByComparingTo("149650");
        // take-home after deferral: net − 24,500 − 8,000 − 9,750 = net − 42,250
        assertThat(json.get("take_home_after_deferral").decimalValue())
                .isEqualByComparingTo(json.get("net").decimalValue().subtract(new java.math.BigDecimal("42250")));
    }

    @Test
    void accountsInText() {
        CliRun run = takeHome("single", "--roth-401k", "10000", "--hsa", "4400");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Roth 401(k) deferral", "$10,000", "HSA (self)", "$4,400",
                "Take-home after deferral");
    }

    @Test
    void theDeductionUsedInJsonAndText() throws Exception {
        // As in SaltItemizingTest: CA 400,000 single, CA tax 33,336.13 + property tax 12,000 = 45,336.13,
        // capped at 40,400 > 16,100 standard: itemized; federal TI 359,600, tax 94,629.25
        JsonNode json = json(CliRun.of("take-home", "--wages", "400k", "--state", "CA", "--filing", "single",
                "--itemize-property-tax", "12,000", "--json"));
        JsonNode deduction = json.get("federal_deduction");
        assertThat(deduction.get("kind").asText()).isEqualTo("itemized");
        assertThat(deduction.get("amount").decimalValue()).isEqualByComparingTo("40400");
        assertThat(deduction.get("standard").decimalValue()).isEqualByComparingTo("16100");
        assertThat(deduction.get("property_tax").decimalValue()).isEqualByComparingTo("12000");
        assertThat(deduction.get("state_and_local_taxes").decimalValue()).isEqualByComparingTo("45336.13");
        assertThat(deduction.get("salt_cap").decimalValue()).isEqualByComparingTo("40400");
        assertThat(json.get("federal_income_tax").decimalValue()).isEqualByComparingTo("94629.25");

        CliRun text = takeHome("single", "--itemize-property-tax", "5000");
        assertThat(text.exitCode()).as(text.err()).isZero();
        // Texas: 5,000 of property tax is below the 16,100 standard deduction
        assertThat(text.out()).contains("Deduction: standard", "$16,100",
                "Standard deduction of $16,100 used: itemizing would give $5,000");
    }

    @Test
    void badAccountsNameTheirFlag() {
        assertBad(takeHome("single", "--roth-401k", "lots"), "--roth-401k");
        assertBad(takeHome("single", "--age", "5"), "--age", "between 14 and 120");
        assertBad(takeHome("single", "--hsa", "5000"), "--hsa:", "$4,400", "self-only");
        assertBad(takeHome("single", "--hsa-coverage", "family"), "--hsa-coverage applies only with --hsa");
        assertBad(takeHome("single", "--hsa", "100", "--hsa-coverage", "couple"), "--hsa-coverage", "self or family");
        assertBad(takeHome("single", "--k401", "20000", "--roth-401k", "5000"), "--k401 and --roth-401k:",
                "$24,500", "give the age");
        assertBad(takeHome("single", "--k401", "30000", "--age", "52"), "--k401:", "must be Roth", "$5,500");
        assertBad(takeHome("single", "--itemize-property-tax", "-3"), "--itemize-property-tax");
    }
}
