package com.counteroffer.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.counteroffer.domain.ProgressListener;
import com.counteroffer.testing.UiFixture;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The section a client takes home first: their action items and the next steps the app works out. */
class ActionItemsAndNextStepsTest {

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

    @Test
    void nextStepsComeFromTheDeadlineTheLastRoundAndThePlan() {
        ReportData data = new ReportService(fixture.services()).data(priya.clientId(), LocalDate.of(2026, 12, 2));
        ReportData.OfferPlan plan = data.plans().stream().filter(p -> p.offerId() == priya.bigTech()).findFirst()
                .orElseThrow();
        var base = plan.plan().ask(com.counteroffer.domain.negotiation.Lever.BASE).orElseThrow();

        assertThat(data.nextSteps()).contains(
                "Northwind Cloud: answer by 9 December 2026 (in 7 days).",
                "Northwind Cloud: reply to the employer's terms of 27 November 2026 (base $225,000).");
        assertThat(data.nextSteps()).anySatisfy(step -> assertThat(step).startsWith("Northwind Cloud: open with base "
                + "salary " + money(base.opening()) + " (settle at " + money(base.target()) + " or above)"));
        assertThat(data.nextSteps()).noneMatch(step -> step.startsWith("Current employer Inc"));
        // Lattice AI has only the round it arrived with: nothing to reply to yet.
        assertThat(data.nextSteps()).noneMatch(step -> step.startsWith("Lattice AI: reply"));
    }

    @Test
    void actionItemsArePrintedWithTheirDueDatesOnTheFirstPage() throws Exception {
        ReportData data = new ReportService(fixture.services()).data(priya.clientId()).withActionItems(List.of(
                new ReportData.ActionLine("Ask Northwind for the refresher policy in writing", LocalDate.of(2026, 12, 5)),
                new ReportData.ActionLine("List what the partner needs from a hybrid schedule", null)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfReport.write(data, out, ProgressListener.NONE, () -> false);

        try (PDDocument document = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setEndPage(1);
            String text = firstPage.getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Action items and next steps",
                    "- Ask Northwind for the refresher policy in writing (by 5 December 2026)",
                    "- List what the partner needs from a hybrid schedule Next steps");
        }
    }

    @Test
    void theClientsOpenActionItemsComeFromTheirNotesScreen() {
        var items = fixture.services().actionItems();
        items.add(priya.clientId(), "Ask Northwind for the refresher policy in writing", LocalDate.of(2026, 12, 5));
        var done = items.add(priya.clientId(), "Send the recruiter the competing offer letter", null);
        items.markDone(priya.clientId(), done.id(), true);

        ReportData data = new ReportService(fixture.services()).data(priya.clientId(), LocalDate.of(2026, 12, 2));

        assertThat(data.actionItems()).containsExactly(
                new ReportData.ActionLine("Ask Northwind for the refresher policy in writing", LocalDate.of(2026, 12, 5)));
    }

    private static String money(java.math.BigDecimal amount) {
        return com.counteroffer.domain.money.Money.format(
                com.counteroffer.domain.compensation.WholeDollars.of(amount));
    }
}
