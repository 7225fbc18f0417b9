package com.counteroffer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class TakeHomeWorkStateCommandTest {

    private static JsonNode json(CliRun run) throws Exception {
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void aVirginiaResidentWorkingInNewYorkInJson() throws Exception {
        // As in WorkStateTaxTest: New York 4,859.75; Virginia 4,935.90 less the credit of 4,859.75 = 76.15;
        // New York's premiums 443.11
        JsonNode json = json(CliRun.of("take-home", "--wages", "100k", "--state", "VA", "--work-state", "ny",
                "--filing", "single", "--json"));

        assertThat(json.get("work_state").asText()).isEqualTo("NY");
        assertThat(json.get("work_state_income_tax").decimalValue()).isEqualByComparingTo("4859.75");
        assertThat(json.get("state_income_tax").decimalValue()).isEqualByComparingTo("76.15");
        assertThat(json.get("state_payroll").decimalValue()).isEqualByComparingTo("443.11");
        // 13,170 + 7,650 + 76.15 + 4,859.75 + 443.11
        assertThat(json.get("total_tax").decimalValue()).isEqualByComparingTo("26199.01");
        assertThat(json.get("components").toString()).contains("Credit for tax paid to New York", "-4859.75");
    }

    @Test
    void theWithholdingTextOwesTheWorkStatesTaxAsStateTax() {
        // New Jersey 0 after the credit + New York 4,859.75 (WorkStateTaxTest), withheld as owed
        CliRun run = CliRun.of("take-home", "--wages", "100k", "--state", "NJ", "--work-state", "NY", "--filing",
                "single");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("State income tax                  $4,860 withheld        $4,860 owed");
    }

    @Test
    void withoutAWorkStateTheJsonSaysNone() throws Exception {
        JsonNode json = json(CliRun.of("take-home", "--wages", "100k", "--state", "VA", "--filing", "single",
                "--json"));

        assertThat(json.get("work_state").isNull()).isTrue();
        assertThat(json.get("work_state_income_tax").decimalValue()).isZero();
    }

    @Test
    void aMarylandResidentWorkingInTheDistrictInText() {
        CliRun run = CliRun.of("take-home", "--wages", "100k", "--state", "MD", "--work-state", "DC",
                "--filing", "single");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Tax year 2026: $100,000 wages, single, Maryland, working in District of "
                + "Columbia", "Work state income tax", "State tax after credit",
                "District of Columbia taxes no nonresident's wages");
    }

    @Test
    void aBadWorkStateIsBadInput() {
        assertBad(CliRun.of("take-home", "--wages", "100k", "--state", "VA", "--work-state", "XX", "--filing",
                "single"), "--work-state: unknown state \"XX\"");
        assertBad(CliRun.of("take-home", "--wages", "100k", "--state", "VA", "--work-state", "OTHER", "--filing",
                "single"), "--work-state: unknown state \"OTHER\"");
        assertBad(CliRun.of("take-home", "--wages", "100k", "--state", "OTHER", "--work-state", "NY", "--filing",
                "single"), "--work-state: a work state (NY) needs a state of residence");
    }

    private static void assertBad(CliRun run, String mentioned) {
        assertThat(run.exitCode()).as(run.out()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains(mentioned);
        assertThat(run.out()).isEmpty();
    }
}
