package com.counteroffer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** projection --valuation and --exit-value on the sample startup offer (issue 18). */
class ProjectionValuationCommandTest {

    private static final String STARTUP = "assets/sample-offers/sample-ai-startup.json";
    private static final String BIG_TECH = "assets/sample-offers/sample-bigtech-amazon.json";

    @Test
    void theOffersOwnChoiceIsThe409aPriceWhereTheOptionsAreWorthNothing() throws Exception {
        JsonNode json = json("projection", "--file", STARTUP, "--json");

        assertThat(json.get("valuation").get("basis").asText()).isEqualTo("409a");
        assertThat(json.get("valuation").get("grant_value").asLong()).isZero();
        assertThat(json.get("paper").asLong()).isZero();
    }

    @Test
    void atThePreferredPriceTheOptionsCountAndAreNamed() throws Exception {
        // 40,000 × (9.00 − 2.50) = 260,000 over the grant; all vested within 4 years, all paper.
        JsonNode json = json("projection", "--file", STARTUP, "--valuation", "preferred", "--json");

        assertThat(json.get("valuation").get("basis").asText()).isEqualTo("preferred");
        assertThat(json.get("valuation").get("per_unit").decimalValue()).isEqualByComparingTo("6.50");
        assertThat(json.get("valuation").get("grant_value").asLong()).isEqualTo(260_000);
        assertThat(json.get("paper").asLong()).isEqualTo(260_000);
        assertThat(json.get("liquid").asLong() + 260_000).isEqualTo(json.get("horizon_total").asLong());

        CliRun text = CliRun.of("projection", "--file", STARTUP, "--valuation", "preferred");
        assertThat(text.out()).contains("Valuation: Preferred price — 40,000 options at the preferred price of $9.00,"
                + " $260,000 for the whole grant").contains("Paper $260,000");
    }

    @Test
    void anExitValueForThisRunIsSharedOutAfterDilutionAndPreferences() throws Exception {
        JsonNode json = json("projection", "--file", STARTUP, "--exit-value", "2000m", "--json");

        assertThat(json.get("valuation").get("basis").asText()).isEqualTo("exit");
        assertThat(json.get("valuation").get("convention").asText()).startsWith("Valued at an exit of $2,000,000,000");
        assertThat(json.get("valuation").get("grant_value").asLong()).isPositive();
    }

    @Test
    void badValuationsAndAnExitForPublicStockAreRefusedWithWhatToFix() {
        CliRun basis = CliRun.of("projection", "--file", STARTUP, "--valuation", "moon");
        assertThat(basis.exitCode()).isNotZero();
        assertThat(basis.err()).contains("--valuation: expected 409a, preferred, exit or scenarios, not moon");

        CliRun amount = CliRun.of("projection", "--file", STARTUP, "--exit-value", "lots");
        assertThat(amount.exitCode()).isNotZero();
        assertThat(amount.err()).contains("--exit-value:");

        CliRun ignored = CliRun.of("projection", "--file", STARTUP, "--valuation", "preferred", "--exit-value", "2000m");
        assertThat(ignored.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(ignored.err()).contains("--exit-value needs --valuation exit (found --valuation preferred)");
        assertThat(ignored.out()).isEmpty();

        CliRun publicStock = CliRun.of("projection", "--file", BIG_TECH, "--exit-value", "2000m");
        assertThat(publicStock.exitCode()).isNotZero();
        assertThat(publicStock.err()).contains("--exit-value: an exit value applies to options or a private company's"
                + " shares");
    }

    private static JsonNode json(String... args) throws Exception {
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }
}
