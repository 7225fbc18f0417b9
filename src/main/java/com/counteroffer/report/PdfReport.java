package com.counteroffer.report;

import com.counteroffer.domain.ProgressListener;
import com.counteroffer.domain.compare.Comparison;
import com.counteroffer.domain.compare.OfferComparison;
import com.counteroffer.domain.compare.YearTakeHome;
import com.counteroffer.domain.compensation.PrivateEquity;
import com.counteroffer.domain.compensation.Projection;
import com.counteroffer.domain.compensation.WholeDollars;
import com.counteroffer.domain.market.Adjustment;
import com.counteroffer.domain.market.Hub;
import com.counteroffer.domain.market.MarketDataset;
import com.counteroffer.domain.market.PremiumSkill;
import com.counteroffer.domain.market.Sector;
import com.counteroffer.domain.market.Source;
import com.counteroffer.domain.money.Money;
import com.counteroffer.domain.negotiation.Ask;
import com.counteroffer.domain.negotiation.CounterPlan;
import com.counteroffer.domain.negotiation.Warning;
import com.counteroffer.domain.offer.Offer;
import com.counteroffer.domain.profile.Profile;
import com.counteroffer.report.ReportData.OfferEntry;
import com.counteroffer.report.ReportData.OfferPlan;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Writes a client's report as a PDF: profile, market position, offers, comparison, negotiation
 * plan, assumptions, sources and a disclaimer. Charts are vector drawings that read in black and
 * white. It writes to a stream; {@link ReportService} makes that a file, whole or not at all.
 */
public final class PdfReport {

    /** The paper the report is laid out on. */
    public enum Paper {
        A4(PDRectangle.A4), LETTER(PDRectangle.LETTER);

        private final PDRectangle size;

        Paper(PDRectangle size) {
            this.size = size;
        }
    }

    /** The report's own date form (see {@link NextSteps#DATE}). */
    private static final DateTimeFormatter DATE = NextSteps.DATE;
    private static final String[] STEPS = {"Title and profile", "Market position", "Offers", "Comparison charts",
        "Negotiation plan", "Assumptions and sources", "Saving the file"};

    private PdfReport() {
    }

    /** {@link #write(ReportData, OutputStream, Paper, ProgressListener, BooleanSupplier)} on A4 paper. */
    public static int write(ReportData data, OutputStream out, ProgressListener progress, BooleanSupplier cancelled)
            throws IOException {
        return write(data, out, Paper.A4, progress, cancelled);
    }

    /**
     * Writes the report to {@code out} (the caller makes it a file, whole or not at all).
     *
     * @param progress told the fraction done (0..1) and the step, after each section
     * @param cancelled asked between sections; when it answers true, writing stops
     * @return the number of pages written
     * @throws CancellationException when {@code cancelled} stopped the report, before its last byte
     */
    public static int write(ReportData data, OutputStream out, Paper paper, ProgressListener progress,
                            BooleanSupplier cancelled) throws IOException {
        int pages;
        try (PDDocument document = new PDDocument()) {
            describe(document, data);
            try (PageFlow flow = new PageFlow(document, paper.size)) {
                Section[] sections = {
                    () -> titleAndProfile(flow, data),
                    () -> market(flow, data),
                    () -> offers(flow, data),
                    () -> comparison(flow, data),
                    () -> negotiation(flow, data),
                    () -> assumptionsAndSources(flow, data)};
                for (int i = 0; i < sections.length; i++) {
                    stopIfCancelled(cancelled);
                    progress.progress((double) i / (sections.length + 1), STEPS[i]);
                    sections[i].draw();
                }
            }
            footers(document, data);
            stopIfCancelled(cancelled);
            progress.progress((double) sections() / (sections() + 1), STEPS[STEPS.length - 1]);
            document.save(out);
            pages = document.getNumberOfPages();
        }
        stopIfCancelled(cancelled);
        progress.progress(1, "Done");
        return pages;
    }

    private static int sections() {
        return STEPS.length - 1;
    }

    /** One part of the report, drawn onto the flow. */
    @FunctionalInterface
    private interface Section {
        void draw() throws IOException;
    }

    private static void stopIfCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("The report was cancelled; no file was written.");
        }
    }

    private static void describe(PDDocument document, ReportData data) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(PdfText.safe("Counteroffer report - " + data.clientName()));
        info.setCreator("Counteroffer");
        info.setSubject("Offer negotiation report");
    }

    private static void titleAndProfile(PageFlow flow, ReportData data) throws IOException {
        flow.newPage();
        PDPageContentStream c = flow.content();
        float top = flow.y();
        float block = 92;
        c.setNonStrokingColor(0.9f);
        c.addRect(flow.left(), top - block, flow.width(), block);
        c.fill();
        c.setNonStrokingColor(0f);
        float inner = flow.width() - 28;
        flow.text(flow.left() + 14, top - 30, "Counteroffer report", PageFlow.BOLD, PageFlow.TITLE_SIZE);
        flow.text(flow.left() + 14, top - 52, PdfText.fit("Prepared for " + data.clientName(), PageFlow.BOLD,
                PageFlow.HEADING_SIZE, inner), PageFlow.BOLD, PageFlow.HEADING_SIZE);
        flow.text(flow.left() + 14, top - 68, PdfText.fit(preparedBy(data) + "  |  Session of "
                + data.generated().format(DATE), PageFlow.REGULAR, PageFlow.BODY_SIZE, inner), PageFlow.REGULAR,
                PageFlow.BODY_SIZE);
        MarketDataset dataset = data.dataset();
        flow.text(flow.left() + 14, top - 82, PdfText.fit("Market data: " + dataset.name() + " " + dataset.year()
                + " (version " + dataset.version() + ")", PageFlow.REGULAR, PageFlow.SMALL_SIZE, inner),
                PageFlow.REGULAR, PageFlow.SMALL_SIZE);
        flow.advance(block + 14);
        flow.paragraph("Offline negotiation report for an AI Infrastructure Engineer: where current pay sits in the "
                + "2026 market, what each offer is worth year by year, and a counter-offer plan for each offer. "
                + data.disclaimer().substring(0, data.disclaimer().indexOf('.') + 1), PageFlow.ITALIC,
                PageFlow.BODY_SIZE, 0);
        // The figures follow what the client sees on screen: say which scenario and switches they use.
        flow.subheading("Scenario and assumptions used");
        for (String line : data.scenarioLines()) {
            flow.bullet(line, 0);
        }
        actionItemsAndNextSteps(flow, data);

        flow.heading("Profile");
        Profile profile = data.profile();
        if (profile == null) {
            flow.paragraph("No profile is saved for this client, so the report has no market position of current "
                    + "pay; offers are still compared and planned against the market bands.");
            return;
        }
        flow.field("Level", profile.level() == null ? "not set" : profile.level().label());
        flow.field("Years of experience", profile.yearsExperience() == null ? "not set"
                : profile.yearsExperience().toString());
        flow.field("Location", profile.location() == null ? "not set"
                : dataset.hub(profile.location()).map(Hub::label).orElse(profile.location()));
        flow.field("State of residence", profile.stateOfResidence() == null ? "not set"
                : profile.stateOfResidence().label());
        flow.field("Education", profile.education() == null ? "not set" : profile.education().label());
        flow.field("Target sector", profile.targetSector() == null ? "not set"
                : dataset.sectors().stream().filter(s -> s.id().equals(profile.targetSector())).map(Sector::label)
                        .findFirst().orElse(profile.targetSector()));
        flow.field("Premium skills", profile.premiumSkills().isEmpty() ? "none"
                : dataset.premiumSkills().stream().filter(s -> profile.premiumSkills().contains(s.id()))
                        .map(PremiumSkill::label).collect(Collectors.joining(", ")));
        flow.field("Current pay", profile.currentBase() == null ? "not set"
                : "base " + money(profile.currentBase()) + ", bonus " + money(profile.currentBonus())
                        + ", yearly equity " + money(profile.currentYearlyEquity()) + "; total "
                        + money(profile.currentTotalComp()));
        flow.field("Unvested equity", money(profile.unvestedEquity()));
        if (!profile.projects().isEmpty()) {
            flow.field("Projects", "");
            for (String project : profile.projects()) {
                flow.bullet(project, 8);
            }
        }
    }

    /** "Prepared by the coach, contact", or "Prepared with Counteroffer" when no coach is named. */
    private static String preparedBy(ReportData data) {
        return data.preparedBy() == null ? "Prepared with Counteroffer" : data.preparedBy().line();
    }

    /** The client's homework and what happens next, when there is any. */
    private static void actionItemsAndNextSteps(PageFlow flow, ReportData data) throws IOException {
        if (data.actionItems().isEmpty() && data.nextSteps().isEmpty()) {
            return;
        }
        flow.heading("Action items and next steps");
        if (!data.actionItems().isEmpty()) {
            flow.subheading("Action items");
            for (ReportData.ActionLine item : data.actionItems()) {
                flow.bullet(item.text() + (item.due() == null ? "" : " (by " + item.due().format(DATE) + ")"), 0);
            }
        }
        if (!data.nextSteps().isEmpty()) {
            flow.subheading("Next steps");
            for (String step : data.nextSteps()) {
                flow.bullet(step, 0);
            }
        }
    }

    private static void market(PageFlow flow, ReportData data) throws IOException {
        flow.heading("Market position");
        if (data.position() != null) {
            flow.paragraph("Current " + data.position().basis().label() + " " + money(data.position().value()) + ": "
                    + data.position().describe() + ".");
        } else {
            flow.paragraph("No current pay in the profile, so only the offers are placed against the bands.");
        }
        for (Adjustment adjustment : data.adjustments()) {
            flow.bullet("Band adjusted x" + adjustment.factor().stripTrailingZeros().toPlainString() + " for "
                    + adjustment.name() + " [" + adjustment.source() + "]", 0);
        }
        flow.paragraph("Entry, mid and senior ranges are base salary; the principal range is total compensation, "
                + "so compare base with base and total with total. Filled squares mark base salary, hollow circles "
                + "total compensation.", PageFlow.REGULAR, PageFlow.SMALL_SIZE, 0);
        ReportCharts.market(flow, data.dataset().levels(), data.profile() == null ? null : data.profile().level(),
                data.position(), ReportCharts.markers(data.profile(), data.offers()));
    }

    private static void offers(PageFlow flow, ReportData data) throws IOException {
        flow.heading("Offers");
        if (data.offers().isEmpty()) {
            flow.paragraph("No offers are saved for this client.");
        } else {
            offersTable(flow, data.offers());
            privateEquity(flow, data.offers());
            boolean anyTakeHome = data.offers().stream().anyMatch(o -> o.takeHome() != null && !o.takeHome().isEmpty());
            if (anyTakeHome) {
                flow.subheading("Year 1 after 2026 tax");
                for (OfferEntry entry : data.offers()) {
                    if (entry.takeHome() == null || entry.takeHome().isEmpty()) {
                        continue;
                    }
                    YearTakeHome year = entry.takeHome().get(0);
                    long wages = WholeDollars.of(year.wages());
                    long tax = WholeDollars.of(year.taxOnOffer());
                    long relocation = WholeDollars.of(entry.projection().year(1).relocation());
                    // Relocation is left out of the totals but paid through payroll: say it is in these wages.
                    String included = relocation == 0 ? ""
                            : " (includes " + money(relocation) + " relocation, taxed as wages)";
                    flow.bullet(entry.offer().company() + ": wages " + money(wages) + included + ", tax " + money(tax)
                            + ", net " + money(wages - tax) + ". " + year.residence(), 0);
                }
            }
        }
        for (String note : data.notes()) {
            flow.paragraph(note, PageFlow.ITALIC, PageFlow.SMALL_SIZE, 0);
        }
    }

    /** Which valuation each offer's options or private stock use, and what is paper, beside the table's totals. */
    private static void privateEquity(PageFlow flow, List<OfferEntry> offers) throws IOException {
        List<OfferEntry> valued = offers.stream().filter(o -> o.projection().privateEquity() != null).toList();
        if (valued.isEmpty()) {
            return;
        }
        flow.subheading("Options and private stock");
        for (OfferEntry entry : valued) {
            Projection projection = entry.projection();
            PrivateEquity equity = projection.privateEquity();
            flow.bullet(entry.offer().company() + ": " + String.format(Locale.ROOT, "%,d", equity.units()) + " "
                    + equity.unitWord() + " valued " + equity.atWords() + ", "
                    + money(WholeDollars.of(equity.grantValue())) + " for the whole grant. " + equity.convention()
                    + " Paper " + money(WholeDollars.of(projection.paper())) + ", liquid "
                    + money(WholeDollars.of(projection.liquid())) + " over " + projection.years().size()
                    + (projection.years().size() == 1 ? " year." : " years."), 0);
        }
    }

    private static void offersTable(PageFlow flow, List<OfferEntry> offers) throws IOException {
        float[] widths = {0.30f, 0.13f, 0.13f, 0.14f, 0.15f, 0.15f};
        String[] header = {"Company", "Status", "Base", "Year 1", "Annualised", "4-year total"};
        float size = PageFlow.SMALL_SIZE;
        List<String[]> rows = new java.util.ArrayList<>();
        for (OfferEntry entry : offers) {
            Offer offer = entry.offer();
            Projection projection = entry.projection();
            rows.add(new String[] {offer.company() + (offer.current() ? " (current)" : ""), offer.status().label(),
                money(offer.base()), money(WholeDollars.of(projection.tcYear1())),
                money(WholeDollars.of(projection.tcAnnualized())), money(WholeDollars.of(projection.horizonTotal()))});
        }
        // The header never ends a page alone; a row is never split, and a page the table runs onto repeats it.
        flow.ensure(rowHeight(flow, header, widths, PageFlow.BOLD, size)
                + (rows.isEmpty() ? 0 : rowHeight(flow, rows.get(0), widths, PageFlow.REGULAR, size)));
        row(flow, header, widths, PageFlow.BOLD, size, 0.85f);
        for (String[] cells : rows) {
            float height = rowHeight(flow, cells, widths, PageFlow.REGULAR, size);
            if (flow.y() - height < flow.bottom()) {
                flow.newPage();
                row(flow, header, widths, PageFlow.BOLD, size, 0.85f);
            }
            row(flow, cells, widths, PageFlow.REGULAR, size, -1);
        }
        flow.advance(8);
    }

    private static final float CELL_LEADING = PageFlow.SMALL_SIZE * PageFlow.LEADING;

    /** A row's height: its tallest cell, every cell wrapped to its column. */
    private static float rowHeight(PageFlow flow, String[] cells, float[] widths, org.apache.pdfbox.pdmodel.font.PDFont font,
                                   float size) {
        int lines = 1;
        for (int i = 0; i < cells.length; i++) {
            lines = Math.max(lines, PdfText.wrap(cells[i], font, size, widths[i] * flow.width() - 8).size());
        }
        return lines * CELL_LEADING + 5;
    }

    /** One table row, its cells wrapped; money columns (all but the first two) are right-aligned. */
    private static void row(PageFlow flow, String[] cells, float[] widths, org.apache.pdfbox.pdmodel.font.PDFont font,
                            float size, float shade) throws IOException {
        float height = rowHeight(flow, cells, widths, font, size);
        PDPageContentStream c = flow.content();
        float top = flow.y();
        if (shade >= 0) {
            c.setNonStrokingColor(shade);
            c.addRect(flow.left(), top - height, flow.width(), height);
            c.fill();
            c.setNonStrokingColor(0f);
        }
        float x = flow.left();
        for (int i = 0; i < cells.length; i++) {
            float w = widths[i] * flow.width();
            List<String> lines = PdfText.wrap(cells[i], font, size, w - 8);
            for (int line = 0; line < lines.size(); line++) {
                String text = lines.get(line);
                float textX = i < 2 ? x + 4 : x + w - 4 - PdfText.width(text, font, size);
                flow.text(textX, top - 3 - size - line * CELL_LEADING + 1, text, font, size);
            }
            x += w;
        }
        c.setStrokingColor(0.6f);
        c.setLineWidth(0.4f);
        c.moveTo(flow.left(), top - height);
        c.lineTo(flow.right(), top - height);
        c.stroke();
        c.setStrokingColor(0f);
        flow.advance(height);
    }

    /** Room the comparison's heading, summary and first chart take together: they start on one page. */
    private static final float COMPARISON_OPENING = 330;

    private static void comparison(PageFlow flow, ReportData data) throws IOException {
        if (data.comparisonResult() != null) {
            flow.ensure(COMPARISON_OPENING);
        }
        flow.heading("Comparison");
        Comparison comparison = data.comparisonResult();
        if (comparison == null) {
            flow.paragraph("Add at least two offers (the current job counts) to compare them year by year.");
            return;
        }
        OfferComparison best = comparison.offer(comparison.bestByHorizonTotal()).orElseThrow();
        flow.paragraph("Highest total over " + best.projection().years().size() + " years: " + best.entry().name()
                + " (" + money(WholeDollars.of(best.horizonTotal())) + ")."

                + (comparison.breakevenGrowth() == null ? "" : " The top two pay the same at a yearly stock growth of "
                        + percent(comparison.breakevenGrowth()) + "."));
        ReportCharts.cumulative(flow, comparison);
        ReportCharts.yearly(flow, comparison);
        if (!comparison.insights().isEmpty()) {
            flow.subheading("What the comparison shows");
            for (String insight : comparison.insights()) {
                flow.bullet(insight, 0);
            }
        }
    }

    private static void negotiation(PageFlow flow, ReportData data) throws IOException {
        flow.newPage();
        flow.heading("Negotiation plan");
        if (data.plans().isEmpty()) {
            flow.paragraph("No offer to negotiate: only the current job is saved.");
            return;
        }
        for (OfferPlan offerPlan : data.plans()) {
            CounterPlan plan = offerPlan.plan();
            flow.subheading("Plan for " + offerPlan.offer().company()
                    + (offerPlan.offer().title().isEmpty() ? "" : " - " + offerPlan.offer().title()));
            if (plan.position() != null) {
                flow.field("Market position", plan.position().describe());
            }
            if (offerPlan.valuation() != null) {
                flow.field("Valuation", offerPlan.valuation() + " (the offer's own saved valuation)");
            }
            flow.field("Walk away below", (plan.walkAway() == null ? "not set"
                    : money(WholeDollars.of(plan.walkAway())) + " annualised") + " - " + plan.walkAwayRule());
            flow.advance(3);
            for (Ask ask : plan.asks()) {
                String amounts = ask.target() == null ? ""
                        : ": open at " + money(WholeDollars.of(ask.opening())) + ", target "
                                + money(WholeDollars.of(ask.target()));
                flow.paragraph(ask.lever().label() + amounts, PageFlow.BOLD, PageFlow.BODY_SIZE, 0);
                flow.paragraph(ask.text(), PageFlow.REGULAR, PageFlow.BODY_SIZE, 10);
                flow.paragraph("Why: " + ask.reason(), PageFlow.REGULAR, PageFlow.BODY_SIZE, 10);
                flow.paragraph("Say: \u201c" + ask.say() + "\u201d", PageFlow.REGULAR, PageFlow.BODY_SIZE, 10);
                flow.paragraph("If they push back: \u201c" + ask.ifPushed() + "\u201d", PageFlow.REGULAR,
                        PageFlow.BODY_SIZE, 10);
                flow.paragraph("Rule: " + ask.rule(), PageFlow.ITALIC, PageFlow.SMALL_SIZE, 10);
            }
            if (!plan.packages().isEmpty()) {
                flow.paragraph("Equivalent packages (worth the same; offer them together and let them choose)",
                        PageFlow.BOLD, PageFlow.BODY_SIZE, 0);
                for (var option : plan.packages()) {
                    flow.bullet(option.label() + ": " + option.say() + " (" + money(WholeDollars.of(option.value()))
                            + ")", 10);
                }
            }
            if (!offerPlan.talkingPoints().isEmpty()) {
                flow.paragraph("Talking points", PageFlow.BOLD, PageFlow.BODY_SIZE, 0);
                for (String point : offerPlan.talkingPoints()) {
                    flow.bullet(point, 10);
                }
            }
            if (!plan.warnings().isEmpty()) {
                flow.paragraph("Warnings", PageFlow.BOLD, PageFlow.BODY_SIZE, 0);
                for (Warning warning : plan.warnings()) {
                    flow.bullet(warning.message(), 10);
                }
            }
            flow.advance(6);
        }
    }

    private static void assumptionsAndSources(PageFlow flow, ReportData data) throws IOException {
        flow.heading("Assumptions");
        flow.paragraph("Besides the scenario stated on page 1, the figures rest on these assumptions.");
        for (String assumption : data.assumptions()) {
            flow.bullet(assumption, 0);
        }
        flow.heading("Sources");
        for (Source source : data.sources()) {
            flow.bullet(citation(source), 0);
        }
        flow.heading("Disclaimer");
        flow.paragraph(preparedBy(data) + " for " + data.clientName() + ", session of " + data.generated().format(DATE)
                + ".");
        flow.paragraph(data.disclaimer());
    }

    /**
     * A source as a reader would cite it: "Publisher (year). Title. https://…". What the dataset
     * doesn't know is left out, and an address that is not a web address (a file of the app's own) is
     * not printed.
     */
    static String citation(Source source) {
        StringBuilder text = new StringBuilder();
        String publisher = source.publisher() == null ? "" : source.publisher().strip();
        String title = source.title().strip();
        if (isNamed(publisher)) {
            text.append(publisher).append(source.year() == null ? "" : " (" + source.year() + ")").append(". ")
                    .append(title);
        } else {
            text.append(title).append(source.year() == null ? "" : " (" + source.year() + ")");
        }
        if (!text.toString().endsWith(".")) {
            text.append('.');
        }
        String address = source.address() == null ? "" : source.address().strip();
        if (address.startsWith("https://") || address.startsWith("http://")) {
            text.append(' ').append(address);
        }
        return text.toString();
    }

    /**
     * The running header (client and session date, from page 2 on) and footer ("Page i of n") on
     * every page, added once the count is known.
     */
    private static void footers(PDDocument document, ReportData data) throws IOException {
        int count = document.getNumberOfPages();
        float size = PageFlow.SMALL_SIZE;
        String date = data.generated().format(DATE);
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            float width = page.getMediaBox().getWidth();
            float height = page.getMediaBox().getHeight();
            float room = width - 2 * PageFlow.MARGIN;
            try (PDPageContentStream c = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                c.setStrokingColor(0.6f);
                c.setLineWidth(0.4f);
                c.moveTo(PageFlow.MARGIN, PageFlow.MARGIN - 6);
                c.lineTo(width - PageFlow.MARGIN, PageFlow.MARGIN - 6);
                c.stroke();
                c.setNonStrokingColor(0.3f);
                String right = "Page " + (i + 1) + " of " + count;
                float rightWidth = PdfText.width(right, PageFlow.REGULAR, size);
                show(c, PageFlow.MARGIN, PageFlow.MARGIN - 17, PdfText.fit(preparedBy(data) + " | information, not "
                        + "advice", PageFlow.REGULAR, size, room - rightWidth - 12), size);
                show(c, width - PageFlow.MARGIN - rightWidth, PageFlow.MARGIN - 17, right, size);
                if (i > 0) {
                    String when = "Session of " + date;
                    float whenWidth = PdfText.width(when, PageFlow.REGULAR, size);
                    show(c, PageFlow.MARGIN, height - PageFlow.MARGIN + 16, PdfText.fit("Counteroffer report for "
                            + data.clientName(), PageFlow.REGULAR, size, room - whenWidth - 12), size);
                    show(c, width - PageFlow.MARGIN - whenWidth, height - PageFlow.MARGIN + 16, when, size);
                    c.moveTo(PageFlow.MARGIN, height - PageFlow.MARGIN + 11);
                    c.lineTo(width - PageFlow.MARGIN, height - PageFlow.MARGIN + 11);
                    c.stroke();
                }
            }
        }
    }

    private static void show(PDPageContentStream c, float x, float baseline, String safeText, float size)
            throws IOException {
        c.beginText();
        c.setFont(PageFlow.REGULAR, size);
        c.newLineAtOffset(x, baseline);
        c.showText(safeText);
        c.endText();
    }

    /** Words a dataset uses where it has no publisher; not a name to print. */
    private static final java.util.Set<String> NO_PUBLISHER = java.util.Set.of("", "seed article", "unknown", "n/a",
            "none", "publisher not named", "not named");

    private static boolean isNamed(String publisher) {
        return !NO_PUBLISHER.contains(publisher.toLowerCase(Locale.ROOT));
    }

    private static String money(Long amount) {
        return amount == null ? "not set" : Money.format(amount);
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
