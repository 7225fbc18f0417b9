package com.counteroffer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** offers list/show/add/delete and projection, run in-process on a temporary database. */
class OffersCommandTest {

    private static final Path SAMPLE = Path.of("assets/sample-offers/sample-bigtech-amazon.json");

    @TempDir
    Path folder;

    @Test
    void addsListsShowsProjectsAndDeletesAnOffer() throws Exception {
        String db = folder.resolve("cli.db").toString();
        CliRun added = CliRun.of("offers", "add", "--file", SAMPLE.toString(), "--json", "--db", db);
        assertThat(added.exitCode()).as(added.err()).isZero();
        long id = new ObjectMapper().readTree(added.out()).get("id").asLong();

        JsonNode list = new ObjectMapper().readTree(CliRun.of("offers", "list", "--json", "--db", db).out());
        assertThat(list.get("offers")).hasSize(1);
        assertThat(list.get("offers").get(0).get("company").asText()).isEqualTo("Northwind Cloud");

        JsonNode shown = new ObjectMapper().readTree(CliRun.of("offers", "show", Long.toString(id), "--json", "--db", db).out());
        assertThat(shown.get("format").asText()).isEqualTo("counteroffer.offer/2");
        assertThat(shown.get("base").asLong()).isEqualTo(200_000);

        // The check: 300,000 / 290,000 / 390,000 / 390,000, annualised 342,500.
        JsonNode projection = new ObjectMapper().readTree(
                CliRun.of("projection", "--offer", Long.toString(id), "--json", "--db", db).out());
        assertThat(projection.get("years").findValuesAsText("total")).containsExactly("300000", "290000", "390000", "390000");
        assertThat(projection.get("tc_year1").asLong()).isEqualTo(300_000);
        assertThat(projection.get("tc_annualized").asLong()).isEqualTo(342_500);
        assertThat(projection.get("guaranteed").asLong()).isEqualTo(4 * 200_000 + 50_000);
        assertThat(projection.get("at_risk").asLong()).isEqualTo(4 * 30_000 + 400_000);

        assertThat(CliRun.of("offers", "delete", Long.toString(id), "--db", db).exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(CliRun.of("offers", "list", "--json", "--db", db).out()).get("offers")).isEmpty();
    }

    @Test
    void aBadOfferFileIsRefusedWholeNamingEachFieldWithExitTwo() throws Exception {
        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, """
                {"format": "counteroffer.offer/1", "company": "X", "base": -5,
                 "equity": {"type": "rsu", "grant_value": 100000, "vesting": "sometimes"}}
                """);
        String db = folder.resolve("bad.db").toString();
        CliRun run = CliRun.of("offers", "add", "--file", bad.toString(), "--db", db);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("base").contains("equity.vesting").contains("amazon");
        assertThat(CliRun.of("offers", "list", "--json", "--db", db).out()).contains("\"offers\" : [ ]");
    }

    @Test
    void projectionOfAFileWithGrowthAndItsBadInputs() throws Exception {
        CliRun grown = CliRun.of("projection", "--file", SAMPLE.toString(), "--growth", "0", "--years", "2", "--json");
        assertThat(grown.exitCode()).as(grown.err()).isZero();
        assertThat(new ObjectMapper().readTree(grown.out()).get("years")).hasSize(2);

        assertThat(CliRun.of("projection", "--file", SAMPLE.toString(), "--years", "11").exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(CliRun.of("projection", "--file", SAMPLE.toString(), "--growth", "fast").exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        CliRun missing = CliRun.of("projection", "--offer", "42", "--db", folder.resolve("none.db").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).contains("no offer with id 42");
        assertThat(CliRun.of("offers", "show", "abc", "--db", folder.resolve("none.db").toString()).exitCode())
                .isEqualTo(ExitCode.BAD_INPUT);
    }
    @Test
    void anOfferFileWhoseTextBreaksTheRulesIsRefusedWithTheLimitAndExitTwo() throws Exception {
        Path odd = folder.resolve("odd.json");
        Files.writeString(odd, "{\"format\": \"counteroffer.offer/1\", \"company\": \"" + "c".repeat(5_000)
                + "\", \"title\": \"Lead\\u0000\", \"base\": 150000}");
        String db = folder.resolve("odd.db").toString();

        CliRun run = CliRun.of("offers", "add", "--file", odd.toString(), "--db", db);

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("company: 5,000 characters long; the limit is 200")
                .contains("title: a control character (U+0000) at character 5");
        assertThat(CliRun.of("offers", "list", "--json", "--db", db).out()).contains("\"offers\" : [ ]");
    }
}
