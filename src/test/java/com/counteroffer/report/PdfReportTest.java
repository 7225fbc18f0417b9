package com.counteroffer.report;

import com.counteroffer.domain.ProgressListener;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.counteroffer.data.OfferJson;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.market.Source;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.profile.Education;
import com.counteroffer.domain.profile.MarketAssumptions;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.domain.profile.UsState;
import com.counteroffer.store.ClientRepository;
import com.counteroffer.store.Database;
import com.counteroffer.store.OfferRepository;
import com.counteroffer.store.ProfileRepository;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real store with a profile and the sample offers, written to PDF and read back. */
class PdfReportTest {

    static final String CLIENT = "Dana Okafor";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    /** The Big Tech offer, the startup offer and the current job (the other samples show private equity). */
    static final List<Path> THREE_SAMPLES = List.of(Path.of("assets/sample-offers/sample-bigtech-amazon.json"),
            Path.of("assets/sample-offers/sample-current-job.json"),
            Path.of("assets/sample-offers/sample-ai-startup.json"));

    /** A store with the named client, a senior profile and the three sample offers; returns the client's id. */
    static long seed(Database database, String clientName) throws Exception {
        long client = new ClientRepository(database, CLOCK).add(clientName).join().id();
        new ProfileRepository(database, CLOCK).save(client, new Profile(Level.SENIOR, 7,
                List.of("Built the GPU scheduler for a 2,000-GPU training cluster", "Cut inference cost by 35 %"),
                "seattle", UsState.WA, Education.BS, "big_tech", Set.of("kubernetes", "gpu_orchestration"),
                185_000L, 20_000L, 60_000L, 120_000L, MarketAssumptions.NONE)).join();
        OfferRepository offers = new OfferRepository(database, CLOCK);
        for (Path file : THREE_SAMPLES) {
            offers.add(client, OfferJson.read(Files.readString(file), file.getFileName().toString())).join();
        }
        return client;
    }

    static List<String> sampleCompanies() throws Exception {
        List<String> companies = new ArrayList<>();
        for (Path file : THREE_SAMPLES) {
            Offer offer = OfferJson.read(Files.readString(file), file.getFileName().toString());
            companies.add(offer.company());
        }
        return companies;
    }

    private ReportData data() throws Exception {
        try (Database database = Database.open(folder.resolve("report.db"))) {
            long client = seed(database, CLIENT);
            return new ReportService(new com.counteroffer.service.Services(database, CLOCK,
                    com.counteroffer.service.Services.builtInOnDemand())).data(client);
        }
    }

    @Test
    void theReportHoldsTheClientTheOffersTheMarketTheSourcesAndDrawnCharts() throws Exception {
        ReportData data = data();
        assertThat(data.comparison()).isNotNull();
        assertThat(data.plans()).hasSize(2);
        assertThat(data.position()).isNotNull();
        Path out = folder.resolve("report.pdf");
        List<Double> fractions = new ArrayList<>();

        int pages;
        try (OutputStream stream = Files.newOutputStream(out)) {
            pages = PdfReport.write(data, stream, (fraction, step) -> fractions.add(fraction), () -> false);
        }

        assertThat(fractions).isSorted().startsWith(0.0).endsWith(1.0);
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(pages).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Counteroffer report", CLIENT, "Market position", "Offers", "Comparison",
                    "Negotiation plan", "Talking points", "Assumptions", "Sources",
                    "information, not legal, tax or financial advice");
            for (String company : sampleCompanies()) {
                assertThat(text).contains(company);
            }
            for (Source source : data.sources()) {
                assertThat(text).contains(PdfText.safe(source.title()).replaceAll("\\s+", " "));
            }
            assertThat(text).contains(ReportCharts.MARKET_CAPTION, ReportCharts.CUMULATIVE_CAPTION,
                    ReportCharts.YEARLY_CAPTION);

            // The charts are drawn, not pictures: their pages paint many rectangles, lines and curves.
            for (String caption : List.of(ReportCharts.MARKET_CAPTION, ReportCharts.CUMULATIVE_CAPTION,
                    ReportCharts.YEARLY_CAPTION)) {
                int page = pageWith(document, caption);
                assertThat(pathOperators(document.getPage(page))).as(caption).isGreaterThan(40);
                assertThat(darkPixelShare(document, page)).as(caption).isGreaterThan(0.02);
            }
        }
    }

    /** Stopping is between sections, before the document is saved: nothing reaches the stream (see OutputTemporaryFilesTest for the file). */
    @Test
    void cancellingStopsBeforeAnyByteIsWritten() throws Exception {
        ReportData data = data();
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        AtomicInteger asked = new AtomicInteger();

        assertThatThrownBy(() -> PdfReport.write(data, stream, ProgressListener.NONE, () -> asked.incrementAndGet() > 3))
                .isInstanceOf(CancellationException.class);

        assertThat(stream.size()).isZero();
    }

    @Test
    void textHelveticaCannotEncodeIsReplacedNotFatal() throws Exception {
        assertThat(PdfText.safe("−5 % ≈ ×1.11 → • – … Zoë 王"))
                .isEqualTo("-5 % ~ x1.11 -> - - ... Zoë ?");
        ReportData data = data();
        ReportData renamed = new ReportData("Zoë 王 − “Coach”", data.generated(), data.profile(), data.standing(),
                data.scenario(), data.offers(), data.comparison(), data.plans(), data.scenarioLines(),
                data.assumptions(), data.notes(), data.sources(), data.disclaimer());
        Path out = folder.resolve("unicode.pdf");
        try (OutputStream stream = Files.newOutputStream(out)) {
            PdfReport.write(renamed, stream, PdfReport.Paper.LETTER, ProgressListener.NONE, () -> false);
        }
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Zoë ? - \"Coach\"");
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(value = 120, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void namesAndNotesOfTenThousandCharactersStayWithinThePage() throws Exception {
        // Saved before the text rules (which now refuse them at entry): the report still has to show them.
        ReportData data = data();
        String longName = "Northwind Cloud Platforms ".repeat(400);
        List<ReportData.OfferEntry> offers = data.offers().stream().map(entry -> new ReportData.OfferEntry(entry.id(),
                entry.offer().asCopyNamed(longName), entry.projection(), entry.takeHome())).toList();
        ReportData renamed = new ReportData(longName, data.generated(), data.profile(), data.standing(),
                data.scenario(), offers, data.comparison(), data.plans(), data.scenarioLines(), data.assumptions(),
                List.of("Asked about the refresher policy; they said they would come back. ".repeat(150)),
                data.sources(), data.disclaimer());
        Path out = folder.resolve("long.pdf");

        try (java.io.OutputStream stream = java.nio.file.Files.newOutputStream(out)) {
            PdfReport.write(renamed, stream, PdfReport.Paper.LETTER, ProgressListener.NONE, () -> false);
        }

        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Prepared for Northwind Cloud Platforms Northwind").contains("...");
            float right = document.getPage(0).getMediaBox().getWidth();
            PDFTextStripper positions = new PDFTextStripper() {
                @Override
                protected void writeString(String line, List<org.apache.pdfbox.text.TextPosition> glyphs) {
                    for (org.apache.pdfbox.text.TextPosition glyph : glyphs) {
                        assertThat(glyph.getXDirAdj() + glyph.getWidthDirAdj()).as(line).isLessThanOrEqualTo(right);
                    }
                }
            };
            positions.getText(document);
        }
    }

    private static int pageWith(PDDocument document, String text) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= document.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            if (stripper.getText(document).replaceAll("\\s+", " ").contains(text)) {
                return i - 1;
            }
        }
        throw new AssertionError("no page shows \"" + text + "\"");
    }

    private static int pathOperators(PDPage page) throws Exception {
        int count = 0;
        for (Object token : new PDFStreamParser(page).parse()) {
            if (token instanceof Operator operator
                    && Set.of("re", "l", "c", "S", "f", "B").contains(operator.getName())) {
                count++;
            }
        }
        return count;
    }

    private static double darkPixelShare(PDDocument document, int page) throws Exception {
        BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 40);
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grey = ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
                if (grey < 235) {
                    dark++;
                }
            }
        }
        return dark / (double) (image.getWidth() * image.getHeight());
    }
}
