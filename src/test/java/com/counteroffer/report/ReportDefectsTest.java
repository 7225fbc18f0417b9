package com.counteroffer.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.ProgressListener;
import com.counteroffer.domain.market.Level;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.testing.UiFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each defect a coach found in a handed-over report, on a realistic client, read back from the PDF. */
class ReportDefectsTest {

    @TempDir
    Path folder;
    private UiFixture fixture;
    private ReportClients.Seeded priya;

    @BeforeEach
    void seed() {
        fixture = UiFixture.open(folder);
        priya = ReportClients.priya(fixture.services(), "Priya Raman");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private List<String> pages(long clientId) throws Exception {
        Path pdf = folder.resolve("report-" + clientId + ".pdf");
        new ReportService(fixture.services()).write(clientId, pdf, PdfReport.Paper.A4, ProgressListener.NONE, () -> false);
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
    }

    private String text(long clientId) throws Exception {
        return String.join("\n", pages(clientId)).replaceAll("\\s+", " ");
    }

    @Test
    void theClientsLevelLabelIsPrintedWholeNotCut() throws Exception {
        for (Level level : List.of(Level.ENTRY, Level.PRINCIPAL)) {
            Profile profile = fixture.services().profiles().load(priya.clientId()).orElseThrow();
            fixture.services().profiles().save(priya.clientId(), new Profile(level, 1, profile.projects(),
                    profile.location(), profile.stateOfResidence(), profile.education(), profile.targetSector(),
                    profile.premiumSkills(), 120_000L, null, null, null, profile.assumptions(), null));

            String text = text(priya.clientId());

            String label = level == Level.ENTRY ? "Entry-Level (base) - your level"
                    : "Principal/Architect (total comp) - your level";
            assertThat(text).as(label).contains(label).doesNotContain("...");
        }
    }

    @Test
    void aLongCompanyNameWrapsInTheTableChartsAndLegendsInsteadOfBeingCut() throws Exception {
        String name = "Northwind Cloud Platforms International Holdings";
        var offer = fixture.services().offers().get(priya.clientId(), priya.bigTech()).offer();
        fixture.services().offers().update(priya.clientId(), priya.bigTech(), offer.asCopyNamed(name)
                .withStatus(offer.status()));

        String text = text(priya.clientId());

        assertThat(text).doesNotContain("...");
        assertThat(count(text, name)).as("table, chart rows, end label, legends, plan").isGreaterThan(5);
    }

    @Test
    void sourcesAreCitedAsAReaderWouldWithoutInternalPathsOrPlaceholders() throws Exception {
        String text = text(priya.clientId());

        assertThat(text).doesNotContain("docs/", ".md", "n.d..", "publisher not named", "Seed article");
        assertThat(text).contains("Kaggle (2025). Global AI Job Market & Salary Trends 2025.")
                .contains("IZA World of Labor. AI skill premium: wages of vacancies requiring AI skills.");
    }

    @Test
    void noInternalIdIsPrinted() throws Exception {
        assertThat(text(priya.clientId())).doesNotContain("ai_skills", "big_tech", "gpu_orchestration");
    }

    @Test
    void noSentenceIsPrintedTwice() throws Exception {
        String text = text(priya.clientId());

        for (String sentence : List.of("The target bonus counts in full in the year it is earned.",
                "Offers are projected over 4 years", "Relocation, the 401(k) match and benefits are shown apart")) {
            assertThat(count(text, sentence)).as(sentence).isEqualTo(1);
        }
    }

    @Test
    void aRaiseIsStatedForTheOfferThatHasIt() throws Exception {
        String text = text(priya.clientId());

        assertThat(text).contains("Northwind Cloud: base rises 4 % a year after the first.")
                .contains("Current employer Inc: base rises 3 % a year after the first.")
                .doesNotContain("- Base rises");
    }

    @Test
    void yearOneTaxWagesSayTheyIncludeRelocation() throws Exception {
        String text = text(priya.clientId());

        assertThat(text).contains("Northwind Cloud: wages $345,750 (includes $15,000 relocation, taxed as wages)");
    }

    @Test
    void noPageStartsWithALoneLastLineAndNoPageIsNearlyEmpty() throws Exception {
        List<String> pages = pages(priya.clientId());

        for (int i = 1; i < pages.size(); i++) {
            List<String> body = pages.get(i).lines().filter(line -> !line.isBlank())
                    .filter(line -> !line.startsWith("Page ") && !line.contains("| Page ")).toList();
            assertThat(body.size()).as("page %d: %s", i + 1, body).isGreaterThan(4);
        }
    }

    @Test
    void aParagraphsLastTwoLinesStayTogetherAcrossAPageBreak() throws Exception {
        String last = "and the stock.";
        String paragraph = "word ".repeat(60) + last; // about four lines
        for (float room = 5; room < 80; room += 3) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (PDDocument document = new PDDocument()) {
                try (PageFlow flow = new PageFlow(document, org.apache.pdfbox.pdmodel.common.PDRectangle.A4)) {
                    flow.newPage();
                    flow.advance(flow.y() - flow.bottom() - room);
                    flow.paragraph(paragraph);
                }
                document.save(out);
            }
            try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
                PDFTextStripper stripper = new PDFTextStripper();
                for (int page = 1; page <= document.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    List<String> lines = stripper.getText(document).lines().filter(l -> !l.isBlank()).toList();
                    assertThat(lines.size()).as("room %s, page %d: %s", room, page, lines).isNotEqualTo(1);
                }
            }
        }
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
