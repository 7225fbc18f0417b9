package com.counteroffer.data;

import com.counteroffer.domain.input.OfferFormatException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.offer.Cadence;
import com.counteroffer.domain.offer.Clawback;
import com.counteroffer.domain.offer.Dilution;
import com.counteroffer.domain.offer.Equity;
import com.counteroffer.domain.offer.ExitScenario;
import com.counteroffer.domain.offer.Liquidity;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.offer.OfferStatus;
import com.counteroffer.domain.offer.OptionGrant;
import com.counteroffer.domain.offer.OptionType;
import com.counteroffer.domain.offer.Preferences;
import com.counteroffer.domain.offer.PrivateCompany;
import com.counteroffer.domain.offer.Refresher;
import com.counteroffer.domain.offer.RemotePolicy;
import com.counteroffer.domain.offer.RetirementMatch;
import com.counteroffer.domain.offer.RsuGrant;
import com.counteroffer.domain.offer.SignOnPayment;
import com.counteroffer.domain.offer.TargetBonus;
import com.counteroffer.domain.offer.ValuationBasis;
import com.counteroffer.domain.offer.Vesting;
import com.counteroffer.domain.offer.VestingPreset;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class OfferJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Path SAMPLES = Path.of("assets", "sample-offers");
    private static final String MINIMAL = """
            {"format": "counteroffer.offer/2", "company": "Acme", "base": 150000}
            """;

    // ---------------------------------------------------------------- text: limits and characters

    @Test
    void textOverItsLimitIsRefusedSayingTheLimitAndTheLengthFound() {
        String json = MINIMAL.replace("\"Acme\"", "\"" + "c".repeat(5_000) + "\", \"notes\": \""
                + "n".repeat(10_001) + "\"");

        assertThatThrownBy(() -> OfferJson.readFile(json, "long.json")).isInstanceOf(OfferFormatException.class)
                .satisfies(e -> assertThat(((OfferFormatException) e).problems()).containsExactly(
                        "company: 5,000 characters long; the limit is 200 — shorten it",
                        "notes: 10,001 characters long; the limit is 10,000 — shorten it"));
    }

    @Test
    void controlCharactersAndBrokenCharactersAreRefusedNamingWhereTheyAre() {
        String json = """
                {"format": "counteroffer.offer/1", "company": "Ac\\u0000me", "title": "Lead\\nEngineer",
                 "location": "x\\uD800y", "notes": "Tabs\\tand\\nlines are fine in notes; a bell \\u0007 is not",
                 "base": 150000}
                """;

        assertThatThrownBy(() -> OfferJson.readFile(json, "odd.json")).isInstanceOf(OfferFormatException.class)
                .satisfies(e -> assertThat(((OfferFormatException) e).problems()).containsExactly(
                        "company: a control character (U+0000) at character 3; remove it",
                        "title: a line break at character 5; keep it on one line",
                        "location: a broken character (half of a surrogate pair, U+D800) at character 2; retype it",
                        "notes: a control character (U+0007) at character 42; remove it"));
    }

    @Test
    void textWithinTheRulesIsKeptExactlySpacesAndAll() {
        String json = """
                {"format": "counteroffer.offer/1", "company": "  Acme  ", "title": " Staff \\"AI\\" 🚀 ",
                 "notes": "\\tindented\\r\\n  and more  ", "base": 150000}
                """;

        Offer offer = OfferJson.readFile(json, "spaces.json");

        assertThat(offer.company()).isEqualTo("  Acme  ");
        assertThat(offer.title()).isEqualTo(" Staff \"AI\" 🚀 ");
        assertThat(offer.notes()).isEqualTo("\tindented\r\n  and more  ");
    }

    @Test
    void anOfferStoredBeforeTheTextRulesStillReadsWhileAnOfferFileIsHeldToThem() {
        String json = MINIMAL.replace("\"Acme\"", "\"" + "c".repeat(300) + "\"");

        assertThat(OfferJson.read(json, "offer 7").company()).hasSize(300);
        assertThatThrownBy(() -> OfferJson.readFile(json, "offer.json")).isInstanceOf(OfferFormatException.class)
                .hasMessageContaining("company: 300 characters long");
    }

    // ---------------------------------------------------------------- samples and round trips

    @Test
    void theAmazonSampleIsTheCheckExample() throws IOException {
        Offer offer = readSample("sample-bigtech-amazon.json");

        assertThat(offer.company()).isEqualTo("Northwind Cloud");
        assertThat(offer.base()).isEqualTo(200_000);
        assertThat(offer.bonus()).isEqualTo(TargetBonus.percent(BigDecimal.valueOf(15)));
        assertThat(offer.signOns()).containsExactly(SignOnPayment.lumpSum(50_000, 1));
        assertThat(offer.equity()).isEqualTo(RsuGrant.ofValue(400_000, Vesting.of(VestingPreset.AMAZON)));
        assertThat(offer.equity().vesting().yearlyPercents()).extracting(BigDecimal::intValue)
                .containsExactly(5, 15, 40, 40);
        assertThat(offer.refreshers()).isEmpty();
        assertThat(offer.match()).isEqualTo(new RetirementMatch(BigDecimal.valueOf(50), BigDecimal.valueOf(4)));
        assertThat(offer.current()).isFalse();
    }

    @Test
    void theStartupSampleHasOptionsAt409aAndPreferred() throws IOException {
        Offer offer = readSample("sample-ai-startup.json");

        assertThat(offer.company()).isEqualTo("Lattice AI");
        OptionGrant options = (OptionGrant) offer.equity();
        assertThat(options.fairMarketValue()).isEqualByComparingTo("2.50");
        assertThat(options.preferredPrice()).isEqualByComparingTo("9.00");
        assertThat(options.strike()).isEqualByComparingTo("2.50");
        assertThat(options.valuation()).isEqualTo(450_000_000L);
        assertThat(options.fullyDilutedShares()).isEqualTo(50_000_000L);
        assertThat(options.vesting()).isEqualTo(Vesting.of(VestingPreset.STANDARD));
        assertThat(options.company().valuation()).isEqualTo(ValuationBasis.FAIR_MARKET_VALUE);
        assertThat(options.company().preferences()).isEqualTo(
                new Preferences(95_000_000, BigDecimal.ONE, false, BigDecimal.valueOf(30)));
        assertThat(options.company().scenarios()).as("the shipped defaults").isEmpty();
    }

    @Test
    void theIssuesStartupCaseIs60000OptionsAtA4StrikeWithAConsistent12PreferredPrice() throws IOException {
        OptionGrant options = (OptionGrant) readSample("sample-ai-startup-options.json").equity();

        assertThat(options.shares()).isEqualTo(60_000);
        assertThat(options.strike()).isEqualByComparingTo("4");
        assertThat(options.fairMarketValue()).isEqualByComparingTo("4");
        assertThat(options.preferredPrice()).isEqualByComparingTo("12");
        // $300,000,000 post-money ÷ 25,000,000 fully diluted shares = $12 a share, the preferred price.
        assertThat(BigDecimal.valueOf(options.valuation()).divide(BigDecimal.valueOf(options.fullyDilutedShares())))
                .isEqualByComparingTo(options.preferredPrice());
        assertThat(options.type()).isEqualTo(OptionType.ISO);
        assertThat(options.company().scenarios()).as("scenarios left at the defaults").isEmpty();
        assertThat(options.company().preferences().total()).isEqualByComparingTo("60000000");
    }

    @Test
    void theAiLabSampleHasPrivateUnitsSoldInTenders() throws IOException {
        RsuGrant units = (RsuGrant) readSample("sample-ai-lab-units.json").equity();

        assertThat(units.isPrivate()).isTrue();
        assertThat(units.value()).isEqualByComparingTo("1500000"); // 6,000 units × $250
        assertThat(units.fairMarketValue()).isEqualByComparingTo("95");
        assertThat(units.company().liquidity()).isEqualTo(new Liquidity(Liquidity.Kind.TENDER, null, 12, 12,
                BigDecimal.valueOf(20), new BigDecimal("250.00")));
    }

    @Test
    void theCurrentJobSampleIsMarkedCurrent() throws IOException {
        Offer offer = readSample("sample-current-job.json");

        assertThat(offer.company()).isEqualTo("Current employer Inc");
        assertThat(offer.current()).isTrue();
        RsuGrant rsu = (RsuGrant) offer.equity();
        assertThat(rsu.value()).isEqualByComparingTo("102600");
        assertThat(rsu.vesting()).isEqualTo(Vesting.custom(percents(25, 25, 25, 25), 12, Cadence.QUARTERLY));
        assertThat(offer.refreshers()).containsExactly(
                new Refresher(40_000, Vesting.of(VestingPreset.STANDARD), false, 2));
    }

    @Test
    void everySampleFileParsesAndRoundTrips() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(SAMPLES)) {
            files = list.filter(path -> path.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).extracting(path -> path.getFileName().toString())
                .contains("sample-bigtech-amazon.json", "sample-ai-startup.json", "sample-current-job.json",
                        "sample-ai-startup-options.json", "sample-ai-lab-units.json");
        for (Path file : files) {
            Offer offer = OfferJson.read(Files.readString(file), file.getFileName().toString());
            assertThat(OfferJson.read(OfferJson.write(offer), "again")).as(file.toString()).isEqualTo(offer);
        }
    }

    @Test
    void theExamplesInTheFormatDocumentParse() throws IOException {
        String doc = Files.readString(Path.of("docs", "offer-format.md"));
        List<String> examples = new ArrayList<>();
        for (int start = doc.indexOf("```json\n"); start >= 0; start = doc.indexOf("```json\n", start + 1)) {
            examples.add(doc.substring(start + 8, doc.indexOf("```", start + 8)));
        }

        assertThat(examples).hasSize(3);
        assertThat(OfferJson.read(examples.get(0), "doc")).isEqualTo(readSample("sample-bigtech-amazon.json"));
        assertThat(OfferJson.read(examples.get(1), "doc")).isEqualTo(Offer.basic("Acme", 150_000));
        RsuGrant units = (RsuGrant) OfferJson.readFile(examples.get(2), "doc").equity();
        assertThat(units.company().liquidity()).isEqualTo(
                new Liquidity(Liquidity.Kind.DOUBLE_TRIGGER, 7, null, null, null, null));
        assertThat(units.company().dilution()).isEqualTo(Dilution.DEFAULT);
    }

    @Property(tries = 400)
    void randomValidOffersRoundTrip(@ForAll long seed) {
        Offer offer = randomOffer(new Random(seed));

        String json = OfferJson.write(offer);

        assertThat(OfferJson.read(json, "random")).as(json).isEqualTo(offer);
    }

    @Test
    void writingPutsTheFormatFirstAndUsesSnakeCaseIsoDatesAndIds() throws IOException {
        Offer offer = new Offer("Acme", "Engineer", Level.PRINCIPAL, "nyc", LocalDate.of(2026, 7, 1),
                LocalDate.of(2026, 6, 5), OfferStatus.NEGOTIATING, RemotePolicy.HYBRID, "", false, 300_000,
                new BigDecimal("2.5"), TargetBonus.amount(40_000), List.of(new SignOnPayment(60_000, 1, 12)),
                new Clawback(12, 24), 5_000,
                RsuGrant.ofValue(500_000, Vesting.custom(percents(40, 30, 20, 10), 0, Cadence.SEMI_ANNUAL)),
                List.of(), null, 0, null);

        String json = OfferJson.write(offer);
        JsonNode tree = MAPPER.readTree(json);

        assertThat(tree.fieldNames().next()).isEqualTo("format");
        assertThat(tree.get("format").asText()).isEqualTo("counteroffer.offer/2");
        assertThat(tree.get("level").asText()).isEqualTo("principal");
        assertThat(tree.get("status").asText()).isEqualTo("negotiating");
        assertThat(tree.get("start_date").asText()).isEqualTo("2026-07-01");
        assertThat(tree.get("deadline").asText()).isEqualTo("2026-06-05");
        assertThat(tree.get("base").isIntegralNumber()).isTrue();
        assertThat(tree.get("yearly_raise_pct").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(tree.get("target_bonus_amount").asLong()).isEqualTo(40_000);
        assertThat(tree.has("target_bonus_pct")).isFalse();
        assertThat(tree.at("/sign_on/0/monthly_over_months").asInt()).isEqualTo(12);
        assertThat(tree.at("/clawback/prorated_until_months").asInt()).isEqualTo(24);
        assertThat(tree.at("/equity/vesting/cadence").asText()).isEqualTo("semi-annual");
        assertThat(tree.at("/equity/vesting/yearly_pct").size()).isEqualTo(4);
        assertThat(json).doesNotContain("\r").endsWith("}\n");
        assertThat(OfferJson.read(json, "x")).isEqualTo(offer);
    }

    @Test
    void aPresetIsWrittenByName() throws IOException {
        for (VestingPreset preset : VestingPreset.values()) {
            Offer offer = withEquity(RsuGrant.ofValue(100_000, Vesting.of(preset)));
            JsonNode tree = MAPPER.readTree(OfferJson.write(offer));
            assertThat(tree.at("/equity/vesting").asText()).isEqualTo(preset.id());
        }
    }

    // ---------------------------------------------------------------- defaults and vesting forms

    @Test
    void aMinimalFileGetsTheDocumentedDefaults() {
        Offer offer = OfferJson.read(MINIMAL, "minimal.json");

        assertThat(offer).isEqualTo(Offer.basic("Acme", 150_000));
        assertThat(offer.status()).isEqualTo(OfferStatus.RECEIVED);
        assertThat(offer.bonus()).isEqualTo(TargetBonus.NONE);
        assertThat(offer.ptoDays()).isNull();
    }

    @Test
    void theThreeVestingFormsReadAsExpected() {
        Vesting fromList = equityVesting("[10, 20, 30, 40]", "");
        Vesting fromListWithSettings = equityVesting("[10, 20, 30, 40]", ", \"cliff_months\": 0, \"cadence\": \"quarterly\"");
        Vesting fromObject = equityVesting("{\"yearly_pct\": [10, 20, 30, 40]}", "");
        Vesting fromPreset = equityVesting("\"google-38\"", "");

        assertThat(fromList).isEqualTo(Vesting.custom(percents(10, 20, 30, 40), 12, Cadence.MONTHLY));
        assertThat(fromObject).isEqualTo(fromList);
        assertThat(fromListWithSettings).isEqualTo(Vesting.custom(percents(10, 20, 30, 40), 0, Cadence.QUARTERLY));
        assertThat(fromPreset).isEqualTo(Vesting.of(VestingPreset.GOOGLE_38));
    }

    @Test
    void aRefresherStartsInYearTwoUnlessToldOtherwise() {
        Offer offer = OfferJson.read(change(root -> root.putArray("refreshers").addObject()
                .put("yearly_value", 50_000).put("vesting", "nvidia").put("guaranteed", true)), "r.json");

        assertThat(offer.refreshers()).containsExactly(
                new Refresher(50_000, Vesting.of(VestingPreset.NVIDIA), true, 2));
    }

    // ---------------------------------------------------------------- refusals

    @Test
    void malformedJsonNamesLineAndColumn() {
        List<String> problems = problems("{\n  \"format\": \"counteroffer.offer/1\",\n  \"base\": 1,,\n}");

        assertThat(problems).singleElement().asString().startsWith("not valid JSON at line 3, column");
    }

    @Test
    void duplicateKeysAreMalformed() {
        assertThat(problems("{\"format\": \"counteroffer.offer/1\", \"company\": \"A\", \"base\": 1, \"base\": 2}"))
                .singleElement().asString().contains("not valid JSON").contains("base");
    }

    @Test
    void emptyAndNonObjectFilesAreRefused() {
        assertThat(problems("")).singleElement().asString().contains("empty");
        assertThat(problems("  ")).singleElement().asString().contains("empty");
        assertThat(problems("[1, 2]")).singleElement().asString().contains("JSON object");
    }

    @Test
    void anotherFormatIsRefusedAlone() {
        List<String> problems = problems(change(root -> {
            root.put("format", "counteroffer.offer/3");
            root.put("bse", 1);
        }));

        assertThat(problems).containsExactly("format: expected \"counteroffer.offer/2\" (or the older "
                + "\"counteroffer.offer/1\"), found \"counteroffer.offer/3\"; this version of Counteroffer reads only "
                + "those formats");
    }

    @Test
    void aMissingFormatIsReportedWithTheOtherProblems() {
        List<String> problems = problems("{\"company\": \"Acme\"}");

        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("format: missing")
                .contains("\"format\": \"counteroffer.offer/2\""));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("base: missing"));
    }

    @Test
    void missingCompanyOrBaseIsRefused() {
        assertRefused(change(root -> root.remove("company")), "company", "missing");
        assertRefused(change(root -> root.put("company", " ")), "company", "empty");
        assertRefused(change(root -> root.remove("base")), "base", "missing", "whole number of dollars");
    }

    @Test
    void wrongTypesAreRefused() {
        assertRefused(change(root -> root.put("base", "200000")), "base", "whole number of dollars",
                "\"200000\"");
        assertRefused(change(root -> root.put("base", 1000.5)), "base", "whole number of dollars");
        assertRefused(change(root -> root.put("current", "yes")), "current", "true or false");
        assertRefused(change(root -> root.put("title", 5)), "title", "text in quotes");
        assertRefused(change(root -> root.put("target_bonus_pct", "15%")), "target_bonus_pct", "15 means 15 %");
        assertRefused(change(root -> root.put("sign_on", 50_000)), "sign_on", "a list");
        assertRefused(change(root -> root.putArray("sign_on").add(50_000)), "sign_on[0]", "an object");
        assertRefused(change(root -> root.put("pto_days", 2.5)), "pto_days", "number of days");
        assertRefused(change(root -> root.put("equity", "lots")), "equity", "an object");
    }

    @Test
    void badDatesAreRefused() {
        assertRefused(change(root -> root.put("start_date", "13/01/2026")), "start_date", "yyyy-MM-dd");
        assertRefused(change(root -> root.put("deadline", "2026-02-30")), "deadline", "yyyy-MM-dd");
    }

    @Test
    void aFileReadsDatesAsTheFormsDoAndWritesThemAsIso() {
        // The one date parser: ISO, the US form and the form the screens show all read the same day.
        for (String typed : new String[] {"2027-01-11", "1/11/2027", "Jan 11, 2027"}) {
            Offer offer = OfferJson.read(MINIMAL.replace("\"base\"", "\"deadline\": \"" + typed + "\", \"base\""),
                    "test");
            assertThat(offer.deadline()).as(typed).isEqualTo(java.time.LocalDate.of(2027, 1, 11));
            assertThat(OfferJson.tree(offer).get("deadline").asText()).isEqualTo("2027-01-11");
        }
    }

    @Test
    void negativeAmountsAreRefused() {
        assertRefused(change(root -> root.put("base", -1)), "base", "0 or more");
        assertRefused(change(root -> root.put("relocation", -5)), "relocation", "0 or more");
        assertRefused(change(root -> root.putArray("sign_on").addObject().put("amount", -100).put("year", 1)),
                "sign_on[0].amount", "0 or more");
        assertRefused(change(root -> root.putObject("equity").put("type", "rsu").put("grant_value", -1)
                .put("vesting", "standard")), "equity.grant_value", "0 or more");
        assertRefused(change(root -> root.putArray("refreshers").addObject().put("yearly_value", -1)
                .put("vesting", "standard")), "refreshers[0].yearly_value", "0 or more");
        assertRefused(change(root -> root.putObject("equity").put("type", "options").put("shares", 10)
                .put("strike", -1).put("fair_market_value", 1).put("vesting", "standard")), "equity.strike",
                "0 or more");
    }

    @Test
    void theDomainLimitsApplyToo() {
        assertRefused(change(root -> root.put("yearly_raise_pct", -60)), "yearly_raise_pct", "between");
        assertRefused(change(root -> root.put("target_bonus_pct", 250)), "target_bonus_pct", "between");
        assertRefused(change(root -> root.put("base", 50_000_000)), "base", "at most");
        assertRefused(change(root -> root.putObject("k401_match").put("rate_pct", 50).put("on_first_pct_of_pay", 150)),
                "k401_match.on_first_pct_of_pay", "between 0 and 100");
        // An older file is told about the key it used.
        assertRefused(change(root -> root.putObject("k401_match").put("rate_pct", 50).put("cap_pct_of_base", 150)),
                "k401_match.cap_pct_of_base", "between 0 and 100");
        assertRefused(change(root -> root.putObject("k401_match").put("rate_pct", 50).put("on_first_pct_of_pay", 6)
                .put("annual_cap", 150_000)), "k401_match.annual_cap", "at most $100,000");
        assertThat(OfferJson.read(change(root -> root.put("yearly_raise_pct", -5)), "cut.json").yearlyRaisePercent())
                .isEqualByComparingTo("-5");
    }

    @Test
    void unknownIdsListTheValidOnes() {
        assertRefused(change(root -> root.put("level", "staff")), "level", "entry, mid, senior, principal",
                "\"staff\"");
        assertRefused(change(root -> root.put("status", "pending")), "status",
                "received, negotiating, accepted, declined, expired");
        assertRefused(change(root -> root.put("remote_policy", "anywhere")), "remote_policy",
                "onsite, hybrid, remote");
        assertRefused(change(root -> root.putObject("equity").put("type", "rsu").put("grant_value", 1)
                .put("cadence", "weekly").putArray("vesting").add(100)), "equity.cadence",
                "monthly, quarterly, semi-annual, annual");
        assertRefused(change(root -> root.putObject("equity").put("type", "warrants").put("vesting", "standard")),
                "equity.type", "\"rsu\" or \"options\"");
    }

    @Test
    void anUnknownPresetListsTheValidOnes() {
        assertRefused(change(root -> root.putObject("equity").put("type", "rsu").put("grant_value", 1)
                        .put("vesting", "amazn")), "equity.vesting", "unknown vesting preset \"amazn\"",
                "standard, amazon, google-33, google-38, meta, nvidia");
    }

    @Test
    void customVestingMustAddUpToOneHundred() {
        assertRefused(change(root -> root.putObject("equity").put("type", "rsu").put("grant_value", 1)
                .putArray("vesting").add(25).add(25).add(25)), "equity.vesting", "add up to 75 %");
        assertRefused(change(root -> root.putArray("refreshers").addObject().put("yearly_value", 1)
                .putObject("vesting").putArray("yearly_pct").add(50).add(60)),
                "refreshers[0].vesting.yearly_pct", "add up to 110 %");
        assertRefused(change(root -> root.putObject("equity").put("type", "rsu").put("grant_value", 1)
                .putArray("vesting").add(50).add("fifty")), "equity.vesting[1]", "percent");
    }

    @Test
    void cliffAndCadenceBesideAPresetAreRefused() {
        assertRefused(change(root -> root.putObject("equity").put("type", "rsu").put("grant_value", 1)
                .put("vesting", "meta").put("cliff_months", 6)), "equity.cliff_months", "vesting list");
    }

    @Test
    void unknownKeysAreRefusedWithASuggestion() {
        assertRefused(change(root -> root.put("bsae", 1)), "bsae", "unknown key", "did you mean \"base\"");
        assertRefused(change(root -> root.putObject("equity").put("type", "rsu").put("grant_vlaue", 1)
                .put("vesting", "standard")), "equity.grant_vlaue", "did you mean \"grant_value\"");
        assertRefused(change(root -> root.putObject("k401_match").put("rate_pct", 50).put("on_first_pct_of_pay", 6)
                .put("vesting", 3)), "k401_match.vesting", "unknown key");
    }

    // ---------------------------------------------------------------- the 401(k) match

    @Test
    void theMatchReadsAsLettersStateIt() {
        Offer offer = OfferJson.read(change(root -> root.putObject("k401_match").put("rate_pct", 50)
                .put("on_first_pct_of_pay", 6).put("annual_cap", 5_000)), "match.json");

        assertThat(offer.match()).isEqualTo(new RetirementMatch(BigDecimal.valueOf(50), BigDecimal.valueOf(6), 5_000L));
        assertThat(OfferJson.read(change(root -> root.putObject("k401_match").put("rate_pct", 50)
                .put("on_first_pct_of_pay", 6)), "match.json").match().annualCap()).isNull();
    }

    @Test
    void anOlderFilesCapPctOfBaseIsReadAsTheMatchedShareOfPayAndWrittenUnderTheNewName() throws IOException {
        // Written before the match was read as letters state it; users typed the "up to 6 %" there.
        Offer offer = OfferJson.read(change(root -> root.putObject("k401_match").put("rate_pct", 50)
                .put("cap_pct_of_base", 6)), "old.json");

        assertThat(offer.match()).isEqualTo(new RetirementMatch(BigDecimal.valueOf(50), BigDecimal.valueOf(6)));
        JsonNode written = MAPPER.readTree(OfferJson.write(offer)).get("k401_match");
        assertThat(written.fieldNames()).toIterable().containsExactly("rate_pct", "on_first_pct_of_pay");
        assertThat(written.get("on_first_pct_of_pay").decimalValue()).isEqualByComparingTo("6");
    }

    @Test
    void theMatchNeedsItsShareOfPayOnceAndAWholeDollarCap() {
        assertRefused(change(root -> root.putObject("k401_match").put("rate_pct", 50).put("on_first_pct_of_pay", 6)
                .put("cap_pct_of_base", 6)), "k401_match.cap_pct_of_base", "older name of on_first_pct_of_pay",
                "not both");
        assertRefused(change(root -> root.putObject("k401_match").put("rate_pct", 50)),
                "k401_match.on_first_pct_of_pay", "missing");
        assertRefused(change(root -> root.putObject("k401_match").put("on_first_pct_of_pay", 6)),
                "k401_match.rate_pct", "missing");
        assertRefused(change(root -> root.putObject("k401_match").put("rate_pct", 50).put("on_first_pct_of_pay", 6)
                .put("annual_cap", -1)), "k401_match.annual_cap", "0 or more");
        assertRefused(change(root -> root.putObject("k401_match").put("rate_pct", 50).put("on_first_pct_of_pay", 6)
                .put("annual_cap", 99.5)), "k401_match.annual_cap", "whole number of dollars");
    }

    @Test
    void otherInconsistenciesAreRefused() {
        assertRefused(change(root -> root.put("target_bonus_pct", 10).put("target_bonus_amount", 20_000)),
                "target_bonus_amount", "not both");
        assertRefused(change(root -> root.putObject("clawback").put("full_repayment_months", 12)
                .put("prorated_until_months", 6)), "clawback.prorated_until_months", "at least");
        assertRefused(change(root -> root.putObject("equity").put("type", "rsu").put("shares", 100)
                .put("vesting", "standard")), "equity.share_price", "grant_value, or shares and share_price");
        assertRefused(change(root -> root.putObject("equity").put("type", "options").put("shares", 100)
                .put("vesting", "standard")), "equity.strike", "missing");
        assertRefused(change(root -> root.putObject("equity").put("type", "rsu").put("grant_value", 1)),
                "equity.vesting", "missing");
        assertRefused(change(root -> root.putArray("sign_on").addObject().put("amount", 1).put("year", 0)),
                "sign_on[0].year", "1 or more");
    }

    @Test
    void everyProblemIsListedOnItsOwnLine() {
        String json = change(root -> {
            root.remove("company");
            root.put("base", -5);
            root.put("level", "staff");
            root.put("bsae", 1);
            root.putObject("equity").put("type", "rsu").put("grant_value", 1).putArray("vesting").add(30);
        });

        OfferFormatException e = catchThrowableOfType(OfferFormatException.class,
                () -> OfferJson.read(json, "offer.json"));

        assertThat(e.origin()).isEqualTo("offer.json");
        assertThat(e.problems()).hasSize(5);
        assertThat(e.problems()).extracting(p -> p.substring(0, p.indexOf(':')))
                .containsExactlyInAnyOrder("company", "base", "level", "bsae", "equity.vesting");
        assertThat(e.getMessage().lines()).hasSize(5).allSatisfy(line -> assertThat(line).startsWith("offer.json: "));
    }

    @Test
    void aNullFileIsRefusedAsEmpty() {
        assertThatThrownBy(() -> OfferJson.read(null, "none")).isInstanceOf(OfferFormatException.class)
                .hasMessageContaining("empty");
    }

    // ---------------------------------------------------------------- helpers

    private static Offer readSample(String name) throws IOException {
        return OfferJson.read(Files.readString(SAMPLES.resolve(name)), name);
    }

    private static List<String> problems(String json) {
        OfferFormatException e = catchThrowableOfType(OfferFormatException.class,
                () -> OfferJson.read(json, "test.json"));
        assertThat(e).as("expected the file to be refused").isNotNull();
        return e.problems();
    }

    /** The file is refused with a problem at {@code path} mentioning every fragment. */
    private static void assertRefused(String json, String path, String... fragments) {
        List<String> problems = problems(json);
        assertThat(problems).as(json).anySatisfy(problem -> {
            assertThat(problem).startsWith(path + ": ");
            for (String fragment : fragments) {
                assertThat(problem).contains(fragment);
            }
        });
    }

    /** The minimal valid file with a change. */
    private static String change(Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(MINIMAL);
            edit.accept(root);
            return MAPPER.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Vesting equityVesting(String vesting, String settings) {
        String json = "{\"format\": \"counteroffer.offer/1\", \"company\": \"A\", \"base\": 1, \"equity\": "
                + "{\"type\": \"rsu\", \"grant_value\": 1000, \"vesting\": " + vesting + settings + "}}";
        return OfferJson.read(json, "v.json").equity().vesting();
    }

    private static Offer withEquity(Equity equity) {
        Offer basic = Offer.basic("Acme", 100_000);
        return new Offer(basic.company(), basic.title(), basic.level(), basic.location(), basic.startDate(),
                basic.deadline(), basic.status(), basic.remotePolicy(), basic.notes(), basic.current(), basic.base(),
                basic.yearlyRaisePercent(), basic.bonus(), basic.signOns(), basic.clawback(), basic.relocation(),
                equity, basic.refreshers(), basic.match(), basic.benefitsValue(), basic.ptoDays());
    }

    private static List<BigDecimal> percents(int... values) {
        List<BigDecimal> list = new ArrayList<>();
        for (int value : values) {
            list.add(BigDecimal.valueOf(value));
        }
        return list;
    }

    // Random but valid offers: every field, every optional part present or absent, decimals of
    // several scales, text with quotes, newlines and non-ASCII letters.

    /** One-line texts (a title); tabs and line breaks are for notes only. */
    private static final String[] NAMES = {"", "Engineer", "Staff \"AI\" Engineer", " Zoë's team ", "🚀 lead",
        "München GmbH", "a/b\\c"};
    private static final String[] TEXTS = {"", "Engineer", "Staff \"AI\" Engineer", "Zoë's team\nline two",
        "Tab\tand 🚀", "München GmbH", "a/b\\c"};

    static Offer randomOffer(Random random) {
        String company = pick(random, new String[] {"Acme", "Lattice AI", "Zoë \"Q\" Labs", "北風 Cloud"});
        return new Offer(company, pick(random, NAMES), maybe(random, pick(random, Level.values())),
                maybe(random, pick(random, new String[] {"sf", "seattle", "nyc", "remote"})),
                maybe(random, randomDate(random)), maybe(random, randomDate(random)),
                pick(random, OfferStatus.values()), maybe(random, pick(random, RemotePolicy.values())),
                pick(random, TEXTS), random.nextBoolean(), random.nextInt(1_000_000), randomRaise(random),
                randomBonus(random), randomSignOns(random), randomClawback(random), random.nextInt(50_000),
                randomEquity(random), randomRefreshers(random),
                maybe(random, new RetirementMatch(randomDecimal(random, 200), randomDecimal(random, 100),
                        maybe(random, (long) random.nextInt(100_001)))),
                random.nextInt(30_000), maybe(random, random.nextInt(40)));
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T maybe(Random random, T value) {
        return random.nextBoolean() ? value : null;
    }

    private static LocalDate randomDate(Random random) {
        return LocalDate.of(2020, 1, 1).plusDays(random.nextInt(4000));
    }

    /** 0 to {@code max}, with 0 to 3 decimals, so that scale survives the trip too. */
    private static BigDecimal randomDecimal(Random random, int max) {
        int scale = random.nextInt(4);
        return BigDecimal.valueOf(random.nextInt(max * (int) Math.pow(10, scale) + 1), scale);
    }

    private static BigDecimal randomRaise(Random random) {
        return randomDecimal(random, 150).subtract(BigDecimal.valueOf(50));
    }

    private static TargetBonus randomBonus(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> TargetBonus.NONE;
            case 1 -> TargetBonus.percent(randomDecimal(random, 200));
            default -> TargetBonus.amount(random.nextInt(200_000));
        };
    }

    private static List<SignOnPayment> randomSignOns(Random random) {
        List<SignOnPayment> list = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            list.add(new SignOnPayment(random.nextInt(100_000), 1 + random.nextInt(4),
                    random.nextBoolean() ? 0 : 1 + random.nextInt(24)));
        }
        return list;
    }

    private static Clawback randomClawback(Random random) {
        if (random.nextBoolean()) {
            return Clawback.NONE;
        }
        int full = random.nextInt(25);
        return new Clawback(full, random.nextBoolean() ? 0 : full + random.nextInt(13));
    }

    private static Equity randomEquity(Random random) {
        Vesting vesting = randomVesting(random);
        return switch (random.nextInt(6)) {
            case 0 -> null;
            case 1 -> RsuGrant.ofValue(random.nextInt(2_000_000), vesting);
            case 2 -> new RsuGrant(null, (long) random.nextInt(50_000), randomDecimal(random, 1_000), vesting);
            case 3 -> new RsuGrant((long) random.nextInt(2_000_000), maybe(random, (long) random.nextInt(50_000)),
                    maybe(random, randomDecimal(random, 1_000)), vesting);
            // A private company's RSUs: shares and a price, the 409A price and share count or not, any terms.
            case 4 -> new RsuGrant(maybe(random, (long) random.nextInt(2_000_000)), (long) random.nextInt(50_000),
                    randomDecimal(random, 1_000), vesting, maybe(random, randomDecimal(random, 200)),
                    maybe(random, 1 + (long) random.nextInt(Integer.MAX_VALUE)), randomCompany(random, false));
            default -> new OptionGrant(random.nextInt(400_000), randomDecimal(random, 200), randomDecimal(random, 200),
                    maybe(random, randomDecimal(random, 200)), maybe(random, random.nextLong() & Long.MAX_VALUE),
                    maybe(random, 1 + (long) random.nextInt(Integer.MAX_VALUE)),
                    maybe(random, random.nextInt(121)), vesting, pick(random, OptionType.values()),
                    random.nextBoolean(), random.nextInt(3) == 0 ? PrivateCompany.DEFAULTS : randomCompany(random, true));
        };
    }

    /** Valid private-company terms: any basis (an exit with its value or price), scenarios adding up to 100. */
    static PrivateCompany randomCompany(Random random, boolean options) {
        ValuationBasis basis = pick(random, ValuationBasis.values());
        Long exitValue = maybe(random, randomCompanyValue(random));
        BigDecimal exitPrice = maybe(random, randomDecimal(random, 500));
        if (basis == ValuationBasis.EXIT && exitValue == null && exitPrice == null) {
            exitValue = randomCompanyValue(random);
        }
        List<ExitScenario> scenarios = new ArrayList<>();
        int count = random.nextInt(5);
        int scale = random.nextInt(3); // whole percents, tenths or hundredths, so the scale survives too
        int left = (int) Math.pow(10, 2 + scale);
        for (int i = 0; i < count; i++) {
            int share = i == count - 1 ? left : random.nextInt(left + 1);
            left -= share;
            scenarios.add(new ExitScenario(pick(random, new String[] {"Fails", "Strong exit", "Zoë \"Q\" IPO", "2030"}),
                    randomCompanyValue(random), BigDecimal.valueOf(share, scale)));
        }
        Preferences preferences = random.nextBoolean() ? Preferences.NONE
                : new Preferences(random.nextInt(1_000_000_000), randomDecimal(random, 10), random.nextBoolean(),
                        maybe(random, randomDecimal(random, 100)));
        Dilution dilution = random.nextBoolean() ? Dilution.DEFAULT
                : new Dilution(randomDecimal(random, 90), random.nextInt(11));
        return new PrivateCompany(basis, exitValue, exitPrice, scenarios, preferences, dilution,
                randomLiquidity(random, options));
    }

    private static long randomCompanyValue(Random random) {
        return Math.floorMod(random.nextLong(), 10_000_000_000_001L);
    }

    private static Liquidity randomLiquidity(Random random, boolean options) {
        return switch (random.nextInt(3)) {
            case 0 -> Liquidity.AT_EXIT;
            case 1 -> options ? Liquidity.AT_EXIT : new Liquidity(Liquidity.Kind.DOUBLE_TRIGGER,
                    maybe(random, 1 + random.nextInt(15)), null, null, null, null);
            default -> new Liquidity(Liquidity.Kind.TENDER, null, 1 + random.nextInt(120), random.nextInt(121),
                    randomDecimal(random, 100), maybe(random, randomDecimal(random, 500)));
        };
    }

    private static List<Refresher> randomRefreshers(Random random) {
        List<Refresher> list = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            list.add(new Refresher(random.nextInt(200_000), randomVesting(random), random.nextBoolean(),
                    1 + random.nextInt(5)));
        }
        return list;
    }

    /** A preset, or 1 to 6 yearly percents in tenths that add up to exactly 100. */
    private static Vesting randomVesting(Random random) {
        if (random.nextBoolean()) {
            return Vesting.of(pick(random, VestingPreset.values()));
        }
        int years = 1 + random.nextInt(6);
        int scale = random.nextInt(2);
        int units = scale == 0 ? 100 : 1000;
        List<BigDecimal> yearly = new ArrayList<>();
        int left = units;
        for (int year = 1; year < years; year++) {
            int share = random.nextInt(left + 1);
            yearly.add(BigDecimal.valueOf(share, scale));
            left -= share;
        }
        yearly.add(BigDecimal.valueOf(left, scale));
        return Vesting.custom(yearly, random.nextInt(12 * years + 1), pick(random, Cadence.values()));
    }

    @Test
    void theRandomOffersCoverEveryShape() {
        // Guards the generator above: without variety the round-trip property proves little.
        Random random = new Random(7);
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            offers.add(randomOffer(random));
        }
        assertThat(offers).anyMatch(o -> o.equity() instanceof OptionGrant);
        assertThat(offers).anyMatch(o -> o.equity() instanceof RsuGrant rsu && rsu.grantValue() == null);
        assertThat(offers).anyMatch(o -> o.equity() == null);
        assertThat(offers).anyMatch(o -> o.equity() instanceof RsuGrant rsu && rsu.isPrivate());
        assertThat(offers).anyMatch(o -> o.equity() instanceof OptionGrant options && options.earlyExercise()
                && options.type() == OptionType.NSO);
        assertThat(offers).anyMatch(o -> o.equity() != null && o.equity().company() != null
                && o.equity().company().scenarios().size() > 1
                && o.equity().company().valuation() == ValuationBasis.EXIT
                && o.equity().company().preferences().preferredPercent() != null);
        assertThat(offers).anyMatch(o -> o.equity() != null && o.equity().company() != null
                && o.equity().company().liquidity().kind() == Liquidity.Kind.TENDER);
        assertThat(offers).anyMatch(o -> o.equity() != null && o.equity().company() != null
                && o.equity().company().liquidity().kind() == Liquidity.Kind.DOUBLE_TRIGGER);
        assertThat(offers).anyMatch(o -> o.equity() != null && o.equity().vesting().preset() == null);
        assertThat(offers).anyMatch(o -> o.bonus().amount() != null);
        assertThat(offers).anyMatch(o -> o.signOns().stream().anyMatch(SignOnPayment::monthly));
        assertThat(offers).anyMatch(o -> !o.refreshers().isEmpty());
        assertThat(offers).anyMatch(o -> o.match() != null && o.match().annualCap() != null);
        assertThat(offers).anyMatch(o -> o.match() != null && o.match().annualCap() == null);
        for (Offer offer : offers) {
            assertThat(OfferJson.read(OfferJson.write(offer), "seeded")).isEqualTo(offer);
        }
    }
}
