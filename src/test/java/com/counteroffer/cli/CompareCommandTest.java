package com.counteroffer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.compare.CompareEngine;
import com.counteroffer.domain.compare.CompareEntry;
import com.counteroffer.domain.compare.Comparison;
import com.counteroffer.domain.compensation.ProjectionSettings;
import com.counteroffer.domain.compensation.WholeDollars;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare, run in-process on a temporary database holding the three sample offers. */
class CompareCommandTest {

    private static final List<Path> SAMPLES = List.of(
            Path.of("assets/sample-offers/sample-ai-startup.json"),
            Path.of("assets/sample-offers/sample-bigtech-amazon.json"),
            Path.of("assets/sample-offers/sample-current-job.json"));

    @TempDir
    Path folder;

    private String db;
    /** Saved id → the sample file it came from, in the order added. */
    private final Map<Long, Path> saved = new LinkedHashMap<>();

    @BeforeEach
    void addSamples() throws Exception {
        db = folder.resolve("compare.db").toString();
        for (Path sample : SAMPLES) {
            CliRun added = CliRun.of("offers", "add", "--file", sample.toString(), "--json", "--db", db);
            assertThat(added.exitCode()).as(added.err()).isZero();
            saved.put(new ObjectMapper().readTree(added.out()).get("id").asLong(), sample);
        }
    }

    @Test
    void comparesTheSamplesAsTheEngineDoes() throws Exception {
        List<Long> ids = List.copyOf(saved.keySet());
        JsonNode result = matchesTheEngine(ids, 6, "10%", new BigDecimal("0.10"));

        assertThat(result.get("horizon_years").asInt()).isEqualTo(6);
        JsonNode offers = result.get("offers");
        assertThat(offers.findValuesAsText("company"))
                .containsExactly("Lattice AI", "Northwind Cloud", "Current employer Inc");
        for (JsonNode offer : offers) {
            assertThat(offer.get("years")).hasSize(6);
            assertThat(offer.get("years").get(0).has("sign_on")).as("the projection's year shape").isTrue();
            long sum = 0;
            for (JsonNode year : offer.get("years")) {
                sum += year.get("total").asLong();
            }
            // whole-dollar years may round apart from the exact total, by under a dollar a year
            assertThat(offer.get("horizon_total").asLong()).isBetween(sum - 6, sum + 6);
            assertThat(offer.has("after_tax")).isFalse();
        }
    }

    @Test
    void theCrossoverYearIsTheEnginesWhenTheLeaderChanges() throws Exception {
        List<Long> ids = List.copyOf(saved.keySet());
        // With the stock falling 20 % a year, the start-up leads in year 1 on its sign-on; the current
        // job's raises and refreshers put its running total ahead from year 2.
        JsonNode result = matchesTheEngine(List.of(ids.get(0), ids.get(2)), 6, "-20%", new BigDecimal("-0.20"));

        assertThat(result.get("crossover_year").asInt()).isEqualTo(2);
    }

    @Test
    void theBreakEvenGrowthIsTheEnginesWhenTheRankingCanFlip() throws Exception {
        Path steady = folder.resolve("steady.json");
        Files.writeString(steady, """
                {"format": "counteroffer.offer/1", "company": "Steady Corp", "base": 340000}
                """);
        CliRun added = CliRun.of("offers", "add", "--file", steady.toString(), "--json", "--db", db);
        assertThat(added.exitCode()).as(added.err()).isZero();
        long steadyId = new ObjectMapper().readTree(added.out()).get("id").asLong();
        saved.put(steadyId, steady);
        long northwind = List.copyOf(saved.keySet()).get(1);

        // 4 × 340,000 = 1,360,000 against Northwind's 1,370,000: a slight fall of the stock ties them.
        JsonNode result = matchesTheEngine(List.of(steadyId, northwind), 4, "0", BigDecimal.ZERO);

        assertThat(result.get("best_by_horizon_total").asLong()).isEqualTo(northwind);
        assertThat(result.get("breakeven_growth").decimalValue()).isNegative().isGreaterThan(new BigDecimal("-0.05"));
        assertThat(result.get("crossover_year").asInt()).isEqualTo(4);
    }

    /** Runs compare --json on {@code ids} and checks it against CompareEngine on the same offers and settings. */
    private JsonNode matchesTheEngine(List<Long> ids, int years, String growthText, BigDecimal growth) throws Exception {
        CliRun run = CliRun.of("compare", "--db", db, "--offers",
                String.join(",", ids.stream().map(String::valueOf).toList()), "--years", Integer.toString(years),
                "--growth", growthText, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode result = new ObjectMapper().readTree(run.out());

        long bestId = 0;
        long bestTotal = Long.MIN_VALUE;
        for (JsonNode offer : result.get("offers")) {
            if (offer.get("horizon_total").asLong() > bestTotal) {
                bestTotal = offer.get("horizon_total").asLong();
                bestId = offer.get("id").asLong();
            }
        }
        assertThat(result.get("best_by_horizon_total").asLong()).isEqualTo(bestId);

        Comparison engine = engine(ids, years, growth);
        assertThat(result.get("best_by_horizon_total").asText()).isEqualTo(engine.bestByHorizonTotal());
        assertThat(result.get("crossover_year").isNull() ? null : result.get("crossover_year").asInt())
                .isEqualTo(engine.crossoverYear());
        List<String> changes = new ArrayList<>();
        result.get("leader_changes").forEach(change -> changes.add(change.get("basis").asText() + " "
                + change.get("year").asInt() + " " + change.get("from").asLong() + "→" + change.get("to").asLong()));
        assertThat(changes).isEqualTo(engine.leaderChanges().stream().map(change -> change.basis().id() + " "
                + change.year() + " " + change.fromKey() + "→" + change.toKey()).toList());
        if (engine.breakevenGrowth() == null) {
            assertThat(result.get("breakeven_growth").isNull()).isTrue();
        } else {
            assertThat(result.get("breakeven_growth").decimalValue()).isEqualByComparingTo(engine.breakevenGrowth());
        }
        List<String> insights = new ArrayList<>();
        result.get("insights").forEach(node -> insights.add(node.asText()));
        assertThat(insights).isEqualTo(engine.insights());
        for (JsonNode offer : result.get("offers")) {
            assertThat(offer.get("horizon_total").asLong()).isEqualTo(WholeDollars.of(
                    engine.offer(offer.get("id").asText()).orElseThrow().horizonTotal()));
        }
        return result;
    }

    /** CompareEngine on the saved offers {@code ids}, read from their files. */
    private Comparison engine(List<Long> ids, int years, BigDecimal growth) {
        List<CompareEntry> entries = new ArrayList<>();
        for (long id : ids) {
            entries.add(new CompareEntry(Long.toString(id), com.counteroffer.service.OfferService.readFile(saved.get(id)), null));
        }
        return CompareEngine.compare(entries, ProjectionSettings.defaults().withYears(years).withGrowth(growth), null);
    }

    @Test
    void theLeaderChangesInJsonAndTheLeaderSentencesInTextAgree() throws Exception {
        // Northwind pays 400,000 every year; Contoso 300,000 raised 8 % a year pays more from year 5
        // (408,147) but its running total stays behind through year 7 (2,676,841 against 2,800,000).
        long northwind = addOffer("northwind", """
                {"format": "counteroffer.offer/1", "company": "Northwind", "base": 400000}
                """);
        long contoso = addOffer("contoso", """
                {"format": "counteroffer.offer/1", "company": "Contoso", "base": 300000, "yearly_raise_pct": 8}
                """);
        JsonNode result = matchesTheEngine(List.of(northwind, contoso), 7, "0", BigDecimal.ZERO);
        CliRun text = CliRun.of("compare", "--db", db, "--offers", northwind + "," + contoso, "--years", "7");
        assertThat(text.exitCode()).as(text.err()).isZero();

        JsonNode changes = result.get("leader_changes");
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).get("basis").asText()).isEqualTo("yearly");
        assertThat(changes.get(0).get("year").asInt()).isEqualTo(5);
        assertThat(changes.get(0).get("from").asLong()).isEqualTo(northwind);
        assertThat(changes.get(0).get("to").asLong()).isEqualTo(contoso);
        assertThat(result.get("crossover_year").isNull()).isTrue();
        List<String> lines = text.out().lines().toList();
        assertThat(lines).containsSubsequence(
                "Year by year, Northwind pays the most in years 1–4 and Contoso in years 5–7.",
                "Running total: Northwind stays ahead through year 7 (Contoso closes the gap to $123,159).");
        assertThat(text.out()).doesNotContain("Crossover:").doesNotContainIgnoringCase("every year");
        // Every change in the JSON is named in the text's sentence for its basis, from its year on.
        Map<Long, String> companies = new LinkedHashMap<>();
        result.get("offers").forEach(offer -> companies.put(offer.get("id").asLong(), offer.get("company").asText()));
        for (JsonNode change : changes) {
            String prefix = change.get("basis").asText().equals("yearly") ? "Year by year, " : "Running total: ";
            int year = change.get("year").asInt();
            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(prefix)
                    .containsPattern(java.util.regex.Pattern.quote(companies.get(change.get("to").asLong()))
                            + ".*in years? " + year + "\\b"));
        }
    }

    private long addOffer(String name, String json) throws Exception {
        Path file = folder.resolve(name + ".json");
        Files.writeString(file, json);
        CliRun added = CliRun.of("offers", "add", "--file", file.toString(), "--json", "--db", db);
        assertThat(added.exitCode()).as(added.err()).isZero();
        long id = new ObjectMapper().readTree(added.out()).get("id").asLong();
        saved.put(id, file);
        return id;
    }

    @Test
    void afterTaxAddsNetPayBelowTheGrossAndSaysWhereEachOfferIsTaxed() throws Exception {
        JsonNode result = compareJson("--after-tax", "--state", "WA", "--filing", "mfj");

        assertThat(result.get("state").asText()).isEqualTo("WA");
        assertThat(result.get("filing").asText()).isEqualTo("mfj");
        for (JsonNode offer : result.get("offers")) {
            JsonNode afterTax = offer.get("after_tax");
            assertThat(afterTax).hasSize(4);
            long netTotal = 0;
            for (JsonNode year : afterTax) {
                assertThat(year.has("year")).isTrue();
                assertThat(year.has("purchasing_power")).isTrue();
                long wages = year.get("wages").asLong();
                assertThat(year.get("total_tax").asLong()).isPositive();
                assertThat(year.get("net").asLong()).isEqualTo(wages - year.get("total_tax").asLong()).isLessThan(wages);
                netTotal += year.get("net").asLong();
            }
            assertThat(offer.get("net_horizon_total").asLong()).isEqualTo(netTotal)
                    .isLessThan(offer.get("horizon_total").asLong());
            assertThat(offer.get("residence").asText()).startsWith("Taxed");
        }
        // The on-site San Francisco offer moves you to California; the remote one keeps Washington.
        assertThat(offerNamed(result, "Lattice AI").get("residence").asText()).contains("California");
        assertThat(offerNamed(result, "Current employer Inc").get("residence").asText()).contains("Washington");
    }

    @Test
    void theTextTableShowsOffersAsColumnsAndTheSummary() {
        CliRun run = CliRun.of(args("--after-tax", "--state", "CA", "--filing", "single"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Lattice AI", "Northwind Cloud", "Year 1", "Year 4", "Horizon total",
                "Net year 1", "Net total", "Best over 4 years:", "Break-even stock growth:", "Insights:");
        // Who leads is said in the engine's own sentences, the ones the window shows.
        List<String> leaders = engine(List.copyOf(saved.keySet()), 4, BigDecimal.ZERO).leaderSentences();
        assertThat(leaders).isNotEmpty();
        assertThat(run.out().lines().toList()).containsSubsequence(leaders);
        assertThat(run.out()).doesNotContain("Crossover:");
        // The first line names the scenario, so the figures can be matched with the Compare screen.
        assertThat(run.out().lines().findFirst().orElseThrow()).isEqualTo(
                "Scenario: 4 years, stock growth 0 %/yr, startup equity at each offer's own valuation (the client's"
                        + " scenario with the options given).");
    }

    @Test
    void theValuationOptionValuesTheStartupsOptionsAndIsNamed() throws Exception {
        CliRun run = CliRun.of("compare", "--valuation", "preferred", "--json", "--db", db);
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("valuation").asText()).isEqualTo("preferred");
        JsonNode lattice = json.get("offers").get(0);
        assertThat(lattice.get("company").asText()).isEqualTo("Lattice AI");
        // 40,000 options × (9.00 preferred − 2.50 strike) = 260,000, all of it paper.
        assertThat(lattice.get("valuation").get("grant_value").asLong()).isEqualTo(260_000);
        assertThat(lattice.get("paper").asLong()).isEqualTo(260_000);
        assertThat(lattice.get("at_risk").asLong()).isGreaterThanOrEqualTo(260_000);
        assertThat(json.get("offers").get(1).get("valuation").isNull()).as("public RSUs").isTrue();

        CliRun text = CliRun.of("compare", "--valuation", "409a", "--db", db);
        assertThat(text.out().lines().findFirst().orElseThrow()).contains("startup equity at the 409A price");
        CliRun bad = CliRun.of("compare", "--valuation", "hope", "--db", db);
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("--valuation: expected 409a, preferred, exit or scenarios, not hope");
    }

    @Test
    void withoutOptionsTheClientsSavedScenarioIsUsedAndNamed() {
        try (com.counteroffer.service.Services services = com.counteroffer.service.Services.open(Path.of(db))) {
            services.compare().saveScenario(1, com.counteroffer.service.CompareService.defaultScenario(services.offers().list(1))
                    .withYears(3).withGrowth(new BigDecimal("-0.20")));
        }
        CliRun run = CliRun.of("compare", "--db", db);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().findFirst().orElseThrow()).isEqualTo(
                "Scenario: 3 years, stock growth −20 %/yr, startup equity at each offer's own valuation (the client's"
                        + " scenario on the Compare screen).");
        assertThat(run.out()).contains("Year 3").doesNotContain("Year 4");
    }

    @Test
    void eachBadInputEndsWithExitTwoAndSaysWhy() {
        List<Long> ids = List.copyOf(saved.keySet());
        String two = ids.get(0) + "," + ids.get(1);
        assertBad(List.of("--offers", Long.toString(ids.get(0))), "2 to 6");
        assertBad(List.of("--offers", "1,2,3,4,5,6,7"), "2 to 6");
        assertBad(List.of("--offers", ids.get(0) + "," + ids.get(0)), "twice");
        assertBad(List.of("--offers", ids.get(0) + ",999"), "no offer with id 999");
        assertBad(List.of("--offers", ids.get(0) + ",abc"), "not an offer id");
        assertBad(List.of("--offers", ids.get(0) + ",-3"), "not an offer id");
        assertBad(List.of("--offers", two, "--years", "11"), "--years");
        assertBad(List.of("--offers", two, "--growth", "fast"), "--growth");
        assertBad(List.of("--offers", two, "--after-tax"), "--after-tax needs --state");
        assertBad(List.of("--offers", two, "--after-tax", "--state", "CA"), "missing --filing");
        assertBad(List.of("--offers", two, "--after-tax", "--state", "ZZ", "--filing", "single"), "unknown state");
        assertBad(List.of("--offers", two, "--after-tax", "--state", "CA", "--filing", "couple"), "unknown filing");
        assertBad(List.of("--offers", two, "--state", "CA"), "--state applies only with --after-tax");
        assertBad(List.of("--offers", two, "--filing", "single"), "--filing applies only with --after-tax");
    }

    private void assertBad(List<String> options, String message) {
        List<String> args = new ArrayList<>(List.of("compare", "--db", db));
        args.addAll(options);
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(String.join(" ", options) + ": " + run.err()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).as(String.join(" ", options)).containsIgnoringCase(message);
    }

    private JsonNode compareJson(String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of(args(options)));
        args.add("--json");
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return new ObjectMapper().readTree(run.out());
    }

    private String[] args(String... options) {
        List<String> args = new ArrayList<>(List.of("compare", "--db", db, "--offers",
                String.join(",", saved.keySet().stream().map(String::valueOf).toList())));
        args.addAll(List.of(options));
        return args.toArray(String[]::new);
    }

    private static JsonNode offerNamed(JsonNode result, String company) {
        for (JsonNode offer : result.get("offers")) {
            if (offer.get("company").asText().equals(company)) {
                return offer;
            }
        }
        throw new AssertionError("no offer " + company);
    }
}
