package com.counteroffer.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.ProgressListener;
import com.counteroffer.domain.compare.OfferComparison;
import com.counteroffer.domain.compare.YearTakeHome;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.negotiation.Ask;
import com.counteroffer.service.CompareResult;
import com.counteroffer.service.NegotiationView;
import com.counteroffer.testing.UiFixture;
import com.counteroffer.ui.compare.CompareModel;
import com.counteroffer.ui.market.MarketModel;
import com.counteroffer.ui.negotiate.NegotiateModel;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The figures the PDF prints are the ones the client saw on screen: a coach's client with the
 * AI-skill premium, a raise, relocation, negotiation rounds and a saved +10 % four-year scenario is
 * shown through the screen models, and the report's extracted text must carry the same market
 * standing, counter plan, per-offer totals and take-home, and nothing of the coach's other client.
 */
class ReportFiguresTest {

    @TempDir
    Path folder;
    private UiFixture fixture;
    private ReportClients.Seeded priya;
    private String text;

    @BeforeEach
    void writeTheReport() throws Exception {
        fixture = UiFixture.open(folder);
        var services = fixture.services();
        ReportClients.marcus(services, "Marcus King");
        priya = ReportClients.priya(services, "Priya Raman");
        fixture.session().switchTo(services.clients().byId(priya.clientId()).orElseThrow(), error -> {
            throw new AssertionError(error);
        });
        assertThat(fixture.session().clientId()).isEqualTo(priya.clientId());
        Path pdf = folder.resolve("priya.pdf");
        new ReportService(services).write(priya.clientId(), pdf, PdfReport.Paper.A4, ProgressListener.NONE, () -> false);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theMarketStandingIsTheMarketScreens() {
        MarketModel market = new MarketModel(fixture.ui());
        String words = market.positionWordsProperty().get();
        assertThat(words).contains("through the Senior/Lead base salary range");

        String printed = PdfText.safe(words.substring(0, words.length() - 1)).replaceAll("\\s+", " ");
        assertThat(text.toLowerCase()).contains(printed.toLowerCase());
    }

    @Test
    void theCounterPlanOpeningAndTargetAreTheNegotiateScreens() {
        NegotiateModel negotiate = new NegotiateModel(fixture.ui());
        negotiate.openOffer(priya.bigTech());
        NegotiationView view = negotiate.viewProperty().get();
        List<Ask> asks = view.plan().asks().stream().filter(ask -> ask.target() != null).toList();
        assertThat(asks).isNotEmpty();

        for (Ask ask : asks) {
            assertThat(text).contains(ask.lever().label() + ": open at " + money(ask.opening()) + ", target "
                    + money(ask.target()));
        }
        assertThat(text).contains("Walk away below: " + money(view.plan().walkAway()) + " annualised");
    }

    @Test
    void theComparisonTotalsAndTakeHomeAreTheCompareScreens() {
        CompareModel compare = new CompareModel(fixture.ui());
        CompareResult shown = compare.resultProperty().get();
        assertThat(compare.growthProperty().get()).isEqualByComparingTo(new BigDecimal("0.10"));
        assertThat(compare.yearsProperty().get()).isEqualTo(4);
        assertThat(shown.comparison().offers()).hasSize(3);

        for (OfferComparison offer : shown.comparison().offers()) {
            String company = offer.entry().name();
            assertThat(text).containsPattern(java.util.regex.Pattern.quote(company) + "( \\(current\\))? \\S+ \\$[\\d,]+ "
                    + "\\$[\\d,]+ \\$[\\d,]+ " + java.util.regex.Pattern.quote(money(offer.horizonTotal())));
        }
        OfferComparison best = shown.comparison().offer(shown.comparison().bestByHorizonTotal()).orElseThrow();
        assertThat(text).contains("Highest total over 4 years: " + best.entry().name() + " ("
                + money(best.horizonTotal()) + ")");

        Map<String, List<YearTakeHome>> takeHome = shown.takeHome();
        assertThat(takeHome).hasSize(3);
        for (OfferComparison offer : shown.comparison().offers()) {
            YearTakeHome year1 = takeHome.get(offer.entry().key()).get(0);
            long wages = WholeDollars.of(year1.wages());
            long tax = WholeDollars.of(year1.tax().totalTax());
            assertThat(text).containsPattern(java.util.regex.Pattern.quote(offer.entry().name() + ": wages "
                    + Money.format(wages)) + "( \\(includes [^)]*\\))?" + java.util.regex.Pattern.quote(", tax "
                    + Money.format(tax) + ", net " + Money.format(wages - tax) + "."));
        }
    }

    @Test
    void theScenarioTheClientSawIsStatedAndNoOtherClientAppears() {
        assertThat(text).contains("Prepared for Priya Raman", "stock growth of +10 %/yr", "over 4 years",
                "Take-home pay uses 2026 tax for a single filer living in Washington");
        assertThat(text).doesNotContain("Marcus", "King");
    }

    @Test
    void theStartupsOptionsNameTheirValuationAsTheCompareScreenDoes() {
        CompareModel compare = new CompareModel(fixture.ui());
        OfferComparison lattice = compare.resultProperty().get().comparison().offers().stream()
                .filter(o -> o.entry().name().equals("Lattice AI")).findFirst().orElseThrow();
        var equity = lattice.projection().privateEquity();

        // The scenario values each offer as it chose: Lattice AI's options at the 409A price of $2.50.
        assertThat(text).contains("options and private-company stock are valued at each offer's own valuation",
                "Each counter plan uses its offer's own saved valuation",
                "options at the 409A price of $2.50 (the offer's own saved valuation)",
                "Options and private stock", "Lattice AI: 40,000 options valued at the 409A price of $2.50, "
                        + money(equity.grantValue()) + " for the whole grant.");
        assertThat(text).contains("Paper " + money(lattice.projection().paper()) + ", liquid "
                + money(lattice.projection().liquid()) + " over 4 years.");
    }

    private static String money(BigDecimal amount) {
        return Money.format(WholeDollars.of(amount));
    }
}
