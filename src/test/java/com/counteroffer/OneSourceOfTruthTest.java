package com.counteroffer;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.cli.CliRun;
import com.counteroffer.domain.ProgressListener;
import com.counteroffer.domain.compare.SavedComparison;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.negotiation.Ask;
import com.counteroffer.domain.negotiation.Lever;
import com.counteroffer.domain.negotiation.NegotiationWorkspace;
import com.counteroffer.domain.negotiation.PlanSettings;
import com.counteroffer.domain.offer.StoredOffer;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.report.PdfReport;
import com.counteroffer.report.ReportData;
import com.counteroffer.report.ReportService;
import com.counteroffer.service.CompareResult;
import com.counteroffer.service.CompareService;
import com.counteroffer.service.NegotiationView;
import com.counteroffer.testing.Samples;
import com.counteroffer.testing.UiFixture;
import com.counteroffer.ui.compare.CompareModel;
import com.counteroffer.ui.market.BandChartData;
import com.counteroffer.ui.market.MarketModel;
import com.counteroffer.ui.negotiate.NegotiateModel;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coach's client set up the way that made the window, the command line and the report disagree:
 * the coach's own market dataset loaded, the AI-skill premium switched on, plan settings saved on
 * Negotiate and a +15 % stock scenario on Compare. Every answer is read from the window's screen
 * models, the command line's JSON and the report's data, and must be the same everywhere.
 */
class OneSourceOfTruthTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final BigDecimal GROWTH = new BigDecimal("0.15");

    @TempDir
    Path folder;
    private UiFixture fixture;
    private String db;
    private long bigTech;

    @BeforeEach
    void setUpTheClient() throws Exception {
        fixture = UiFixture.open(folder);
        db = folder.resolve("ui.db").toString();
        var services = fixture.services();
        services.market().load(coachDataset());
        services.profiles().save(1, new Profile(Level.SENIOR, 8, List.of(), "seattle", null, null, null, Set.of(),
                245_000L, 30_000L, 60_000L, 90_000L,
                new MarketAssumptions(null, null, null, Set.of("ai_skills"))));
        bigTech = services.offers().add(1, Samples.bigTech());
        services.offers().add(1, Samples.startup());
        services.offers().add(1, Samples.currentJob());
        StoredOffer offer = services.offers().get(1, bigTech);
        NegotiationWorkspace workspace = services.negotiation().workspace(1, offer);
        services.negotiation().saveWorkspace(1, bigTech, new NegotiationWorkspace(
                new PlanSettings(new BigDecimal("0.60"), new BigDecimal("0.07"), Set.of(Lever.BASE, Lever.SIGN_ON)),
                workspace.walkAwayOverride(), workspace.talkingPoints(), workspace.myName(), workspace.recruiter(),
                workspace.checklist()));
        services.compare().saveScenario(1, CompareService.defaultScenario(services.offers().list(1))
                .withGrowth(GROWTH).withLeaveMonth(18));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** The built-in dataset with a coach's own Senior band, under its own name. */
    private Path coachDataset() throws Exception {
        String builtIn;
        try (InputStream in = getClass().getResourceAsStream("/com/counteroffer/data/market-2026.json")) {
            builtIn = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String coach = builtIn.replaceFirst("\"name\"\\s*:\\s*\"[^\"]*\"", "\"name\": \"Coach dataset\"")
                .replaceFirst("\"min\"\\s*:\\s*220000", "\"min\": 240000")
                .replaceFirst("\"max\"\\s*:\\s*350000", "\"max\": 390000");
        assertThat(coach).contains("240000").contains("390000");
        Path file = folder.resolve("coach.json");
        Files.writeString(file, coach);
        return file;
    }

    private JsonNode cli(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--json", "--db", db));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JSON.readTree(run.out());
    }

    @Test
    void theMarketPositionIsTheSameInTheWindowTheCommandLineAndTheReport() throws Exception {
        MarketModel market = new MarketModel(fixture.ui());
        BandChartData.Row senior = market.chartProperty().get().groups().stream()
                .flatMap(group -> group.rows().stream()).filter(row -> row.adjustedMin() != null)
                .findFirst().orElseThrow();
        JsonNode position = cli("position");
        ReportData report = new ReportService(fixture.services()).data(1);

        // The coach's band, times the AI-skill premium (×1.11), everywhere.
        assertThat(senior.min()).isEqualTo(240_000);
        assertThat(senior.adjustedMin()).isEqualTo(266_400);
        assertThat(position.get("band_min").asLong()).isEqualTo(240_000);
        assertThat(position.get("min").asLong()).isEqualTo(senior.adjustedMin());
        assertThat(position.get("max").asLong()).isEqualTo(senior.adjustedMax());
        assertThat(report.position().adjustedMin()).isEqualTo(senior.adjustedMin());
        assertThat(report.position().adjustedMax()).isEqualTo(senior.adjustedMax());
        assertThat(position.get("dataset").asText()).startsWith("Coach dataset");
        assertThat(report.dataset().name()).isEqualTo("Coach dataset");
        assertThat(position.get("adjustments").get(0).get("name").asText())
                .isEqualTo(report.adjustments().get(0).name());
        assertThat(market.positionWordsProperty().get().toLowerCase())
                .isEqualTo(position.get("description").asText().toLowerCase() + ".");
        assertThat(position.get("description").asText()).isEqualTo(report.position().describe());
    }

    @Test
    void theCounterPlanIsTheSameInTheWindowTheCommandLineAndTheReport() throws Exception {
        NegotiateModel negotiate = new NegotiateModel(fixture.ui());
        negotiate.openOffer(bigTech);
        NegotiationView window = negotiate.viewProperty().get();
        JsonNode cli = cli("negotiate", "--offer", Long.toString(bigTech));
        ReportData.OfferPlan report = new ReportService(fixture.services()).data(1).plans().stream()
                .filter(plan -> plan.offerId() == bigTech).findFirst().orElseThrow();

        // The saved settings: 60 % through the band, a 7 % anchor, no equity ask.
        assertThat(window.plan().asks()).extracting(ask -> ask.lever().id()).contains("base").doesNotContain("equity");
        assertThat(asks(cli.get("asks"))).isEqualTo(asks(window.plan().asks()));
        assertThat(asks(report.plan().asks())).isEqualTo(asks(window.plan().asks()));
        assertThat(cli.get("walk_away").asLong()).isEqualTo(WholeDollars.of(window.plan().walkAway()));
        assertThat(WholeDollars.of(report.plan().walkAway())).isEqualTo(WholeDollars.of(window.plan().walkAway()));
        // The base target sits 60 % through the coach's band adjusted for the premium: 266,400 + 0.6 × (432,900 − 266,400).
        assertThat(asks(window.plan().asks()).get("base").get(0)).isEqualTo(366_300L);
    }

    @Test
    void theComparisonIsTheSameInTheWindowTheCommandLineAndTheReportAndThePdfSaysWhichScenario() throws Exception {
        CompareModel compare = new CompareModel(fixture.ui());
        CompareResult window = compare.resultProperty().get();
        JsonNode cli = cli("compare", "--after-tax");
        ReportService reports = new ReportService(fixture.services());
        ReportData report = reports.data(1);

        assertThat(compare.growthProperty().get()).isEqualByComparingTo(GROWTH);
        assertThat(cli.get("growth").decimalValue()).isEqualByComparingTo(GROWTH);
        assertThat(report.scenario().growth()).isEqualByComparingTo(GROWTH);
        Map<String, List<Long>> windowTable = table(window);
        assertThat(windowTable).containsKeys("net", "leave_paid", "horizon");
        Map<String, List<Long>> cliTable = new LinkedHashMap<>();
        cli.get("table").forEach(row -> {
            List<Long> values = new ArrayList<>();
            row.get("values").forEach(value -> values.add(value.isNull() ? null : value.asLong()));
            cliTable.put(row.get("id").asText(), values);
        });
        assertThat(cliTable).isEqualTo(windowTable);
        assertThat(table(report.comparison())).isEqualTo(windowTable);
        // Each offer's own projection in the report is the one the comparison used.
        for (ReportData.OfferEntry entry : report.offers()) {
            assertThat(entry.projection()).isEqualTo(fixture.services().compare()
                    .project(fixture.services().offers().get(1, entry.id()), report.scenario()));
        }

        Path pdf = folder.resolve("report.pdf");
        reports.write(1, pdf, PdfReport.Paper.A4, ProgressListener.NONE, () -> false);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setStartPage(1);
            firstPage.setEndPage(1);
            String text = firstPage.getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("stock growth of +15 %").contains("month 18").contains("Coach dataset")
                    .contains("AI-skill wage premium x1.11"); // the PDF font has no ×
        }
    }

    private static Map<String, List<Long>> table(CompareResult result) {
        Map<String, List<Long>> table = new LinkedHashMap<>();
        for (CompareResult.Row row : result.rows()) {
            table.put(row.id(), row.values().stream().map(value -> value == null ? null
                    : row.id().endsWith("_score") ? value.longValue() : (Long) WholeDollars.of(value)).toList());
        }
        return table;
    }

    private static Map<String, List<Long>> asks(List<Ask> asks) {
        Map<String, List<Long>> byLever = new LinkedHashMap<>();
        for (Ask ask : asks) {
            byLever.put(ask.lever().id(), java.util.Arrays.asList(ask.target() == null ? null : WholeDollars.of(ask.target()),
                    ask.opening() == null ? null : WholeDollars.of(ask.opening())));
        }
        return byLever;
    }

    private static Map<String, List<Long>> asks(JsonNode asks) {
        Map<String, List<Long>> byLever = new LinkedHashMap<>();
        asks.forEach(ask -> byLever.put(ask.get("component").asText(), java.util.Arrays.asList(
                ask.get("target").isNull() ? null : ask.get("target").asLong(),
                ask.get("opening").isNull() ? null : ask.get("opening").asLong())));
        return byLever;
    }
}
