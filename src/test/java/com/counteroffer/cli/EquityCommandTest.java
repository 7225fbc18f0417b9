package com.counteroffer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code equity} on the sample AI start-up: 40,000 options at a $2.50 strike, 409A $2.50, preferred
 * $9.00, valued at $450M with 50,000,000 shares fully diluted; $95M of 1× non-participating preferences
 * (30 % of the company as converted); two rounds of 20 % dilution; valued at the 409A price.
 */
class EquityCommandTest {

    private static final Path STARTUP = Path.of("assets/sample-offers/sample-ai-startup.json");
    private static final Path BIG_TECH = Path.of("assets/sample-offers/sample-bigtech-amazon.json");

    @TempDir
    Path folder;

    private String db;
    private String startupId;

    @BeforeEach
    void saveTheStartup() throws Exception {
        db = folder.resolve("equity.db").toString();
        CliRun added = CliRun.of("offers", "add", "--file", STARTUP.toString(), "--json", "--db", db);
        assertThat(added.exitCode()).as(added.err()).isZero();
        startupId = new ObjectMapper().readTree(added.out()).get("id").asText();
    }

    private JsonNode equity(String... options) throws Exception {
        String[] args = new String[options.length + 5];
        args[0] = "equity";
        args[1] = "--offer";
        args[2] = startupId;
        System.arraycopy(options, 0, args, 3, options.length);
        args[options.length + 3] = "--db";
        args[options.length + 4] = db;
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void atThePreferredPriceTheGrantIsWorthItsSpreadWithOwnershipAndExerciseCost() throws Exception {
        JsonNode json = equity("--valuation", "preferred");

        assertThat(json.get("company").asText()).isEqualTo("Lattice AI");
        assertThat(json.get("valuation").get("basis").asText()).isEqualTo("preferred");
        // 40,000 × ($9.00 − $2.50) = $260,000.
        assertThat(json.get("grant_value").get("expected").decimalValue()).isEqualByComparingTo("260000");
        assertThat(json.get("grant_value").get("lower_bound").asText()).contains("$0");
        // 40,000 ÷ 50,000,000 = 0.08 %; after two rounds of 20 %: 0.08 × 0.64 = 0.0512 %.
        JsonNode ownership = json.get("ownership");
        assertThat(ownership.get("percent_today").decimalValue()).isEqualByComparingTo("0.08");
        assertThat(ownership.get("path")).hasSize(3);
        assertThat(ownership.get("percent_at_exit").decimalValue()).isEqualByComparingTo("0.0512");
        // Exercising all: 40,000 × $2.50 = $100,000; the spread at the 409A is $0, so no tax on it.
        JsonNode exercise = json.get("exercise");
        assertThat(exercise.get("cost_all").decimalValue()).isEqualByComparingTo("100000");
        assertThat(exercise.get("window_months").asInt()).isEqualTo(3);
        assertThat(exercise.get("iso_limit").get("nso_shares").asLong()).isZero();
        assertThat(exercise.get("tax").get("estimate").asBoolean()).isTrue();
        assertThat(exercise.get("tax").get("iso_spread").decimalValue()).isEqualByComparingTo("0");
        assertThat(exercise.get("tax").get("amt").get("amt").decimalValue()).isEqualByComparingTo("0");
        assertThat(json.get("liquidity").get("kind").asText()).isEqualTo("at_exit");
        assertThat(json.get("taxed_as").asText()).contains("California");
    }

    @Test
    void anExitValueIsSharedOutAfterDilutionAndTheDefaultScenariosAreListed() throws Exception {
        // $1,000M with 50,000,000 ÷ 0.8² = 78,125,000 shares at the exit; preferred converts, since 15,000,000
        // ÷ 78,125,000 of $1,000M = $192M beats its $95M preference: $1,000M ÷ 78,125,000 = $12.80 a share.
        // 40,000 × ($12.80 − $2.50) = $412,000.
        JsonNode json = equity("--valuation", "exit", "--exit-value", "1000m");

        assertThat(json.get("valuation").get("basis").asText()).isEqualTo("exit");
        assertThat(json.get("chosen_exit").get("per_common_share").decimalValue()).isEqualByComparingTo("12.80");
        assertThat(json.get("grant_value").get("expected").decimalValue()).isEqualByComparingTo("412000");
        assertThat(json.get("scenarios")).hasSize(4);
        assertThat(json.get("scenarios").get(0).get("grant_payout").decimalValue()).isEqualByComparingTo("0");
        assertThat(json.get("break_points").get("break_even_exit").decimalValue()).isEqualByComparingTo("95000000");
        assertThat(json.get("assumptions").toString()).contains("Correlation Ventures");
    }

    @Test
    void anExitValueAloneValuesAtThatExit() throws Exception {
        // The offer is valued at the 409A price; --exit-value without --valuation means the exit (as above).
        JsonNode json = equity("--exit-value", "1000m");

        assertThat(json.get("valuation").get("basis").asText()).isEqualTo("exit");
        assertThat(json.get("chosen_exit").get("per_common_share").decimalValue()).isEqualByComparingTo("12.80");
        assertThat(json.get("grant_value").get("expected").decimalValue()).isEqualByComparingTo("412000");
    }

    @Test
    void anExitValueWithAnotherValuationIsRefusedRatherThanIgnored() {
        for (String other : new String[] {"preferred", "409a", "scenarios"}) {
            CliRun run = CliRun.of("equity", "--offer", startupId, "--valuation", other, "--exit-value", "1000m",
                    "--db", db);
            assertThat(run.exitCode()).as(other).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).as(other).contains("--exit-value needs --valuation exit");
            assertThat(run.out()).as(other).isEmpty();
        }
    }

    @Test
    void badValuesAndOffersWithoutPrivateEquityAreRefusedWithExitTwo() throws Exception {
        CliRun basis = CliRun.of("equity", "--offer", startupId, "--valuation", "hype", "--db", db);
        assertThat(basis.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(basis.err()).contains("--valuation", "409a, preferred, exit, scenarios", "hype");

        CliRun exit = CliRun.of("equity", "--offer", startupId, "--exit-value", "lots", "--db", db);
        assertThat(exit.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(exit.err()).contains("--exit-value", "is not an amount");

        CliRun missing = CliRun.of("equity", "--offer", "99", "--db", db);
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("no offer with id 99");

        CliRun added = CliRun.of("offers", "add", "--file", BIG_TECH.toString(), "--json", "--db", db);
        String bigTech = new ObjectMapper().readTree(added.out()).get("id").asText();
        CliRun rsus = CliRun.of("equity", "--offer", bigTech, "--db", db);
        assertThat(rsus.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(rsus.err()).contains("no options or private-company shares");
        assertThat(rsus.out()).isEmpty();
    }
}
